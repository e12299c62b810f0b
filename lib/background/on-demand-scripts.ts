/**
 * Runs one of the on-demand scripts (lib/page/on-demand.ts: the card's UI, Readability) in the
 * asking frame's content-script world, the first time that page needs it. Through
 * scripting.executeScript, so the files are never exposed to pages (no web_accessible_resources);
 * the tab's host access is the content script's own. Only the scripts in the list are run.
 */
import { browser } from 'wxt/browser';
import type { MessageSender } from '../messages';
import { isOnDemandScript, ON_DEMAND_SCRIPTS } from '../page/on-demand';

type OnDemandFile = (typeof ON_DEMAND_SCRIPTS)[keyof typeof ON_DEMAND_SCRIPTS];

export type InjectFile = (tabId: number, frameId: number, file: OnDemandFile) => Promise<unknown>;

const injectWithScripting: InjectFile = (tabId, frameId, file) =>
  browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });

/** 'content:load-script': true once the script ran in the asking frame. */
export async function loadOnDemandScript(
  script: unknown,
  sender: MessageSender,
  inject: InjectFile = injectWithScripting,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !isOnDemandScript(script)) return false;
  await inject(tabId, sender.frameId ?? 0, ON_DEMAND_SCRIPTS[script]);
  return true;
}
