import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The fake browser's i18n answers from public/_locales (English unless a test says otherwise).
    setupFiles: ['tests/setup.ts'],
    // 2 cores here: keep workers from fighting over them.
    maxWorkers: 2,
    // Under load (two cores shared with builds and browsers) a property test or a corpus build
    // takes several seconds: the default 5 s made them fail for time, not for behaviour.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
