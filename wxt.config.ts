import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { iconSet } from './lib/background/icon-set';
import { PAGE_CSS, PAGE_CSS_FILE } from './lib/page/render/page-styles';
import { newsMatchPatterns } from './lib/sites/news-domains';
import { renderIcons } from './scripts/icons';

/**
 * WXT's content-script entry builds its context from `wxt/utils/content-script-context`, whose
 * start-up signal the page can see and forge (entrypoints/content/quiet-context.ts): that one
 * import, from that entry only, gets Frontera's quiet subclass.
 */
function quietContentScriptContext(): Plugin {
  const quiet = resolve(import.meta.dirname, 'entrypoints/content/quiet-context.ts');
  return {
    name: 'frontera:quiet-content-script-context',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'wxt/utils/content-script-context') return null;
      if (!importer?.includes('virtual:wxt-content-script-isolated-world-entrypoint')) return null;
      return quiet;
    },
  };
}

/**
 * User Timing marks (`frontera:scan-done` and the rest, lib/page/timing.ts) are for the tests and
 * benchmarks: the store build (`npm run zip`, FRONTERA_RELEASE=1) leaves them out, since a page
 * can read its own performance timeline.
 */
const SIGNALS = process.env.FRONTERA_RELEASE !== '1';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), quietContentScriptContext()],
    define: { __FRONTERA_SIGNALS__: JSON.stringify(SIGNALS) },
  }),
  // The page stylesheet (::highlight rules, accessible-mode elements) is declared in the manifest,
  // so the browser applies it before the page's DOM exists. Added later by script, a sheet with
  // ::highlight rules makes the browser restyle the whole document (~80 ms on a 1 MB page).
  // PAGE_CSS stays the one source: the content script falls back to adding it itself.
  hooks: {
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: PAGE_CSS_FILE, contents: PAGE_CSS });
      // The toolbar and store icons, rendered from assets/icon.svg at build time (scripts/icons.ts).
      files.push(...renderIcons(join(wxt.config.wxtDir, 'icons')));
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        script.css = [...(script.css ?? []), PAGE_CSS_FILE];
      }
    },
  },
  // Tests and their artefacts stay out of the Firefox sources zip: store reviewers rebuild the
  // extension from it (npm ci && npm run zip), which needs neither.
  zip: {
    excludeSources: [
      'tests/**',
      'docs/**',
      'scripts/bench/**',
      'bench-results/**',
      'test-results/**',
      'coverage/**',
      'scripts/tmp-*/**',
      'store/**',
      // Saved third-party pages for bench:real (git-ignored): never ship them.
      'bench-pages/**',
    ],
  },
  // One manifest per browser, each with only its own keys: Chrome warns about keys it does not
  // know (browser_specific_settings), and MV2 Firefox has no host_permissions.
  manifest: ({ browser, manifestVersion }) => {
    // The default news sites, the same patterns the content script matches: declared as host
    // access too, so the background may inject into those tabs (scripting.executeScript) and
    // read their address. They grant nothing the content script's matches do not already imply.
    const newsSites = newsMatchPatterns();
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // The fewest that work: settings (storage), the "Look up" menu (contextMenus), reading the
      // open tab's address when the reader clicks the button (activeTab), and running on sites
      // the reader enables (scripting). Site access beyond the default news domains is optional
      // and asked for at the moment the reader enables a site; never <all_urls> at install.
      // unlimitedStorage keeps the reader's library (IndexedDB) out of the browser's quota and
      // its eviction under storage pressure; neither browser shows a prompt for it (README).
      ...(manifestVersion === 3
        ? {
            permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting'],
            host_permissions: newsSites,
            optional_host_permissions: ['https://*/*', 'http://*/*'],
          }
        : {
            permissions: [
              'storage',
              'unlimitedStorage',
              'contextMenus',
              'activeTab',
              'scripting',
              ...newsSites,
            ],
            optional_permissions: ['https://*/*', 'http://*/*'],
          }),
      icons: iconSet('on'),
      // Muted until the background sees a tab where Frontera runs (lib/background/icon-state.ts).
      action: { default_title: '__MSG_actionTitle__', default_icon: iconSet('muted') },
      commands: {
        'next-mention': {
          suggested_key: { default: 'Alt+Shift+Period' },
          description: '__MSG_commandNext__',
        },
        'previous-mention': {
          suggested_key: { default: 'Alt+Shift+Comma' },
          description: '__MSG_commandPrevious__',
        },
        'toggle-highlights': {
          suggested_key: { default: 'Alt+Shift+H' },
          description: '__MSG_commandToggle__',
        },
        'save-article': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: '__MSG_commandSave__',
        },
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'frontera@frontera.example',
                strict_min_version: '142.0',
                // A newer Firefox key, not in WXT's manifest types (accepted here as the manifest
                // is a function).
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
