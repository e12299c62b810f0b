/**
 * Steps the library's end-to-end tests share: saving the fixture story as a reader does, and
 * checking a page with axe in both themes.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openScanned, setSettings } from './content-support';
import { axeViolations, openPopup } from './popup-support';
import type { ExtensionBrowser } from './support/browser';

/** The news site the library tests serve their fixtures under. */
export const LIBRARY_HOST = 'apnews.com';

/**
 * Saves tests/fixtures/pages/saved-story.html the way a reader does: the popup's button (its
 * label in the browser's language), over the story's tab; waits until the popup's status says
 * `expected`.
 */
export async function saveFixtureStory(
  b: ExtensionBrowser,
  expected: RegExp,
  button = 'Save this article',
): Promise<void> {
  const story = await openScanned(b.context, LIBRARY_HOST, 'saved-story.html');
  await story.bringToFront();
  const popup = await openPopup(b);
  await popup.click(`button:has-text("${button}")`);
  await expect.poll(() => popup.textContent('.fr-save [role="status"]')).toMatch(expected);
  await popup.close();
  await story.close();
}

/** No axe violation on `page`, colour contrast included, in the light and the dark theme. */
export async function expectAxeCleanInBothThemes(b: ExtensionBrowser, page: Page): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await setSettings(b.serviceWorker, { theme });
    await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
    expect(await axeViolations(page)).toEqual([]);
  }
}
