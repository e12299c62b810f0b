import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Frontera',
    description:
      'Background on US–Mexico security news, explained from a bundled corpus, right on the page.',
    browser_specific_settings: {
      gecko: {
        id: 'frontera@frontera.example',
        strict_min_version: '142.0',
        // @ts-expect-error: newer Firefox manifest key not yet in WXT's types
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
