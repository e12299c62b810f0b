/**
 * Steps the journeys share, in terms of what a reader sees: the page's highlights (CSS Custom
 * Highlight API ranges), pointing at a mention, the card's text. Browser-neutral: they use only
 * the driver interfaces. Every wait is for a visible result, never for a fixed time.
 */
import { expect } from 'vitest';
import type { DriverPage, ExtensionDriver } from '../support/driver';
import {
  coveredOccurrences,
  type HighlightInfo,
  mentionPoint,
  readHighlights,
  textRects,
} from '../support/highlight-probe';

export type { HighlightInfo };

/** Opens a news page and waits for Frontera's first scan (`frontera:scan-done`). */
export async function openScanned(
  driver: ExtensionDriver,
  host: string,
  path: string,
): Promise<DriverPage> {
  const page = await driver.openNewsPage(host, path);
  await waitForMark(page, 'frontera:scan-done');
  return page;
}

export async function waitForMark(page: DriverPage, name: string, count = 1): Promise<void> {
  await page.waitFor(
    ([n, c]) => performance.getEntriesByName(n).length >= c,
    [name, count] as [string, number],
    15_000,
  );
}

/** Every range of a Frontera highlight, in reading order, with its text and where it sits. */
export function highlights(page: DriverPage, name = 'frontera-mention'): Promise<HighlightInfo[]> {
  return page.evaluate(readHighlights, name);
}

/** The texts of the highlights, once they include every one of `expected`. */
export async function expectHighlighted(page: DriverPage, expected: string[]): Promise<string[]> {
  await expect
    .poll(async () => (await highlights(page)).map((h) => h.text))
    .toEqual(expect.arrayContaining(expected));
  return (await highlights(page)).map((h) => h.text);
}

/** Moves the pointer onto the n-th highlighted mention whose text is `text`. */
export async function hoverMention(page: DriverPage, text: string, nth = 0): Promise<void> {
  const point = await page.evaluate(mentionPoint, [text, nth] as const);
  if (!point) throw new Error(`no highlighted "${text}" (#${nth}) on the page`);
  // Approach from up and left; WebDriver BiDi (Firefox) refuses a pointer outside the viewport.
  await page.mouseMove(Math.max(0, point.x - 120), Math.max(0, point.y - 80));
  await page.mouseMove(point.x, point.y, 5);
}

/** Waits until the card's part `cls` shows text matching `expected`; returns that text. */
export async function expectCard(
  page: DriverPage,
  expected: RegExp,
  cls = 'fr-popover',
): Promise<string> {
  await expect.poll(() => page.cardText(cls).catch(() => null)).toMatch(expected);
  return (await page.cardText(cls)) ?? '';
}

export async function expectNoCard(page: DriverPage): Promise<void> {
  await expect.poll(() => page.cardText().catch(() => 'unreadable')).toBeNull();
}

/**
 * Waits until `count` occurrences of `text` are marked by Frontera's private overlay (the
 * reader's own names: drawn where the page cannot read them), and checks the page's highlight
 * registry holds none of them.
 */
export async function expectPrivatelyMarked(
  page: DriverPage,
  text: string,
  count = 1,
): Promise<void> {
  await expect
    .poll(async () =>
      coveredOccurrences(await page.evaluate(textRects, text), await page.privateMarks()),
    )
    .toBe(count);
  expect((await highlights(page)).map((h) => h.text)).not.toContain(text);
}

/** Moves the pointer onto the n-th occurrence of `text` in the page's text. */
export async function hoverText(page: DriverPage, text: string, nth = 0): Promise<void> {
  const rect = (await page.evaluate(textRects, text))[nth]?.[0];
  if (!rect) throw new Error(`no "${text}" (#${nth}) on the page`);
  const x = rect.x + Math.min(rect.width / 2, 20);
  const y = rect.y + rect.height / 2;
  await page.mouseMove(Math.max(0, x - 120), Math.max(0, y - 80));
  await page.mouseMove(x, y, 5);
}
