/**
 * The toolbar popup, opened as a page of the built extension in Chromium: the search box has
 * focus, finds names without accents, with a typo and by their Spanish name, shows matched words
 * in <mark>, moves with the arrow keys, opens an entity's card with Enter and a passage in the
 * corpus reader, and says something useful when empty or when nothing matches.
 */
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  openPopup,
  results,
  search,
  selectedIndex,
  waitForSearchShown,
} from './popup-support';
import { useExtension } from './support/sessions';

describe('popup search', () => {
  const ext = useExtension();

  it('focuses the search box on open and explains what to type', async () => {
    const page = await openPopup(ext.browser);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fr-q');
    expect(await page.textContent('.fr-hint')).toMatch(/English or Spanish/);
    await page.close();
  });

  it('finds a name typed without accents, and marks the matched words', async () => {
    const page = await openPopup(ext.browser);
    await search(page, 'lopez obrador');
    const list = await results(page);
    expect(list[0]?.group).toBe('entities');
    expect(list[0]?.text).toContain('Andrés Manuel López Obrador');
    expect(list[0]?.marks.join(' ')).toMatch(/López|Obrador/);
    const passages = list.filter((o) => o.group === 'passages');
    expect(passages.length).toBeGreaterThan(0);
    expect(passages[0]?.marks.join(' ')).toMatch(/L[oó]pez|Obrador/);
    await page.close();
  });

  it('finds a misspelt name', async () => {
    const page = await openPopup(ext.browser);
    await search(page, 'Sheinbuam');
    expect((await results(page))[0]?.text).toContain('Claudia Sheinbaum');
    await page.close();
  });

  it('finds an entity by its Spanish name and says which name matched', async () => {
    const page = await openPopup(ext.browser);
    await search(page, 'iniciativa merida');
    const [first] = await results(page);
    expect(first?.text).toContain('Mérida Initiative');
    expect(first?.text).toContain('Iniciativa Mérida');
    expect(first?.marks.length).toBeGreaterThan(0);
    await page.close();
  });

  it('arrow keys move the selection; Enter opens the card; Escape goes back', async () => {
    const page = await openPopup(ext.browser);
    await search(page, 'sinaloa');
    const list = await results(page);
    expect(list.length).toBeGreaterThan(2);
    expect(list[0]?.selected).toBe(true);
    // Each key press re-renders the list: wait for the selection the reader would see move.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selectedIndex(page)).toBe(1);
    expect(await page.getAttribute('#fr-q', 'aria-activedescendant')).toBe(list[1]?.id);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => selectedIndex(page)).toBe(0);
    const name = (await page.textContent('[role="option"] .fr-option-title'))?.trim();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.fr-card');
    expect((await page.textContent('.fr-card .fr-name'))?.trim()).toBe(name);
    expect(await page.locator('.fr-card .fr-summary').textContent()).not.toBe('');
    await page.keyboard.press('Escape');
    // Focus goes back to the box on the next frame.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fr-q');
    expect(await page.inputValue('#fr-q')).toBe('sinaloa');
    await page.close();
  });

  it('a passage result opens the corpus reader at that passage', async () => {
    const page = await openPopup(ext.browser);
    await search(page, 'fentanyl');
    const list = await results(page);
    const firstPassage = list.findIndex((o) => o.group === 'passages');
    expect(firstPassage).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < firstPassage; i++) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => selectedIndex(page)).toBe(i + 1);
    }
    const opened = ext.browser.context.waitForEvent('page');
    // The popup closes itself once the reader tab is open, possibly before the key comes up.
    await page.keyboard.press('Enter').catch(() => {});
    const reader = await opened;
    await expect.poll(() => page.isClosed()).toBe(true);
    await reader.waitForURL(/reader\.html#/);
    const hash = new URLSearchParams(new URL(reader.url()).hash.slice(1));
    expect(hash.get('doc')).toBeTruthy();
    expect(hash.get('p')).toMatch(new RegExp(`^${hash.get('doc')}/\\d+$`));
    await reader.close();
  });

  it('says so when nothing matches, with a hint', async () => {
    const page = await openPopup(ext.browser);
    await search(page, 'xqzvwkj');
    const text = await page.textContent('.fr-state');
    expect(text).toContain('Nothing in the corpus matches “xqzvwkj”');
    expect(text).toMatch(/spelling/);
    expect(await results(page)).toEqual([]);
    await page.close();
  });

  it('popup.html?q=… opens with the search filled in and its results shown', async () => {
    const page = await openPopup(ext.browser, 'fentanilo');
    await waitForSearchShown(page, 'fentanilo');
    expect((await results(page))[0]?.text).toContain('Fentanyl');
    await page.close();
  });

  it('Escape clears the search first', async () => {
    const page = await openPopup(ext.browser);
    await search(page, 'trump');
    await page.keyboard.press('Escape');
    await waitForSearchShown(page, '');
    expect(await page.textContent('.fr-hint')).toMatch(/English or Spanish/);
    await page.close();
  });

  it('axe finds no accessibility violations, empty or with results', async () => {
    const page = await openPopup(ext.browser);
    expect(await axeViolations(page)).toEqual([]);
    await search(page, 'sinaloa');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.fr-card .fr-summary');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
