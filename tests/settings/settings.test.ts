import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENTITY_TYPES } from '../../lib/corpus/types';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  migrateV1toV2,
  SETTINGS_VERSION,
  sanitizeSettings,
  saveSettings,
  settingsItem,
  watchSettings,
} from '../../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings defaults', () => {
  it('a fresh install reads the documented defaults', async () => {
    expect(await loadSettings()).toEqual({
      theme: 'system',
      highlightStyle: 'underline',
      mentions: 'all',
      hoverDelayMs: 300,
      openOn: 'hover',
      entityTypes: [...ENTITY_TYPES],
      accessibleMode: false,
      scope: 'article',
      proposeFromPages: false,
      disabledSites: [],
    });
  });

  it('the defaults cannot be changed by editing a loaded copy', async () => {
    const s = await loadSettings();
    s.entityTypes.pop();
    s.disabledSites.push('example.com');
    expect(await loadSettings()).toEqual(sanitizeSettings(undefined));
    expect(DEFAULT_SETTINGS.entityTypes).toHaveLength(ENTITY_TYPES.length);
  });

  it('a saved change is read back and other fields keep their values', async () => {
    await saveSettings({ theme: 'dark', hoverDelayMs: 800 });
    await saveSettings({ disabledSites: ['apnews.com'] });
    const s = await loadSettings();
    expect(s).toMatchObject({ theme: 'dark', hoverDelayMs: 800, disabledSites: ['apnews.com'] });
    expect(s.highlightStyle).toBe('underline');
  });

  it('watchers hear every change, already sanitised', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await saveSettings({ theme: 'light' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    expect(seen.mock.lastCall?.[0]).toMatchObject({ theme: 'light', mentions: 'all' });
    unwatch();
  });
});

describe('migration from the prototype (v1) shape', () => {
  const prototype = {
    darkMode: true,
    underline: false,
    firstOnly: true,
    hoverDelay: 0.5,
    clickToOpen: true,
    hiddenTypes: ['topic', 'event'],
    blacklist: 'Example.com, news.example.org ,',
  };

  it('maps each old field to its new one', () => {
    expect(sanitizeSettings(migrateV1toV2(prototype), () => {})).toEqual({
      theme: 'dark',
      highlightStyle: 'background',
      mentions: 'first',
      hoverDelayMs: 500,
      openOn: 'click',
      entityTypes: ENTITY_TYPES.filter((t) => t !== 'topic' && t !== 'event'),
      accessibleMode: false,
      scope: 'article',
      proposeFromPages: false,
      disabledSites: ['example.com', 'news.example.org'],
    });
  });

  it("'auto' dark mode becomes follow-the-system", () => {
    expect(migrateV1toV2({ darkMode: 'auto' })).toEqual({ theme: 'system' });
  });

  it('fields already in the new shape are kept', () => {
    expect(migrateV1toV2({ theme: 'light', accessibleMode: true })).toEqual({
      theme: 'light',
      accessibleMode: true,
    });
  });

  it('a value stored by the prototype is migrated in storage and stamped with the new version', async () => {
    await fakeBrowser.storage.sync.set({ settings: prototype });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: SETTINGS_VERSION });
    const s = await loadSettings();
    expect(s.theme).toBe('dark');
    expect(s.hoverDelayMs).toBe(500);
    expect(s.disabledSites).toEqual(['example.com', 'news.example.org']);
  });

  it('a value already at the current version is not touched', async () => {
    const current = { ...DEFAULT_SETTINGS, theme: 'light' };
    await fakeBrowser.storage.sync.set({ settings: current, settings$: { v: SETTINGS_VERSION } });
    await settingsItem.migrate();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(current);
  });
});

describe('corrupt or out-of-range stored values', () => {
  it.each([
    ['theme', 'purple', 'system'],
    ['highlightStyle', 42, 'underline'],
    ['mentions', null, 'all'],
    ['hoverDelayMs', -5, 300],
    ['hoverDelayMs', 99999, 300],
    ['hoverDelayMs', Number.NaN, 300],
    ['hoverDelayMs', '300', 300],
    ['openOn', 'double-click', 'hover'],
    ['entityTypes', ['person', 'alien'], [...ENTITY_TYPES]],
    ['accessibleMode', 'yes', false],
    ['scope', {}, 'article'],
    ['disabledSites', 'apnews.com', []],
  ])('%s = %j falls back to %j with a warning, keeping the other fields', (key, bad, expected) => {
    const warn = vi.fn();
    const s = sanitizeSettings({ theme: 'dark', [key]: bad }, warn);
    expect(s[key as keyof typeof s]).toEqual(expected);
    if (key !== 'theme') expect(s.theme).toBe('dark');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`"${key}"`));
  });

  it('a stored value that is not an object gives the defaults with a warning', () => {
    const warn = vi.fn();
    expect(sanitizeSettings('garbage', warn)).toEqual(sanitizeSettings(undefined));
    expect(sanitizeSettings([1, 2], warn)).toEqual(sanitizeSettings(undefined));
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('corrupt storage never throws from loadSettings; it warns and uses defaults', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({
      settings: { theme: 7, hoverDelayMs: 'soon' },
      settings$: { v: SETTINGS_VERSION },
    });
    const s = await loadSettings();
    expect(s.theme).toBe('system');
    expect(s.hoverDelayMs).toBe(300);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('unknown extra keys are dropped silently', () => {
    const warn = vi.fn();
    expect(sanitizeSettings({ futureThing: 1 }, warn)).toEqual(sanitizeSettings(undefined));
    expect(warn).not.toHaveBeenCalled();
  });
});
