/**
 * Runs the card's UI (entrypoints/card-ui) in the asking frame's content-script world, the first
 * time a card opens on a page. Through scripting.executeScript, so the file is never exposed to
 * pages (no web_accessible_resources); the tab's host access is the content script's own.
 */
import { browser } from 'wxt/browser';
import { type ContentToBackground, isFronteraMessage } from '../messages';

export const CARD_UI_FILE = '/card-ui.js' as const;

export type InjectFile = (
  tabId: number,
  frameId: number,
  file: typeof CARD_UI_FILE,
) => Promise<unknown>;

const injectWithScripting: InjectFile = (tabId, frameId, file) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });

export function handleCardUiMessage(
  message: unknown,
  sender: { tab?: { id?: number }; frameId?: number },
  inject: InjectFile = injectWithScripting,
): Promise<boolean> | undefined {
  if (!isFronteraMessage(message)) return undefined;
  if ((message as ContentToBackground).type !== 'content:load-card-ui') return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve(false);
  return inject(tabId, sender.frameId ?? 0, CARD_UI_FILE).then(() => true);
}
