/**
 * Keeping the library: how much room it takes and whether the browser may clear it to free disk
 * space. Given the StorageManager it asks (`navigator.storage` on an extension page), so tests
 * need no browser. When to remind the reader to export is lib/settings/library-backup.ts.
 *
 * The manifest asks for `unlimitedStorage`, which lifts the quota and, in both browsers, exempts
 * the extension's IndexedDB from eviction under storage pressure; `persist()` asks the same in
 * web terms (Firefox grants it to an extension with that permission, without a prompt). Neither
 * survives uninstalling the extension: only an exported file does, hence the reminder.
 */

export interface StorageReport {
  /** Bytes this extension's storage takes (the library most of it), as the browser counts. */
  usage: number;
  /** Bytes the browser would let it take. */
  quota: number;
  /** True when the browser will not clear it to free disk space. */
  persisted: boolean;
}

/** The part of StorageManager this uses (navigator.storage). */
export type StorageLike = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

/**
 * Asks the browser to keep the storage (once: a no-op when it already does) and reads how much
 * it holds. Null where the API is missing or refuses (a private window), never an error.
 */
export async function readStorage(storage: StorageLike | undefined): Promise<StorageReport | null> {
  if (!storage?.estimate) return null;
  try {
    const persisted = (await storage.persisted?.()) || ((await storage.persist?.()) ?? false);
    const { usage, quota } = await storage.estimate();
    if (typeof usage !== 'number' || typeof quota !== 'number') return null;
    return { usage, quota, persisted };
  } catch {
    return null;
  }
}

// From kilobytes: Intl's short "byte" is not a unit a reader expects ("500 byte").
const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "1.2 MB", "830 kB", "1,5 GB" in Spanish: decimal units, as the browsers' own settings show. */
export function formatBytes(bytes: number, lang: string): string {
  let value = Math.max(0, bytes) / 1000;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
