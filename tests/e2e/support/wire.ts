/**
 * Messages as lib/messages puts them on the wire (@webext-core/messaging): tests that talk to a
 * content script from the service worker, the way the popup does, build the same envelope and
 * read the same `{ res }` / `{ err }` reply.
 */
import type { ContentProtocol } from '../../../lib/messages';

export type ContentMessage = keyof ContentProtocol;

export function envelope(type: ContentMessage, data?: unknown): object {
  return { id: 0, type, data, timestamp: Date.now() };
}

/** The handler's answer; throws what the handler threw. Null when nothing answered. */
export function unwrap(reply: unknown): unknown {
  if (reply === null || reply === undefined || typeof reply !== 'object') return null;
  const { res, err } = reply as { res?: unknown; err?: { message?: string } };
  if (err) throw new Error(`content script: ${err.message ?? 'failed'}`);
  return res ?? null;
}
