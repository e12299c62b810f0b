/**
 * The reader's views read from promises (the library in IndexedDB, the background's search, the
 * search index): one small hook for "loading, then the value or why it failed", keyed so a view
 * that changes what it shows never paints the previous value under the new key.
 */
import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: string };

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Runs `load` whenever `key` changes; the latest key wins. */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> } | null>(null);
  // `key` names everything `load` reads: a new `load` for the same key is the same request.
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ key, loaded: { status: 'done', value } }),
      (err: unknown) =>
        live && setState({ key, loaded: { status: 'failed', error: errorText(err) } }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state?.key === key ? state.loaded : { status: 'loading' };
}

/** Sets the tab's title while a view is shown. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    globalThis.document.title = title;
  }, [title]);
}
