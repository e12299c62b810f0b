/** The background's own messages: what content scripts report about their page (badge, address). */
import { type ContentToBackground, isFronteraMessage } from '../messages';
import { actionApi, type BadgeApi, showPageCount } from './badge';
import { rememberTabUrl } from './tab-urls';

/**
 * Handles 'content:page-mentions' (sets the tab's badge, remembers its address). Returns undefined for every other
 * message so the other listeners (card service) can answer them.
 */
export function handlePageMentions(
  message: unknown,
  sender: { tab?: { id?: number }; url?: string; frameId?: number },
  api: BadgeApi | undefined = actionApi(),
): Promise<void> | undefined {
  if (!isFronteraMessage(message)) return undefined;
  const msg = message as ContentToBackground;
  if (msg.type !== 'content:page-mentions') return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined || !Array.isArray(msg.entities)) return undefined;
  void showPageCount(tabId, msg.entities, api).catch(() => {
    // The tab closed before the badge was set.
  });
  if (sender.url && !sender.frameId) void rememberTabUrl(tabId, sender.url).catch(() => {});
  return undefined;
}
