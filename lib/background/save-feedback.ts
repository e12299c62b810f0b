/**
 * A save started from the context menu or the keyboard has no popup to answer in: the tab's
 * toolbar badge says it for a few seconds (✓ saved, ! not), and the button's tooltip says why.
 */
import { type MessageKey, t } from '../i18n';
import type { SaveReply } from '../messages';
import { actionApi, BADGE_COLOUR, type BadgeApi } from './badge';

const SHOWN_MS = 4000;

interface TitleApi {
  setTitle?(details: { title: string; tabId?: number }): Promise<void> | void;
  getBadgeText?(details: { tabId?: number }): Promise<string>;
}

/** Why a save failed, by its code, in the reader's language (as the popup says it). */
export const SAVE_ERRORS: Readonly<Record<string, MessageKey>> = {
  'no-article': 'saveErrNoArticle',
  'storage-full': 'saveErrFull',
  'invalid-article': 'saveErrNotArticle',
};

/** What a save did, in the reader's language, for the tooltip beside the badge (as the popup says it). */
export function saveMessage(reply: SaveReply): string {
  if (!reply.ok) return t(SAVE_ERRORS[reply.code] ?? 'saveErrFailed');
  return t(reply.status === 'updated' ? 'updatedArticle' : 'savedArticle', [
    reply.title,
    String(reply.passages),
  ]);
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
