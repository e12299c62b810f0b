/**
 * What an end-to-end journey needs from a browser with Frontera installed, whatever drives it:
 * Chromium through playwright-core (support/chromium-driver.ts) or Firefox through puppeteer-core
 * over WebDriver BiDi (support/firefox-driver.ts). Journeys (tests/e2e/journeys/) are written
 * once against these two interfaces and run in both browsers.
 */

import type { Settings } from '../../../lib/settings';
import type { Box } from './highlight-probe';
import type { ContentMessage } from './wire';

export type BrowserName = 'chromium' | 'firefox';

/** One tab: a news page or one of Frontera's own pages. */
export interface DriverPage {
  /** Runs `fn(arg)` in the page (its main world) and returns the result. `fn` must be self-contained. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until `fn(arg)` is truthy in the page. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Presses a key ('Escape', 'Tab', 'ArrowDown', 'Enter') in the focused element. */
  press(key: string): Promise<void>;
  /** Replaces the value of the input `selector` with `text`, as typing would. */
  fill(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  reload(): Promise<void>;
  bringToFront(): Promise<void>;
  /**
   * The rendered text of the card's element with class `cls`, inside Frontera's closed shadow
   * root (read the way the browser's devtools can); null when there is none.
   */
  cardText(cls?: string): Promise<string | null>;
  /** A computed style property of the card's element `cls`; null when there is none. */
  cardStyle(cls: string, property: string): Promise<string | null>;
  /**
   * The boxes Frontera's private overlay draws over the reader's own names (viewport
   * coordinates), read inside its closed shadow root the way devtools can; the page cannot.
   */
  privateMarks(): Promise<Box[]>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  readonly name: BrowserName;
  /** What the content script's `browser.runtime.id` is (the add-on id in Firefox). */
  readonly extensionId: string;
  /** Opens `https://<host>/<path>`, answered from tests/fixtures/pages (never the network). */
  openNewsPage(host: string, path: string): Promise<DriverPage>;
  /** Opens one of Frontera's pages ('popup.html', 'options.html', …) in a new tab. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** Stores settings the way the options page does; fields left out take their defaults. */
  setSettings(patch: Partial<Settings>): Promise<void>;
  /**
   * Sends a message of lib/messages' ContentProtocol to the content script of the tab showing
   * `https://<host>/…`, as the popup does; resolves with its reply (null when none answers).
   */
  sendToTab(host: string, type: ContentMessage, data?: unknown): Promise<unknown>;
  /** Errors thrown by pages opened through the driver (content script included). */
  readonly pageErrors: string[];
  /** Every request since launch that was headed off the machine (none is answered). */
  outsideRequests(): Promise<string[]>;
  close(): Promise<void>;
}
