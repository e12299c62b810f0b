/**
 * A save started from the context menu or the keyboard has no popup to answer in: the tab's
 * toolbar badge says it for a few seconds (✓ saved, ! not), and the button's tooltip says why.
 */
import { t } from '../i18n';
import type { SaveReply } from '../messages';
import { actionApi, BADGE_COLOUR, type BadgeApi } from './badge';

const SHOWN_MS = 4000;

interface TitleApi {
  setTitle?(details: { title: string; tabId?: number }): Promise<void> | void;
  getBadgeText?(details: { tabId?: number }): Promise<string>;
}

export function saveMessage(reply: SaveReply): string {
  if (!reply.ok) return reply.message;
  return reply.status === 'updated'
    ? `Updated in your Frontera library: ${reply.title}`
    : `Saved to your Frontera library: ${reply.title}`;
}

export async function showSaveResult(
  tabId: number,
  reply: SaveReply,
  api: (BadgeApi & TitleApi) | undefined = actionApi() as (BadgeApi & TitleApi) | undefined,
  later: (fn: () => void, ms: number) => void = (fn, ms) => setTimeout(fn, ms),
): Promise<void> {
  if (!api) return;
  const before = (await api.getBadgeText?.({ tabId }).catch(() => '')) ?? '';
  await api.setBadgeBackgroundColor({ color: reply.ok ? '#1a7f37' : '#b42318', tabId });
  await api.setBadgeText({ text: reply.ok ? '✓' : '!', tabId });
  await api.setTitle?.({ title: saveMessage(reply), tabId });
  later(() => {
    void (async () => {
      await api.setBadgeBackgroundColor({ color: BADGE_COLOUR, tabId });
      await api.setBadgeText({ text: before, tabId });
      await api.setTitle?.({ title: t('actionTitle'), tabId });
    })().catch(() => {
      // The tab closed meanwhile.
    });
  }, SHOWN_MS);
}
