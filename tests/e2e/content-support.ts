/**
 * Helpers for the content-script end-to-end tests: open a fixture page under a news host, wait
 * for Frontera's scan, read what is highlighted, hover a mention, and read the card (which lives
 * in a closed shadow root, so through CDP with `pierce: true`, as DevTools does).
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { Settings } from '../../lib/settings';
import {
  type Box,
  coveredOccurrences,
  type HighlightInfo,
  mentionPoint,
  readHighlights,
  textRects,
} from './support/highlight-probe';
import { type ContentMessage, envelope, unwrap } from './support/wire';

export type { HighlightInfo };

/** The card's viewport box (for screenshots), or null. */
export async function cardBox(
  cdp: CDPSession,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const node = await cardNode(cdp);
  if (!node) return null;
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as {
    model: { width: number; height: number; border: number[] };
  };
  const [x = 0, y = 0] = model.border;
  return { x, y, width: model.width, height: model.height };
}

/** Opens `https://<host>/<path>` and waits for `frontera:scan-done`. */
export async function openScanned(
  context: BrowserContext,
  host: string,
  path: string,
  errors: string[] = [],
): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`https://${host}/${path}`);
  await waitForMark(page, 'frontera:scan-done');
  return page;
}

export async function waitForMark(page: Page, name: string, count = 1): Promise<void> {
  await page.waitForFunction(
    ([n, c]) => performance.getEntriesByName(n as string).length >= (c as number),
    [name, count] as const,
    { timeout: 15_000 },
  );
}

/** Every range in Frontera's `CSS.highlights` entry, with its text and where it sits. */
export async function highlights(page: Page, name = 'frontera-mention'): Promise<HighlightInfo[]> {
  return page.evaluate(readHighlights, name);
}

/** Moves the pointer onto the n-th highlighted range whose text is `text`. */
export async function hoverMention(page: Page, text: string, nth = 0): Promise<void> {
  const point = await page.evaluate(mentionPoint, [text, nth] as const);
  if (!point) throw new Error(`no highlighted "${text}" (#${nth}) on the page`);
  await page.mouse.move(point.x - 120, point.y - 80);
  await page.mouse.move(point.x, point.y, { steps: 5 });
}

/** A node of `DOM.getDocument` with `pierce: true`: shadow roots (closed ones too) included. */
export interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export function findByClass(node: CdpNode, cls: string): CdpNode | null {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) {
    if (attrs[i] === 'class' && (attrs[i + 1] ?? '').split(/\s+/).includes(cls)) return node;
  }
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = findByClass(child, cls);
    if (hit) return hit;
  }
  return null;
}

export async function cdpFor(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

/** The whole DOM, shadow roots included. Node ids are valid until the next call. */
export async function domTree(cdp: CDPSession): Promise<CdpNode> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  return root;
}

/** The card element (`.fr-popover`), or null when no card is shown. */
export async function cardNode(cdp: CDPSession): Promise<CdpNode | null> {
  return findByClass(await domTree(cdp), 'fr-popover');
}

/** Every computed CSS property of `node`, by name. */
export async function computedStyle(
  cdp: CDPSession,
  node: CdpNode,
): Promise<Record<string, string>> {
  const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', {
    nodeId: node.nodeId,
  })) as { computedStyle: { name: string; value: string }[] };
  return Object.fromEntries(computedStyle.map((p) => [p.name, p.value]));
}

/** In-page: the boxes inside the private overlay (called on its `.fr-private` layer). */
const READ_BOXES =
  'function () { return JSON.stringify([...this.querySelectorAll(".fr-box")].map((b) => { const r = b.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })); }';

/** The boxes of Frontera's private overlay (the reader's own names), inside its closed root. */
export async function privateMarks(cdp: CDPSession): Promise<Box[]> {
  const node = findByClass(await domTree(cdp), 'fr-private');
  if (!node) return [];
  const { object } = (await cdp.send('DOM.resolveNode', { nodeId: node.nodeId })) as {
    object: { objectId: string };
  };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: READ_BOXES,
    returnByValue: true,
  })) as { result: { value: string } };
  return JSON.parse(result.value) as Box[];
}

/** Occurrences of `text` on the page that the private overlay marks. */
export async function privatelyMarked(page: Page, cdp: CDPSession, text: string): Promise<number> {
  const occurrences = await page.evaluate(textRects, text);
  return coveredOccurrences(occurrences, await privateMarks(cdp));
}

