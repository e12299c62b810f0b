import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium (.output/chrome-mv3) and
// Firefox ESR (.output/firefox-mv2).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: 2 cores.
    fileParallelism: false,
    // Assertions wait for what the reader would see. vitest's default of 1 s for expect.poll is
    // shorter than a busy 2-core machine sometimes needs (a popup closing after a tab opens).
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
