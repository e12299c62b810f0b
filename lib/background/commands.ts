/** Keyboard commands (manifest `commands`): forwarded to the content script of the tab. */
import { browser } from 'wxt/browser';
import { type FronteraCommand, toContent } from '../messages';

export type { FronteraCommand } from '../messages';
export const COMMANDS: readonly FronteraCommand[] = [
  'next-mention',
  'previous-mention',
  'toggle-highlights',
];

export function isFronteraCommand(name: string): name is FronteraCommand {
  return (COMMANDS as readonly string[]).includes(name);
}

/**
 * Sends the command to the tab (the active one if none is given). Resolves false when the tab
 * has no Frontera content script (a browser page, a site where it does not run).
 */
export async function forwardCommand(command: string, tabId?: number): Promise<boolean> {
  if (!isFronteraCommand(command)) return false;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return false;
  try {
    await toContent.sendMessage('background:command', { command }, id);
    return true;
  } catch {
    return false;
  }
}