/** Moves the pointer onto the n-th occurrence of `text` in the page's text. */
export async function hoverText(page: Page, text: string, nth = 0): Promise<void> {
  const rect = (await page.evaluate(textRects, text))[nth]?.[0];
  if (!rect) throw new Error(`no "${text}" (#${nth}) on the page`);
  const x = rect.x + Math.min(rect.width / 2, 20);
  const y = rect.y + rect.height / 2;
  await page.mouse.move(Math.max(0, x - 120), Math.max(0, y - 80));
  await page.mouse.move(x, y, { steps: 5 });
}

/** The visible text of the card (or of its part with class `cls`); null when not shown. */
export async function cardText(cdp: CDPSession, cls = 'fr-popover'): Promise<string | null> {
  const node = findByClass(await domTree(cdp), cls);
  if (!node) return null;
  const { object } = (await cdp.send('DOM.resolveNode', { nodeId: node.nodeId })) as {
    object: { objectId: string };
  };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function () { return this.innerText; }',
    returnByValue: true,
  })) as { result: { value: string } };
  const text = (result.value ?? '').trim();
  return text === '' ? null : text;
}

export async function cardStyle(
  cdp: CDPSession,
  cls = 'fr-popover',
): Promise<Record<string, string> | null> {
  const node = findByClass(await domTree(cdp), cls);
  return node ? computedStyle(cdp, node) : null;
}

async function poll<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout: number,
): Promise<T> {
  const until = Date.now() + timeout;
  // A CDP node id can go stale between two calls while the card re-renders: read again.
  const attempt = async (): Promise<{ value: T } | null> => {
    try {
      return { value: await read() };
    } catch {
      return null;
    }
  };
  let last = await attempt();
  while (!last || !ok(last.value)) {
    if (Date.now() > until) throw new Error(`${what}; last seen: ${JSON.stringify(last?.value)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await attempt();
  }
  return last.value;
}

/**
 * Waits until the card (or its part `cls`) shows text matching `expected`. (Polls by hand rather
 * than with vitest's expect, so the demo script can use it too.)
 */
export async function expectCard(
  cdp: CDPSession,
  expected: string | RegExp,
  cls = 'fr-popover',
): Promise<string> {
  const re = typeof expected === 'string' ? new RegExp(expected) : expected;
  const text = await poll(
    () => cardText(cdp, cls),
    (t) => t !== null && re.test(t),
    `no card text matching ${re} in .${cls}`,
    8000,
  );
  return text ?? '';
}

export async function expectNoCard(cdp: CDPSession): Promise<void> {
  await poll(
    () => cardText(cdp),
    (t) => t === null,
    'the card is still shown',
    5000,
  );
}

/**
 * The settings item's version, read from the source: importing lib/settings here would create
 * WXT's storage item in Node, where there is no extension API.
 */
export const SETTINGS_VERSION = Number(
  /SETTINGS_VERSION = (\d+)/.exec(
    readFileSync(resolve(import.meta.dirname, '../../lib/settings/index.ts'), 'utf8'),
  )?.[1] ?? 1,
);

/**
 * Stores settings the way the options page does (WXT's versioned item in storage.sync). Fields
 * left out fall back to their defaults when the content script reads them.
 */
export async function setSettings(sw: Worker, patch: Partial<Settings>): Promise<void> {
  const value = patch;
  await sw.evaluate(
    ([v, version]) =>
      (
        globalThis as unknown as {
          chrome: { storage: { sync: { set(x: object): Promise<void> } } };
        }
      ).chrome.storage.sync.set({ settings: v, settings$: { v: version } }),
    [value, SETTINGS_VERSION] as const,
  );
}

/**
 * Sends a message to the active tab from the service worker, the way the popup or the background
 * does; resolves with the content script's reply (null when there is no tab). Without the "tabs"
 * permission URLs are hidden, so the test's page must be the active tab.
 */
export async function sendToActiveTab(
  sw: Worker,
  type: ContentMessage,
  data?: unknown,
): Promise<unknown> {
  const reply = await sw.evaluate(
    async (msg) => {
      const c = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              query(q: object): Promise<{ id?: number }[]>;
              sendMessage(id: number, msg: object): Promise<unknown>;
            };
          };
        }
      ).chrome;
      const [tab] = await c.tabs.query({ active: true });
      return tab?.id === undefined ? null : c.tabs.sendMessage(tab.id, msg);
    },
    envelope(type, data),
  );
  return unwrap(reply);
}
