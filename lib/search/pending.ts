/**
 * A search handed from the background to the popup: the context menu's "Look up in Frontera"
 * opens the toolbar popup (which takes no URL parameters), so the text waits here for it.
 * Session storage: gone when the browser closes, never synced. The item itself is declared with
 * Frontera's other stored items in lib/settings.
 */
import { pendingSearchItem } from '../settings/session-items';

/** How long a handed-over search stays valid: long enough for the popup to open. */
export const PENDING_TTL_MS = 15_000;

/** Takes the pending search (once) if it is recent enough. */
export async function takePendingSearch(now = Date.now()): Promise<string | null> {
  try {
    const pending = await pendingSearchItem.getValue();
    if (!pending) return null;
    await pendingSearchItem.removeValue();
    return now - pending.at <= PENDING_TTL_MS && typeof pending.query === 'string'
      ? pending.query
      : null;
  } catch {
    return null;
  }
}
