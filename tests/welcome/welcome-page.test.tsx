/**
 * The welcome page tells the truth: what Frontera keeps (settings, open tabs' addresses, and the
 * library: saved articles, names, packs), where, that it is never sent, how to erase it, and
 * every keyboard shortcut of the manifest, in English and Spanish.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import App, { WELCOME_COMMANDS } from '../../entrypoints/welcome/App';
import { COMMANDS } from '../../lib/background/commands';
import config from '../../wxt.config';
import { setUiLanguage } from '../i18n/catalogue';

let root: HTMLElement;
afterEach(() => {
  root?.remove();
  setUiLanguage('en');
  vi.restoreAllMocks();
});

type ManifestFn = (env: { browser: string; manifestVersion: number }) => {
  commands: Record<string, { suggested_key: { default: string } }>;
};

/** The manifest's commands, as wxt.config.ts writes them for Chrome. */
function manifestCommands() {
  const manifest = (config.manifest as unknown as ManifestFn)({
    browser: 'chrome',
    manifestVersion: 3,
  });
  return manifest.commands;
}

async function mount(bound?: { name: string; shortcut: string; description?: string }[]) {
  if (bound) vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue(bound);
  else vi.spyOn(fakeBrowser.commands, 'getAll').mockRejectedValue(new Error('no commands API'));
  root = document.createElement('main');
  document.body.append(root);
  await act(async () => render(<App />, root));
  await act(async () => {});
}

const section = (id: string) => root.querySelector(`[aria-labelledby="${id}"]`)?.textContent ?? '';
const keys = () => [...root.querySelectorAll('.fr-keys-list kbd')].map((k) => k.textContent);

describe('the welcome page', () => {
  it('lists every command of the manifest, with its suggested keys', async () => {
    const commands = manifestCommands();
    expect(WELCOME_COMMANDS.map(([name]) => name).sort()).toEqual(Object.keys(commands).sort());
    for (const command of COMMANDS) {
      expect(WELCOME_COMMANDS.map(([name]) => name)).toContain(command);
    }
    const readable = (k: string) => k.replace(/Period$/, '.').replace(/Comma$/, ',');
    for (const [name, , suggested] of WELCOME_COMMANDS) {
      expect(suggested).toBe(readable(commands[name]?.suggested_key.default ?? ''));
    }
    await mount();
    expect(keys()).toEqual(['Alt+Shift+.', 'Alt+Shift+,', 'Alt+Shift+H', 'Alt+Shift+S']);
    expect(section('w-keys')).toContain('Save this article to your Frontera library');
    expect(section('w-keys')).toContain('Esc closes it');
  });

  it('shows the keys as the browser has them bound, a command with none as "not set"', async () => {
    await mount([
      { name: 'next-mention', shortcut: 'Alt+Shift+Period' },
      { name: 'previous-mention', shortcut: '' },
      { name: 'toggle-highlights', shortcut: 'Ctrl+Shift+H' },
      { name: 'save-article', shortcut: 'Alt+Shift+S' },
      { name: '_execute_action', shortcut: '' },
    ]);
    expect(keys()).toEqual(['Alt+Shift+.', 'Ctrl+Shift+H', 'Alt+Shift+S']);
    expect(section('w-keys')).toContain('not set');
    expect(section('w-keys')).not.toContain('_execute_action');
  });

  it('says what it keeps — the library included — where, that it is never sent, and how to erase it', async () => {
    await mount();
    const privacy = section('w-privacy');
    expect(privacy).toContain('Your settings, in the browser’s storage for extensions');
    expect(privacy).toContain('which address each open tab shows');
    expect(privacy).toContain(
      'Your library: the articles you save, the names you add and the packs you import, in this browser profile’s IndexedDB',
    );
    expect(privacy).toContain('it is never sent anywhere');
    expect(privacy).toContain('options → Your library → Erase my library');
    expect(privacy).toContain('Uninstalling Frontera deletes it too, so first keep a copy');
    expect(privacy).toContain('It sends nothing');
  });

  it('says the same in Spanish', async () => {
    setUiLanguage('es');
    await mount();
    const privacy = section('w-privacy');
    expect(privacy).toContain('Tu biblioteca: los artículos que guardas');
    expect(privacy).toContain('opciones → Tu biblioteca → Borrar mi biblioteca');
    expect(section('w-keys')).toContain('Guardar este artículo en tu biblioteca de Frontera');
    expect(section('w-sites')).toContain(
      'no lee dentro de marcos incrustados ni de componentes web',
    );
  });

  it('says where it does not read: embedded frames and web components', async () => {
    await mount();
    expect(section('w-sites')).toContain(
      'Frontera does not read inside embedded frames or web components: names there are not marked.',
    );
  });
});
