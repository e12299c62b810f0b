/**
 * User Timing signals (test and benchmark builds only, see SIGNALS), visible in the browser's
 * performance panel and read by the benchmark and the end-to-end tests: `frontera:scan-start`, `frontera:scan-done` (first scan of a page) and
 * `frontera:rescan-done` (every later one), with what was found in `detail`.
 */
export const MARKS = {
  scanStart: 'frontera:scan-start',
  scanDone: 'frontera:scan-done',
  rescanDone: 'frontera:rescan-done',
  matcherCompile: 'frontera:matcher-compile',
  findRoot: 'frontera:find-root',
  /** Reading the page's whole text for the topic check. */
  readPage: 'frontera:read-page',
  installStyles: 'frontera:install-styles',
} as const;

/** Set by the build (wxt.config.ts): false in the store build. Unset (unit tests): on. */
declare const __FRONTERA_SIGNALS__: boolean | undefined;

/**
 * Whether this build records User Timing entries. A page reads its own performance timeline, so
 * the store build records none: they would tell every news site that Frontera runs, and how
 * much it found.
 */
export const SIGNALS: boolean =
  typeof __FRONTERA_SIGNALS__ === 'undefined' ? true : __FRONTERA_SIGNALS__;

export interface ScanDetail {
  mentions: number;
  entities: number;
  [key: string]: unknown;
}

export function mark(name: string, detail?: unknown): void {
  if (!SIGNALS) return;
  try {
    performance.mark(name, detail === undefined ? undefined : { detail });
  } catch {
    // User Timing is a signal, never a reason to fail.
  }
}

/** Runs `fn` and records its duration as a User Timing measure. */
export function measured<T>(name: string, fn: () => T): T {
  if (!SIGNALS) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    try {
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // as above
    }
  }
}

/** Records a User Timing measure from `start` (a performance.now() value) to now. */
export function measureSince(name: string, start: number): void {
  if (!SIGNALS) return;
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // as above
  }
}

/** A short CSS path to an element, so a benchmark can find the scanned root. */
export function cssPath(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e.localName !== 'html'; e = e.parentElement) {
    if (e.id && /^[A-Za-z][\w-]*$/.test(e.id)) {
      parts.unshift(`#${e.id}`);
      break;
    }
    const parent: Element | null = e.parentElement;
    if (!parent) {
      parts.unshift(e.localName);
      break;
    }
    const index = Array.prototype.indexOf.call(parent.children, e) + 1;
    parts.unshift(e.localName === 'body' ? 'body' : `${e.localName}:nth-child(${index})`);
  }
  return parts.join(' > ');
}
