/**
 * "Your library" in the options, as the reader uses it: what it holds, export, import with a
 * preview (Import or Cancel), refusals in words with the library unchanged, packs switched off
 * and removed, the reader's names removed, records that could not be read, erasing it all.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import LibrarySection from '../../entrypoints/options/components/LibrarySection';
import { addContents } from '../../lib/library/contents';
import type { LibraryDb } from '../../lib/library/db';
import { addName } from '../../lib/library/names';
import { packToContents, parsePack } from '../../lib/library/pack';
import { readAll } from '../../lib/library/records';
import type { BackupState } from '../../lib/settings/library-backup';
import { setUiLanguage } from '../i18n/catalogue';
import { axeViolations } from '../ui/helpers';
import { BUNDLED, freshLibrary, NOW, packOf, sampleLibrary, saveStory } from './library-support';

let root: HTMLElement;
afterEach(() => {
  root?.remove();
  setUiLanguage('en');
});

function mount(db: LibraryDb, answer = true) {
  const notify = vi.fn(async () => {});
  const download = vi.fn<(text: string, fileName: string) => void>();
  const ask = vi.fn((_question: string) => answer);
  root = document.createElement('div');
  document.body.append(root);
  render(
    <LibrarySection
      db={db}
      bundled={async () => BUNDLED}
      notify={notify}
      now={() => NOW}
      ask={ask}
      download={download}
    />,
    root,
  );
  return { notify, download, ask };
}

/** The words in `selector`, each piece of text apart, as a reader sees them on separate lines. */
function text(selector: string): string {
  const el = root.querySelector(selector);
  if (!el) return '';
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
const counts = () =>
  Object.fromEntries(
    [...root.querySelectorAll('.fr-library-counts div')].map((d) => [
      d.querySelector('dt')?.textContent,
      Number(d.querySelector('dd')?.textContent),
    ]),
  );
const button = (name: string | RegExp) => {
  const found = [...root.querySelectorAll('button')].find((b) =>
    (b.getAttribute('aria-label') ?? b.textContent ?? '').match(name),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const ready = () =>
  vi.waitFor(() => expect(root.querySelector('.fr-library-counts')).not.toBeNull());

/** Picks `content` in the file input, as the reader does from the file dialog. */
async function pick(content: string, name = 'newsroom.frontera.json') {
  const input = root.querySelector<HTMLInputElement>('#library-import');
  if (!input) throw new Error('no file input');
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('what the library holds', () => {
  it('counts articles, passages, names and packs, and lists the reader’s names', async () => {
    mount(await sampleLibrary());
    await ready();
    expect(counts()).toEqual({ Articles: 1, Passages: 2, Names: 1, Packs: 0 });
    expect(text('[aria-labelledby="library-names"]')).toBe(
      'Los Chapitos Criminal group · Chapitos Remove',
    );
    expect(text('.fr-library')).toContain('No pack imported.');
    expect(root.querySelector('.fr-library-warning')).toBeNull();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('warns of a record that could not be read', async () => {
    const db = await sampleLibrary();
    await db.names.put({ id: 'mine:broken', name: 42 } as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mount(db);
    await ready();
    warn.mockRestore();
    expect(text('.fr-library-warning')).toMatch(
      /^Some stored records could not be read and were skipped \(records: 1\)\..*names mine:broken : /,
    );
    expect(counts()).toMatchObject({ Names: 1 });
  });
});

describe('export', () => {
  it('downloads the library as a dated file that imports into an empty profile as the same library', async () => {
    const db = await sampleLibrary();
    const { download } = mount(db);
    await ready();
    await act(async () => button('Export my library').click());
    await vi.waitFor(() => expect(download).toHaveBeenCalled());
    const [file, fileName] = download.mock.calls[0] ?? [];
    expect(fileName).toBe('frontera-library-2025-03-05.frontera.json');
    expect(text('[role="status"]')).toBe('Exported as frontera-library-2025-03-05.frontera.json.');

    root.remove();
    const other = freshLibrary();
    mount(other);
    await ready();
    await pick(file ?? '');
    await vi.waitFor(() => expect(root.querySelector('.fr-library-preview')).not.toBeNull());
    await act(async () => button(/^Import$/).click());
    await vi.waitFor(() =>
      expect(counts()).toEqual({ Articles: 1, Passages: 2, Names: 1, Packs: 0 }),
    );
    expect((await readAll(other)).contents).toEqual((await readAll(db)).contents);
  });
});

describe('import', () => {
  it('previews what a pack adds and what it leaves to me, then imports it in one go', async () => {
    const source = await sampleLibrary();
    await saveStory(source, 'https://ledger.example/second', 'A second story');
    const db = freshLibrary();
    await saveStory(db, 'https://ledger.example/vetting', 'My own copy');
    const { notify } = mount(db);
    await ready();

    await pick(await packOf(source));
    await vi.waitFor(() => expect(root.querySelector('.fr-library-preview')).not.toBeNull());
    const preview = text('.fr-library-preview');
    expect(preview).toContain('Import “Newsroom pack”?');
    expect(preview).toContain('A pack: everything in it is listed under its name');
    expect(preview).toContain('Documents to add: 1 A second story');
    // The reader saved that address too: the reader's copy is kept, and the preview says so.
    expect(preview).toContain(
      'Documents your library already has, kept as they are (the file’s copy is left out): 1 Officer vetting, explained (yours)',
    );
    expect(preview).not.toContain('Documents to update');
    expect(preview).toContain('Names to add: 1 Los Chapitos');
    expect(preview).not.toContain('imported before');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('library-preview-title'));
    expect(await axeViolations(root)).toEqual([]);
    expect((await readAll(db)).contents.articles).toHaveLength(1);

    await act(async () => button(/^Import$/).click());
    await vi.waitFor(() =>
      expect(text('[role="status"]')).toBe('Imported “Newsroom pack” (documents: 1, names: 1).'),
    );
    expect(root.querySelector('.fr-library-preview')).toBeNull();
    expect(counts()).toEqual({ Articles: 2, Passages: 4, Names: 1, Packs: 1 });
    expect(text('.fr-library-pack')).toMatch(
      /^Newsroom pack Curated by the desk Documents: 1 · names: 1 · imported \d+ \w+ \d{4} In use Remove$/,
    );
    const mine = (await readAll(db)).contents.articles.find((a) => a.title === 'My own copy');
    expect(mine?.origin).toBeNull();
    expect(notify).toHaveBeenCalled();
  });

  it('shows the clashes and how they are settled, and that a pack was imported before', async () => {
    const source = await sampleLibrary();
    const db = freshLibrary();
    await saveStory(db, 'https://ledger.example/x', 'X');
    mount(db);
    await ready();
    const file = await packOf(source);
    await pick(file);
    await vi.waitFor(() => expect(root.querySelector('.fr-library-preview')).not.toBeNull());
    await act(async () => button(/^Import$/).click());
    await vi.waitFor(() => expect(counts()).toMatchObject({ Packs: 1 }));

    await addName(source, { name: 'Ismael Zambada', type: 'person', aliases: ['CDS'] }, []);
    await pick(await packOf(source));
    await vi.waitFor(() => expect(root.querySelector('.fr-library-preview')).not.toBeNull());
    const preview = text('.fr-library-preview');
    expect(preview).toContain(
      'This pack was imported before: importing it again replaces that pack.',
    );
    expect(preview).toContain('Names to update (this pack’s earlier version): 1 Los Chapitos');
    expect(preview).toContain(
      'Clashes with names Frontera already knows: 1 “CDS” (a spelling of Ismael Zambada) already names Sinaloa Cartel: it is left out of Ismael Zambada.',
    );
  });

  it('Cancel imports nothing', async () => {
    const db = freshLibrary();
    const { notify } = mount(db);
    await ready();
    await pick(await packOf(await sampleLibrary()));
    await vi.waitFor(() => expect(root.querySelector('.fr-library-preview')).not.toBeNull());
    await act(async () => button('Cancel').click());
    expect(root.querySelector('.fr-library-preview')).toBeNull();
    expect(text('[role="status"]')).toBe('Nothing was imported.');
    expect((await readAll(db)).contents.articles).toEqual([]);
    expect(notify).not.toHaveBeenCalled();
  });

  it.each([
    [
      'a foreign file',
      JSON.stringify({ name: 'some-app', version: '1.0.0' }),
      /^This file is not a Frontera pack, or it is damaged\. Nothing was imported; your library is as it was\. Details: .*no "format": "frontera-pack"/,
    ],
    [
      'a malformed pack',
      '{"format":"frontera-pack","version":1,"kind":"pack"',
      /^This file is not a Frontera pack, or it is damaged\..*it is not JSON/,
    ],
    [
      'a pack of a newer version',
      JSON.stringify({ format: 'frontera-pack', version: 7 }),
      /^This file was made by a newer Frontera, in a format this one cannot read \(it reads version 2\)\. Update Frontera to import it\. Nothing was imported; your library is as it was\.$/,
    ],
  ])('%s is refused in words, and the library is unchanged', async (_what, file, words) => {
    const db = await sampleLibrary();
    const before = await readAll(db);
    mount(db);
    await ready();
    await pick(file);
    await vi.waitFor(() => expect(text('[role="alert"]')).toMatch(words));
    expect(root.querySelector('.fr-library-preview')).toBeNull();
    expect(await readAll(db)).toEqual(before);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('a full disk halfway through the import: said in words, nothing of it written', async () => {
    const db = await sampleLibrary();
    const before = await readAll(db);
    mount(db);
    await ready();
    const other = freshLibrary();
    await saveStory(other, 'https://ledger.example/other', 'Another story');
    await pick(await packOf(other));
    await vi.waitFor(() => expect(root.querySelector('.fr-library-preview')).not.toBeNull());
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const put = vi.spyOn(db.passages, 'bulkPut').mockRejectedValueOnce(full);
    await act(async () => button(/^Import$/).click());
    await vi.waitFor(() =>
      expect(text('[role="alert"]')).toBe(
        'The browser has no room left for this file. Nothing was imported; your library is as it was.',
      ),
    );
    put.mockRestore();
    expect(await readAll(db)).toEqual(before);
    expect(counts()).toEqual({ Articles: 1, Passages: 2, Names: 1, Packs: 0 });
  });
});

describe('packs, names, erasing', () => {
  async function withPack() {
    const db = await sampleLibrary();
    const source = freshLibrary();
    await saveStory(source, 'https://ledger.example/desk', 'From the desk');
    await addContents(
      db,
      packToContents(parsePack(await packOf(source)), { importedAt: NOW.toISOString() }),
    );
    return db;
  }

  it('a pack is switched off, and removed after the reader confirms', async () => {
    const db = await withPack();
    const { ask, notify } = mount(db);
    await ready();
    const toggle = () => root.querySelector<HTMLButtonElement>('.fr-library-pack [role="switch"]');
    expect(toggle()?.getAttribute('aria-checked')).toBe('true');
    await act(async () => toggle()?.click());
    await vi.waitFor(() => expect(toggle()?.getAttribute('aria-checked')).toBe('false'));
    expect(text('[role="status"]')).toBe(
      'The pack “Newsroom pack” is switched off: its documents and names are kept but not used.',
    );
    expect((await db.packs.get('newsroom'))?.enabled).toBe(false);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(await axeViolations(root)).toEqual([]);

    await act(async () => button('Remove the pack “Newsroom pack”').click());
    expect(ask).toHaveBeenCalledWith(
      'Remove the pack “Newsroom pack” and everything it brought (documents: 1, names: 0)?',
    );
    await vi.waitFor(() => expect(text('.fr-library')).toContain('No pack imported.'));
    expect(counts()).toEqual({ Articles: 1, Passages: 2, Names: 1, Packs: 0 });
  });

  it('nothing is removed or erased when the reader says no', async () => {
    const db = await withPack();
    const before = await readAll(db);
    mount(db, false);
    await ready();
    await act(async () => button('Remove the pack “Newsroom pack”').click());
    await act(async () => button('Remove the name “Los Chapitos”').click());
    await act(async () => button(/^Erase my library$/).click());
    expect(await readAll(db)).toEqual(before);
  });

  it('the reader’s name is removed, then the whole library erased', async () => {
    const db = await withPack();
    const { ask } = mount(db);
    await ready();
    await act(async () => button('Remove the name “Los Chapitos”').click());
    await vi.waitFor(() =>
      expect(text('[role="status"]')).toBe('Removed the name “Los Chapitos”.'),
    );
    expect(text('[aria-labelledby="library-names"]')).toBe('');
    expect(text('.fr-library')).toContain('You have added no names yet.');

    await act(async () => button(/^Erase my library$/).click());
    expect(ask).toHaveBeenLastCalledWith(
      'Erase your whole library (articles: 2, names: 0, packs: 1)? This cannot be undone.',
    );
    await vi.waitFor(() => expect(text('[role="status"]')).toBe('Your library is erased.'));
    expect(counts()).toEqual({ Articles: 0, Passages: 0, Names: 0, Packs: 0 });
  });
});

describe('in Spanish', () => {
  it('speaks Spanish, refusals included', async () => {
    setUiLanguage('es');
    mount(await sampleLibrary());
    await ready();
    expect(text('#sec-library')).toBe('Tu biblioteca');
    expect(button('Exportar mi biblioteca')).toBeTruthy();
    await pick('not json at all');
    await vi.waitFor(() =>
      expect(text('[role="alert"]')).toMatch(/^Este archivo no es un paquete de Frontera/),
    );
  });
});

describe('in Spanish, the preview', () => {
  it('says which of the file’s records stay the reader’s', async () => {
    setUiLanguage('es');
    const source = await sampleLibrary();
    mount(await sampleLibrary());
    await ready();
    await pick(await packOf(source));
    await vi.waitFor(() => expect(root.querySelector('.fr-library-preview')).not.toBeNull());
    const preview = text('.fr-library-preview');
    expect(preview).toContain(
      'Documentos que tu biblioteca ya tiene, que se quedan como están (la copia del archivo no se importa): 1 Officer vetting, explained (tuyo)',
    );
    expect(preview).toContain('Nombres que tu biblioteca ya tiene');
  });
});

describe('keeping the library', () => {
  const storage = (persisted: boolean) => ({
    persisted: async () => persisted,
    persist: async () => persisted,
    estimate: async () => ({ usage: 1_234_567, quota: 299_000_000_000 }),
  });

  /** The section with its storage and export dates given, as a reader with a history has them. */
  function mountKeeping(db: LibraryDb, state: Partial<BackupState>, persisted = true) {
    let kept: BackupState = { lastExportAt: null, reminderDismissedAt: null, ...state };
    const save = vi.fn(async (patch: Partial<BackupState>) => {
      kept = { ...kept, ...patch };
      return kept;
    });
    const download = vi.fn();
    root = document.createElement('div');
    document.body.append(root);
    render(
      <LibrarySection
        db={db}
        bundled={async () => BUNDLED}
        notify={async () => {}}
        now={() => NOW}
        download={download}
        storage={storage(persisted)}
        backup={{ load: async () => kept, save }}
      />,
      root,
    );
    return { save, download };
  }

  async function savedArticles(n: number): Promise<LibraryDb> {
    const db = freshLibrary();
    for (let i = 0; i < n; i++) await saveStory(db, `https://ledger.example/${i}`, `Story ${i}`);
    return db;
  }

  it('says how much room the library takes and that the browser keeps it', async () => {
    mountKeeping(await sampleLibrary(), {});
    await ready();
    await vi.waitFor(() =>
      expect(text('.fr-library-storage')).toBe(
        'Frontera’s storage in this browser: 1.2 MB used, of 299 GB the browser allows. The browser keeps it even when the disk runs short of space. Removing Frontera deletes it: only an exported file survives that.',
      ),
    );
    expect(text('.fr-library-last-export')).toBe('Never exported from this browser.');
    // One saved article: nothing to remind of yet.
    expect(root.querySelector('.fr-library-reminder')).toBeNull();
  });

  it('without the browser’s answer, says it does not know', async () => {
    const db = await sampleLibrary();
    root = document.createElement('div');
    document.body.append(root);
    render(
      <LibrarySection
        db={db}
        storage={null}
        backup={{
          load: async () => ({ lastExportAt: null, reminderDismissedAt: null }),
          save: vi.fn(),
        }}
      />,
      root,
    );
    await ready();
    await vi.waitFor(() =>
      expect(text('.fr-library-storage')).toMatch(/^The browser does not say how much room/),
    );
  });

  it('reminds me to export after my 20th article; "Not now" puts it off', async () => {
    const db = await savedArticles(20);
    const { save } = mountKeeping(db, {}, false);
    await ready();
    await vi.waitFor(() =>
      expect(text('.fr-library-reminder')).toMatch(
        /^You have saved 20 articles and have no copy of them\. .* Export my library Not now$/,
      ),
    );
    expect(text('.fr-library-storage')).toContain('The browser has not promised to keep it');
    expect(await axeViolations(root)).toEqual([]);
    await act(async () => button('Not now').click());
    expect(save).toHaveBeenCalledWith({ reminderDismissedAt: NOW.toISOString() });
    await vi.waitFor(() => expect(root.querySelector('.fr-library-reminder')).toBeNull());
  });

  it('exporting from the reminder records the day, shows it, and the reminder goes', async () => {
    const db = await savedArticles(20);
    const { save, download } = mountKeeping(db, {
      lastExportAt: '2025-01-15T09:00:00.000Z',
    });
    await ready();
    await vi.waitFor(() =>
      expect(text('.fr-library-reminder')).toMatch(
        /^Your last copy is from 15 January 2025, over a month ago\./,
      ),
    );
    expect(text('.fr-library-last-export')).toBe('Last exported: 15 January 2025.');
    const inReminder = root.querySelector<HTMLButtonElement>('.fr-library-reminder button');
    await act(async () => inReminder?.click());
    await vi.waitFor(() => expect(download).toHaveBeenCalled());
    expect(save).toHaveBeenCalledWith({ lastExportAt: NOW.toISOString() });
    await vi.waitFor(() =>
      expect(text('.fr-library-last-export')).toBe('Last exported: 5 March 2025.'),
    );
    expect(root.querySelector('.fr-library-reminder')).toBeNull();
  });

  it('speaks Spanish', async () => {
    setUiLanguage('es');
    mountKeeping(await savedArticles(20), {});
    await ready();
    await vi.waitFor(() =>
      expect(text('.fr-library-storage')).toMatch(
        /^Almacenamiento de Frontera en este navegador: 1,2 MB usados, de 299 GB/,
      ),
    );
    expect(text('.fr-library-reminder')).toMatch(/^Has guardado 20 artículos .* Ahora no$/);
    expect(text('.fr-library-last-export')).toBe('Nunca exportada desde este navegador.');
  });
});

describe('another tab changes the library', () => {
  it('the section shows the library as it is now', async () => {
    const db = await sampleLibrary();
    mount(db);
    await ready();
    expect(counts()).toMatchObject({ Articles: 1 });
    // Another tab (the background, a reader) saves an article and says so.
    await saveStory(db, 'https://ledger.example/elsewhere', 'Saved in another tab');
    const other = new BroadcastChannel('frontera-library');
    other.postMessage({ type: 'library-changed', kind: 'article' });
    await vi.waitFor(() => expect(counts()).toMatchObject({ Articles: 2, Passages: 4 }));
    other.close();
  });
});

describe('a pack’s count', () => {
  it('follows when one of its articles is removed (in the reader, another tab)', async () => {
    const source = await sampleLibrary();
    await saveStory(source, 'https://ledger.example/second', 'A second story');
    const db = freshLibrary();
    await addContents(db, packToContents(parsePack(await packOf(source))));
    // A pack record from before counts were kept in step: what the options show is still true.
    await db.packs.update('newsroom', { articleCount: 7 });
    mount(db);
    await ready();
    expect(text('.fr-library-pack')).toMatch(/Documents: 2 · names: 1/);
    await db.articles.delete('https://ledger.example/second');
    const other = new BroadcastChannel('frontera-library');
    other.postMessage({ type: 'library-changed', kind: 'other' });
    await vi.waitFor(() => expect(text('.fr-library-pack')).toMatch(/Documents: 1 · names: 1/));
    other.close();
  });
});
