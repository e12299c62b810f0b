/** What content scripts report about their page: the badge, the tab's address. */
import type { MessageSender, PageEntityCount } from '../messages';
import { actionApi, type BadgeApi, showPageCount } from './badge';
import { rememberTabUrl } from './tab-urls';

/** 'content:page-mentions': sets the tab's badge and remembers its address. */
export function recordPageMentions(
  entities: readonly PageEntityCount[],
  sender: MessageSender,
  api: BadgeApi | undefined = actionApi(),
): void {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !Array.isArray(entities)) return;
  void showPageCount(tabId, entities, api).catch(() => {
    // The tab closed before the badge was set.
  });
  if (sender.url && !sender.frameId) void rememberTabUrl(tabId, sender.url).catch(() => {});
}
