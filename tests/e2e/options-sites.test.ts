/**
 * Turning Frontera off for a site: from the popup's switch, the highlights on the open page go
 * away at once and stay away after a reload; removing the site from the options page's list
 * brings them back, again without a reload. The list is editable.
 */
import { describe, expect, it } from 'vitest';
import { highlights, openScanned, sendToActiveTab } from './content-support';
import { eventually, openOptions, openPopup } from './popup-support';
import { useNewsSite } from './support/sessions';

const HOST = 'apnews.com';

describe('turning Frontera off for a site', () => {
  const site = useNewsSite(HOST);

  it('removes the highlights live, survives a reload, and comes back when removed from the list', async () => {
    const article = await openScanned(site.browser.context, HOST, 'article.html');
    expect((await highlights(article)).length).toBeGreaterThan(3);

    // The popup, opened over the article, offers the switch for this site.
    const popup = await openPopup(site.browser);
    const toggle = popup.getByRole('switch');
    await toggle.waitFor();
    expect(await popup.textContent('#fr-site-label')).toContain(HOST);
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await eventually(async () => (await toggle.getAttribute('aria-checked')) === 'false');
    await eventually(async () => (await highlights(article)).length === 0);

    await article.reload();
    // Once the reloaded page's content script answers, it has read the settings and decided.
    await article.bringToFront();
    await expect
      .poll(
        () =>
          sendToActiveTab(site.browser.serviceWorker, 'popup:get-page-mentions').catch(() => null),
        { timeout: 10_000 },
      )
      .toEqual({ entities: [] });
    expect(await highlights(article)).toEqual([]);

    const options = await openOptions(site.browser);
    const row = options.locator('.fr-site-list li', { hasText: HOST });
    await row.waitFor();
    await row.getByRole('button').click();
    await eventually(async () => (await highlights(article)).length > 3, 8000);
    await Promise.all([article.close(), popup.close(), options.close()]);
  });

  it('the options list accepts a typed site (normalised) and rejects nonsense', async () => {
    const options = await openOptions(site.browser);
    await options.fill('#add-site', 'https://www.Example.com/some/page');
    await options.click('form.fr-add-site button[type="submit"]');
    await options.locator('.fr-site-list li', { hasText: 'example.com' }).waitFor();
    await options.fill('#add-site', 'not a site');
    await options.click('form.fr-add-site button[type="submit"]');
    expect(await options.textContent('#add-site-error')).toMatch(/example\.com/);
    expect(await options.getAttribute('#add-site', 'aria-invalid')).toBe('true');
    await options.close();
  });
});
