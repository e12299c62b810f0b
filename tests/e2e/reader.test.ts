import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusData } from '../../lib/corpus/types';
import { EXTENSION_DIR, EXTENSION_DIR_OVERRIDE } from './support/browser';
import { useExtension } from './support/sessions';

/** The corpus the build bundled: the reader must show exactly this. */
const corpus = JSON.parse(
  readFileSync(join(EXTENSION_DIR_OVERRIDE ?? EXTENSION_DIR, 'data/corpus.json'), 'utf8'),
) as CorpusData;

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Axe in the real browser (colour contrast included), injected through the devtools protocol. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

describe('the corpus reader (built extension, Chromium)', () => {
  const ext = useExtension();
  let base: string;
  beforeAll(() => {
    base = `chrome-extension://${ext.browser.extensionId}/reader.html`;
  });

  it('lists the five documents of the corpus with their metadata', async () => {
    const page = await ext.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await page.locator('.rd-doc').first().waitFor();
    const titles = await page.locator('.rd-doc-title').allTextContents();
    expect(titles).toHaveLength(5);
    expect(titles.sort()).toEqual(corpus.documents.map((d) => d.title).sort());
    const podcast = corpus.documents.find((d) => d.kind === 'podcast-summary');
    if (podcast) {
      const meta = await page.locator(`[data-doc-id="${podcast.id}"] .rd-meta`).textContent();
      expect(meta).toContain('Podcast summary');
      if (podcast.dateBasis === 'unknown') expect(meta).toContain('date not stated');
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a passage anchor scrolled into view and highlighted', async () => {
    // A passage far enough down that it must be scrolled to.
    const doc = corpus.documents.find(
      (d) => corpus.passages.filter((p) => p.docId === d.id).length >= 8,
    );
    if (!doc) throw new Error('corpus has no long document');
    const target = corpus.passages.filter((p) => p.docId === doc.id).at(-2);
    if (!target) throw new Error('no passage');
    const page = await ext.browser.context.newPage();
    await page.goto(`${base}#doc=${doc.id}&p=${encodeURIComponent(target.id)}`);
    const current = page.locator('.rd-current');
    await current.waitFor();
    expect(await current.getAttribute('data-passage-id')).toBe(target.id);
    expect(await current.locator('.rd-text').textContent()).toBe(target.text);
    expect(await page.locator('#doc-title').textContent()).toBe(doc.title);
    await expect.poll(() => current.evaluate(isInViewport), { timeout: 5000 }).toBe(true);
    await page.close();
  });

  it('follows a passage link within the page (hash change, no reload)', async () => {
    const doc = corpus.documents[0];
    if (!doc) throw new Error('empty corpus');
    const page = await ext.browser.context.newPage();
    await page.goto(`${base}#doc=${doc.id}`);
    const third = corpus.passages.filter((p) => p.docId === doc.id)[2];
    if (!third) throw new Error('short document');
    await page.locator(`[data-passage-id="${third.id}"] .rd-anchor`).click();
    await expect
      .poll(() => page.locator('.rd-current').getAttribute('data-passage-id'))
      .toBe(third.id);
    await page.close();
  });

  it('links podcast passages to the video at their timestamp', async () => {
    const podcast = corpus.documents.find((d) => d.videoId);
    const timed = corpus.passages.find((p) => p.docId === podcast?.id && p.time !== null);
    if (!podcast || !timed || timed.time === null) return expect.fail('no timed podcast passage');
    const page = await ext.browser.context.newPage();
    await page.goto(`${base}#doc=${podcast.id}&p=${encodeURIComponent(timed.id)}`);
    const link = page.locator('.rd-current a', { hasText: /^Watch at / });
    expect(await link.getAttribute('href')).toBe(
      `https://www.youtube.com/watch?v=${podcast.videoId}&t=${timed.time}s`,
    );
    await page.close();
  });

  it('searches passages from the header', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(base);
    await page.getByLabel('Search the passages').fill('sheinbaum');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.rd-hit').first().waitFor();
    expect(await page.locator('.rd-hit').count()).toBeGreaterThan(0);
    expect((await page.locator('.rd-hit mark').first().textContent())?.toLowerCase()).toBe(
      'sheinbaum',
    );
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('the corpus reader in the %s scheme', (scheme) => {
  const ext = useExtension({ colorScheme: scheme });

  it('has no axe violations (contrast included) in the list and at a passage', async () => {
    const page = await ext.browser.context.newPage();
    const base = `chrome-extension://${ext.browser.extensionId}/reader.html`;
    await page.goto(base);
    await page.locator('.rd-doc').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const passage = corpus.passages.find((p) => p.time !== null) ?? corpus.passages[0];
    if (!passage) throw new Error('empty corpus');
    await page.goto(`${base}#doc=${passage.docId}&p=${encodeURIComponent(passage.id)}`);
    await page.locator('.rd-current').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

function isInViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;
}
