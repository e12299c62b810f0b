/**
 * The reader's library in Chromium: save an article from the popup, then a card for a name it
 * explains, on another page, quotes it with its site and date; saving again says it updated.
 */
import { describe, expect, it } from 'vitest';
import { cdpFor, expectCard, hoverMention, openScanned } from './content-support';
import { openPopup } from './popup-support';
import { useNewsSite } from './support/sessions';

const HOST = 'apnews.com';

describe('library: save an article, see it quoted', () => {
  const site = useNewsSite(HOST);

  it('saves the story from the popup and quotes it on another page’s card', async () => {
    const story = await openScanned(site.browser.context, HOST, 'saved-story.html');
    await story.bringToFront();
    const popup = await openPopup(site.browser);
    await popup.click('button:has-text("Save this article")');
    await expect
      .poll(() => popup.textContent('.fr-save [role="status"]'))
      .toMatch(
        /^Saved to your library: Omar García Harfuch's security plan, explained \(\d+ passages\)\.$/,
      );
    await popup.click('button:has-text("Save this article")');
    await expect
      .poll(() => popup.textContent('.fr-save [role="status"]'))
      .toMatch(/^Updated in your library: .* \(it was saved before;/);
    await popup.close();

    const other = await openScanned(site.browser.context, HOST, 'article.html');
    await other.bringToFront();
    const cdp = await cdpFor(other);
    await hoverMention(other, 'Omar García Harfuch');
    const text = await expectCard(cdp, /Saved/);
    expect(text).toContain(
      "Omar García Harfuch's security plan, explained · The Border Ledger · 2 March 2025",
    );
    expect(text).toContain('Original article');
    // The bundled passage is still on the card: the checked fact stays.
    expect(text).toMatch(/Read in context[\s\S]*Read in context/);
  });
});
