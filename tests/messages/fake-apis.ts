/**
 * The browser APIs WXT's fake browser does not implement (contextMenus, commands, permissions,
 * scripting), as small in-memory stand-ins with the same shapes, installed on `fakeBrowser`.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: never[]) => unknown;

export function fakeEvent<L extends Listener>() {
  const listeners = new Set<L>();
  return {
    addListener: (l: L) => void listeners.add(l),
    removeListener: (l: L) => void listeners.delete(l),
    hasListener: (l: L) => listeners.has(l),
    async trigger(...args: Parameters<L>) {
      return Promise.all([...listeners].map((l) => l(...args)));
    },
  };
}

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
  runAt?: string;
}

export function installFakeApis(opts: { granted?: string[]; manifest?: object } = {}) {
  const menus: { id: string; title: string; contexts: string[] }[] = [];
  const registered: RegisteredScript[] = [];
  let granted = [...(opts.granted ?? [])];
  const apis = {
    contextMenus: {
      create: vi.fn((item: { id: string; title: string; contexts: string[] }) => {
        menus.push(item);
      }),
      removeAll: vi.fn(async () => {
        menus.length = 0;
      }),
      onClicked: fakeEvent<(info: { menuItemId: string; selectionText?: string }) => unknown>(),
    },
    commands: { onCommand: fakeEvent<(command: string, tab?: { id?: number }) => unknown>() },
    permissions: {
      getAll: vi.fn(async () => ({ origins: [...granted], permissions: [] })),
      contains: vi.fn(async ({ origins }: { origins: string[] }) =>
        origins.every((o) => granted.includes(o)),
      ),
      request: vi.fn(async ({ origins }: { origins: string[] }) => {
        granted.push(...origins);
        return true;
      }),
      remove: vi.fn(async ({ origins }: { origins: string[] }) => {
        granted = granted.filter((o) => !origins.includes(o));
        return true;
      }),
      onAdded: fakeEvent<() => unknown>(),
      onRemoved: fakeEvent<() => unknown>(),
    },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => registered.map((r) => ({ ...r }))),
      registerContentScripts: vi.fn(async (scripts: RegisteredScript[]) => {
        for (const s of scripts) {
          if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate id ${s.id}`);
          registered.push(s);
        }
      }),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        for (const id of ids) {
          const at = registered.findIndex((r) => r.id === id);
          if (at >= 0) registered.splice(at, 1);
        }
      }),
      executeScript: vi.fn(async () => []),
      insertCSS: vi.fn(async () => {}),
    },
    i18n: {
      getMessage: (key: string, subs?: string | string[]) =>
        key === 'contextMenuLookup'
          ? 'Look up “%s” in Frontera'
          : `${key}${subs ? `:${subs}` : ''}`,
      getUILanguage: () => 'en-US',
    },
  };
  Object.assign(fakeBrowser, apis);
  fakeBrowser.runtime.getManifest = () =>
    (opts.manifest ?? {
      manifest_version: 3,
      content_scripts: [
        {
          matches: ['https://apnews.com/*'],
          js: ['content-scripts/content.js'],
          run_at: 'document_idle',
        },
      ],
    }) as ReturnType<typeof fakeBrowser.runtime.getManifest>;
  return {
    ...apis,
    menus,
    registered,
    granted: () => [...granted],
    setGranted(origins: string[]) {
      granted = [...origins];
    },
  };
}
