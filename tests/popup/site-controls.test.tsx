/**
 * The popup's site controls: on a default news site a switch turns Frontera off and on there
 * (remembered in settings); elsewhere a button asks the browser for access at the moment of
 * the click and registers the content script there; access can be given back.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import SiteControls from '../../entrypoints/popup/components/SiteControls';
import { loadSettings, type Settings } from '../../lib/settings';
import { registeredSites } from '../../lib/sites';
import { installFakeApis } from '../messages/fake-apis';

let fakes: ReturnType<typeof installFakeApis>;
let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  fakes = installFakeApis();
  document.body.innerHTML = '';
  root = document.createElement('div');
  document.body.append(root);
});

async function show(site: string | null, settings?: Settings) {
  const s = settings ?? (await loadSettings());
  await act(async () => {
    render(<SiteControls site={site} settings={s} />, root);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}
const flush = () => act(async () => new Promise((r) => setTimeout(r, 10)));

describe('site controls', () => {
  it('where Frontera cannot run, says so', async () => {
    await show(null);
    expect(root.textContent).toContain('siteUnsupported');
    expect(root.querySelector('button')).toBeNull();
  });

  it('on a default news site, the switch turns Frontera off there and the choice is saved', async () => {
    await show('apnews.com');
    const sw = root.querySelector('[role="switch"]') as HTMLButtonElement;
    expect(sw.getAttribute('aria-checked')).toBe('true');
    await act(async () => sw.click());
    await vi.waitFor(async () =>
      expect((await loadSettings()).disabledSites).toEqual(['apnews.com']),
    );
    // Rendered again with the saved settings (the popup watches them): off, and it says so.
    await show('apnews.com', await loadSettings());
    expect(root.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('false');
    expect(root.textContent).toContain('siteOff');
    await act(async () => (root.querySelector('[role="switch"]') as HTMLButtonElement).click());
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual([]));
  });

  it('elsewhere, a click asks for access and registers Frontera there, then offers to undo', async () => {
    await show('example.com');
    const button = root.querySelector('button.primary') as HTMLButtonElement;
    expect(button.textContent).toBe('siteEnable:example.com');
    expect(fakes.permissions.request).not.toHaveBeenCalled(); // nothing asked before the click
    await act(async () => button.click());
    await flush();
    expect(fakes.permissions.request).toHaveBeenCalledWith({
      origins: ['*://example.com/*', '*://*.example.com/*'],
    });
    expect(await registeredSites()).toEqual(['example.com']);
    expect(root.textContent).toContain('siteEnabledNow:example.com');
    expect(root.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('true');

    const undo = [...root.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('siteRevoke'),
    ) as HTMLButtonElement;
    await act(async () => undo.click());
    await flush();
    expect(fakes.granted()).toEqual([]);
    expect(await registeredSites()).toEqual([]);
    expect(root.querySelector('button.primary')?.textContent).toBe('siteEnable:example.com');
  });

  it('if the reader declines, nothing changes and the popup says so', async () => {
    fakes.permissions.request.mockResolvedValueOnce(false);
    await show('example.com');
    await act(async () => (root.querySelector('button.primary') as HTMLButtonElement).click());
    await flush();
    expect(await registeredSites()).toEqual([]);
    expect(root.textContent).toContain('siteDeclined:example.com');
  });
});
