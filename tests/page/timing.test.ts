import { beforeEach, describe, expect, it, vi } from 'vitest';

describe('User Timing signals', () => {
  beforeEach(() => {
    performance.clearMarks();
    vi.resetModules();
    vi.unstubAllGlobals();
  });

  it('are recorded in test and benchmark builds', async () => {
    const { mark, SIGNALS } = await import('../../lib/page/timing');
    expect(SIGNALS).toBe(true);
    mark('frontera:scan-done', { mentions: 3 });
    expect(performance.getEntriesByName('frontera:scan-done')).toHaveLength(1);
  });

  it('are never recorded in the store build (the page reads its own timeline)', async () => {
    vi.stubGlobal('__FRONTERA_SIGNALS__', false);
    const { mark, measured, SIGNALS } = await import('../../lib/page/timing');
    expect(SIGNALS).toBe(false);
    mark('frontera:scan-done', { mentions: 3 });
    expect(measured('frontera:find-root', () => 42)).toBe(42);
    expect(performance.getEntriesByName('frontera:scan-done')).toHaveLength(0);
    expect(performance.getEntriesByName('frontera:find-root')).toHaveLength(0);
  });
});
