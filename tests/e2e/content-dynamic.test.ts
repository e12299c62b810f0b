/**
 * Pages that change after load: an infinite-scroll live blog gets highlights on new posts, and a
 * page that re-renders its text the way React does keeps working (no errors) while the
 * highlights follow the new text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlights, openScanned, setSettings, waitForMark } from './content-support';
import { useNewsSite } from './support/sessions';

const HOST = 'apnews.com';

/** Clicks the page's re-render button `times` times, waiting for Frontera's rescan after each. */
async function rerender(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const rescans = await page.evaluate(
      () => performance.getEntriesByName('frontera:rescan-done').length,
    );
    await page.click('#rerender');
    await waitForMark(page, 'frontera:rescan-done', rescans + 1);
  }
}

describe('pages that change after they load', () => {
  const site = useNewsSite(HOST);

  it('highlights new posts as an infinite-scroll feed loads them', async () => {
    const page = await openScanned(site.browser.context, HOST, 'infinite.html');
    const before = (await highlights(page)).map((h) => h.text);
    expect(before).toEqual(expect.arrayContaining(['Claudia Sheinbaum', 'Omar García Harfuch']));
    expect(before).not.toContain('Rafael Caro Quintero');
    // Scroll to the end: the page appends posts as the sentinel comes into view.
    for (let i = 0; i < 4; i++) {
      await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
      await page.mouse.wheel(0, 4000);
    }
    await expect
      .poll(async () => (await highlights(page)).map((h) => h.text), { timeout: 8000 })
      .toEqual(expect.arrayContaining(['Donald Trump', 'Rafael Caro Quintero', 'Los Chapitos']));
    const after = await highlights(page);
    // A post hidden on this layout (a phone-only copy) is not marked.
    expect(after.map((h) => h.text)).not.toContain('Genaro García Luna');
    // Still nothing in the navigation bar.
    for (const h of after) expect(h.where).toContain('#feed');
    expect(
      await page.evaluate(() => performance.getEntriesByName('frontera:rescan-done').length),
    ).toBeGreaterThan(0);
    await page.close();
  });

  it('lets a React-style page re-render its text without errors, and follows the new text', async () => {
    const errors: string[] = [];
    const page = await openScanned(site.browser.context, HOST, 'react-like.html', errors);
    const first = (await highlights(page)).map((h) => h.text);
    expect(first).toEqual(
      expect.arrayContaining(['Claudia Sheinbaum', 'Omar García Harfuch', 'Trump']),
    );
    await rerender(page, 3);
    expect(errors).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { renderErrors: string[] }).renderErrors),
    ).toEqual([]);
    // The page's own text is what its script wrote: nothing added or moved.
    expect(await page.evaluate(() => document.querySelectorAll('#root p')[1]?.textContent)).toBe(
      'Update 4: Claudia Sheinbaum said the Sinaloa Cartel is weakened.',
    );
    const after = await highlights(page);
    const texts = after.map((h) => h.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Claudia Sheinbaum', 'Sinaloa Cartel', 'Omar García Harfuch']),
    );
    // Every highlight sits on live text of the page, none on text the page threw away.
    expect(
      await page.evaluate(() => {
        const h = CSS.highlights.get('frontera-mention');
        return [...(h as unknown as Iterable<AbstractRange>)].every(
          (r) => r.startContainer.isConnected,
        );
      }),
    ).toBe(true);
    // The re-rendered section (innerHTML) is highlighted again.
    expect(after.filter((h) => h.where.includes('#live-section')).map((h) => h.text)).toEqual(
      expect.arrayContaining(['Sheinbaum', 'Trump', 'fentanyl']),
    );
    await page.close();
  });

  it('in accessible mode too, the React-style page re-renders without errors or doubled text', async () => {
    await setSettings(site.browser.serviceWorker, { accessibleMode: true });
    const errors: string[] = [];
    const page = await openScanned(site.browser.context, HOST, 'react-like.html', errors);
    expect(
      await page.evaluate(() => document.querySelectorAll('frontera-mention').length),
    ).toBeGreaterThan(3);
    await rerender(page, 3);
    expect(errors).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { renderErrors: string[] }).renderErrors),
    ).toEqual([]);
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll('#root p')].map((p) => p.textContent),
    );
    expect(texts).toEqual([
      'The Sinaloa Cartel has split into two factions, Los Chapitos and La Mayiza.',
      'Update 4: Claudia Sheinbaum said the Sinaloa Cartel is weakened.',
      'Omar García Harfuch reported new arrests (v4).',
      'Donald Trump called the cartels terrorist organizations.',
      'Update 4: Sheinbaum and Trump spoke by phone about fentanyl.',
    ]);
    // The re-rendered text is marked again.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('#root p:nth-of-type(2) frontera-mention[tabindex]')].map(
          (e) => e.textContent,
        ),
      ),
    ).toEqual(['Claudia Sheinbaum', 'Sinaloa Cartel']);
    await setSettings(site.browser.serviceWorker, {});
    await page.close();
  });
});
