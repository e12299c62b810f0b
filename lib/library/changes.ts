/**
 * Telling every open extension page that the library changed, so the options and the reader in
 * one tab follow a save, an import or a removal made in another. A BroadcastChannel in the
 * extension's own origin: the background (service worker or page), the options and the reader all
 * share it, and no web page can post to it or hear it. A channel never hears its own messages, so
 * a page that changed the library does not read it again on its own say-so.
 *
 * The background announces what it writes itself (a save, a name added); an extension page
 * announces what it writes directly (import, removal, erase) and tells the background as before
 * ('library:changed'), which then announces nothing more.
 */

export const LIBRARY_CHANNEL = 'frontera-library';

export type LibraryChangeKind = 'article' | 'name' | 'other';

export interface LibraryNotice {
  type: 'library-changed';
  kind: LibraryChangeKind;
}

type ChannelLike = Pick<
  BroadcastChannel,
  'postMessage' | 'addEventListener' | 'removeEventListener'
>;
type ChannelFactory = (name: string) => ChannelLike;

const defaultFactory: ChannelFactory | null =
  typeof BroadcastChannel === 'function'
    ? (name) => {
        const ch = new BroadcastChannel(name);
        // Node's channel (unit tests, the CLI) would otherwise keep the process alive.
        (ch as { unref?: () => void }).unref?.();
        return ch;
      }
    : null;

let shared: ChannelLike | null = null;
/** One channel per page: what it posts, its own listeners do not hear. */
function channel(factory: ChannelFactory | null): ChannelLike | null {
  if (!factory) return null;
  if (factory !== defaultFactory) return factory(LIBRARY_CHANNEL);
  shared ??= factory(LIBRARY_CHANNEL);
  return shared;
}

const isNotice = (data: unknown): data is LibraryNotice =>
  typeof data === 'object' &&
  data !== null &&
  (data as LibraryNotice).type === 'library-changed' &&
  ['article', 'name', 'other'].includes((data as LibraryNotice).kind);

/** Tells the other pages; never throws (a page closing, no BroadcastChannel). */
export function announceLibraryChange(
  kind: LibraryChangeKind,
  factory: ChannelFactory | null = defaultFactory,
): void {
  try {
    channel(factory)?.postMessage({ type: 'library-changed', kind } satisfies LibraryNotice);
  } catch (err) {
    console.warn('Frontera: could not tell other pages the library changed', err);
  }
}

/** Calls `onChange` whenever another page or the background changed the library; returns stop. */
export function watchLibraryChanges(
  onChange: (kind: LibraryChangeKind) => void,
  factory: ChannelFactory | null = defaultFactory,
): () => void {
  const ch = channel(factory);
  if (!ch) return () => {};
  const listener = (event: Event) => {
    const data = (event as MessageEvent).data;
    if (isNotice(data)) onChange(data.kind);
  };
  ch.addEventListener('message', listener);
  return () => ch.removeEventListener('message', listener);
}
