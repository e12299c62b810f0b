/**
 * A hostile page: a stylesheet that unsets everything with !important (huge fonts, forced
 * colours, rules aimed at Frontera's host element), a script that patches attachShadow before
 * Frontera runs and then keeps trying to read and rewrite the card, and page text that looks like
 * markup. The card must look and read as usual, and the markup must stay text.
 */
import { describe, expect, it } from 'vitest';
import {
  cardStyle,
  cdpFor,
  expectCard,
  highlights,
  hoverMention,
  openScanned,
} from './content-support';
import { useNewsSite } from './support/sessions';

const HOST = 'apnews.com';

interface HostileReport {
  capturedRoots: number;
  readAttempts: { shadowRoot: string; text: string; captured: string | null }[];
  changeAttempts: string[];
}

describe('a hostile page', () => {
  const site = useNewsSite(HOST);

  it('cannot restyle, read or rewrite the card', async () => {
    const errors: string[] = [];
    const page = await openScanned(site.browser.context, HOST, 'hostile.html', errors);
    const cdp = await cdpFor(page);
    await hoverMention(page, 'Donald Trump');
    await expectCard(cdp, /Donald Trump/, 'fr-name');
    // Let the page's script try, repeatedly, while the card is open.
    const readReport = () =>
      page.evaluate(
        () => (window as unknown as { hostileReport: HostileReport }).hostileReport,
      ) as Promise<HostileReport>;
    await expect.poll(async () => (await readReport()).readAttempts.length).toBeGreaterThan(3);
    const report = await readReport();
    for (const attempt of report.readAttempts) {
      expect(attempt.shadowRoot).toBe('null');
      expect(attempt.text).not.toMatch(/Trump/);
      expect(attempt.captured).toBeNull();
    }
    expect(report.capturedRoots).toBe(0);
    // The card is still there, unchanged, and styled as Frontera styles it.
    await expectCard(cdp, /Donald Trump/, 'fr-name');
    // Fully shown once its entrance transition has run.
    await expect.poll(async () => (await cardStyle(cdp))?.opacity).toBe('1');
    const card = await cardStyle(cdp);
    expect(card?.display).not.toBe('none');
    expect(card?.['background-color']).toBe('rgb(255, 255, 255)');
    const name = await cardStyle(cdp, 'fr-name');
    expect(name?.color).not.toBe('rgb(255, 0, 0)');
    expect(Number.parseFloat(name?.['font-size'] ?? '0')).toBeLessThan(30);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps markup in the page text as text, and still finds the names next to it', async () => {
    const page = await openScanned(site.browser.context, HOST, 'hostile.html');
    const found = await highlights(page);
    expect(found.filter((h) => h.where.includes('#markup')).map((h) => h.text)).toEqual([
      'Sheinbaum',
    ]);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
      text: document.getElementById('markup')?.textContent,
      images: document.querySelectorAll('#markup img, #markup script').length,
    }));
    expect(state).toEqual({
      pwned: null,
      text: 'Readers wrote in with <img src=x onerror="window.pwned=1"> and <script>window.pwned=2</script> about Sheinbaum.',
      images: 0,
    });
    await page.close();
  });
});
