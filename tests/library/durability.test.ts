// @vitest-environment node
/**
 * What the options say of the library's storage: the browser is asked once to keep it, its size
 * is read, and sizes are written as the reader's language writes them. A browser without the API,
 * or one that refuses it, gives "not known", never an error.
 */
import { describe, expect, it, vi } from 'vitest';
import { formatBytes, readStorage } from '../../lib/library/durability';

const manager = (persisted: boolean, grant = true) => ({
  persisted: vi.fn(async () => persisted),
  persist: vi.fn(async () => grant),
  estimate: vi.fn(async () => ({ usage: 1_234_567, quota: 299_000_000_000 })),
});

describe('readStorage', () => {
  it('asks the browser to keep the storage when it does not yet, and reads its size', async () => {
    const storage = manager(false);
    expect(await readStorage(storage)).toEqual({
      usage: 1_234_567,
      quota: 299_000_000_000,
      persisted: true,
    });
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when the storage is kept already; says so when the browser refuses', async () => {
    const kept = manager(true);
    await readStorage(kept);
    expect(kept.persist).not.toHaveBeenCalled();
    expect(await readStorage(manager(false, false))).toMatchObject({ persisted: false });
  });

  it('gives null without the API, or when it throws', async () => {
    expect(await readStorage(undefined)).toBeNull();
    const broken = { ...manager(true), estimate: vi.fn(async () => Promise.reject(new Error())) };
    expect(await readStorage(broken)).toBeNull();
  });
});

describe('formatBytes', () => {
  it.each([
    [0, 'en', '0 kB'],
    [450, 'en', '0.5 kB'],
    [830_000, 'en', '830 kB'],
    [1_234_567, 'en', '1.2 MB'],
    [1_234_567, 'es', '1,2 MB'],
    [299_000_000_000, 'en', '299 GB'],
  ])('%d bytes in %s → %s', (bytes, lang, text) => {
    expect(formatBytes(bytes, lang).replace(/\s/g, ' ')).toBe(text);
  });
});
