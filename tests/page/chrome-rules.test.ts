/**
 * Page chrome inside an article is left out, but never the article itself: ids built from
 * headings are not chrome names, Readability's choice comes before class names, and where
 * Frontera guessed the article itself, ad labels and lists of links inside it are left out.
 */
import { describe, expect, it } from 'vitest';
import { mapArticleToLive } from '../../lib/page/article-root';
import { collectTextBlocks } from '../../lib/page/collect-text';
import { hasChromeName } from '../../lib/page/skip-rules';
import { page } from './support';

const texts = (root: Element, options: Parameters<typeof collectTextBlocks>[1]) =>
  collectTextBlocks(root, options).map((b) => b.text.trim());

describe('chrome by name', () => {
  it.each([
    ['social-share', true],
    ['related-articles', true],
    ['most-popular', true],
    ['comments', true],
    ['article__body story sharing-tools', true],
    ['sharing-with-a-single-developer', false],
    ['the-social-cost-of-carbon-pricing', false],
    ['when-related-parties-meet-again', false],
    ['shareholder', false],
  ])('"%s" names chrome: %s', (names, expected) => {
    expect(hasChromeName(names)).toBe(expected);
  });

  it('keeps sections whose ids are built from their headings', () => {
    const body = page(`<article>
      <section id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>
        <p>Sheinbaum said the plan had been shared with one developer.</p></section>
      <section id="social-security-and-the-border-budget"><p>The budget grew.</p></section>
      <div class="social-share"><a href="#">Share on X</a></div>
    </article>`);
    expect(texts(body.querySelector('article') as Element, { chrome: true })).toEqual([
      'Sharing with a single developer',
      'Sheinbaum said the plan had been shared with one developer.',
      'The budget grew.',
    ]);
  });

  it('reads what Readability kept even inside a block with a chrome name', () => {
    const body = page(`<article><div class="story-related-text">
      <p>Kept by Readability: García Harfuch spoke.</p></div></article>`);
    const article = body.querySelector('article') as Element;
    const kept = new Set<Text>();
    const walker = document.createTreeWalker(article, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) kept.add(n as Text);
    expect(texts(article, { chrome: true, onlyNodes: kept })).toEqual([
      'Kept by Readability: García Harfuch spoke.',
    ]);
    expect(texts(article, { chrome: true })).toEqual([]);
  });
});

describe('chrome by text, where Frontera guessed the article', () => {
  const MESSY = `<main>
    <a href="#content">Jump to navigation</a>
    <ul class="cats"><li><a href="/a">World</a></li><li><a href="/b">Mexico</a></li></ul>
    <p>Advertising</p>
    <p>Sheinbaum met Trump in Washington on Monday to discuss the border.</p>
    <figure><a href="/promo"><img alt=""></a><figcaption><a href="/promo">Watch: the best tacos in town</a></figcaption></figure>
    <p>The talks, she said, <a href="/x">were productive</a> and would continue next week.</p>
    <div>Publicidad</div>
  </main>`;

  it('leaves out ad labels and blocks that are all links', () => {
    const body = page(MESSY);
    expect(texts(body.querySelector('main') as Element, { chrome: true })).toEqual([
      'Sheinbaum met Trump in Washington on Monday to discuss the border.',
      'The talks, she said, were productive and would continue next week.',
    ]);
  });

  it('reads everything when the reader asked for the whole page', () => {
    const body = page(MESSY);
    expect(texts(body.querySelector('main') as Element, { chrome: false })).toContain(
      'Advertising',
    );
  });

  it('maps Readability’s paragraphs by text to those paragraphs only, not their whole container', () => {
    const body = page(`<div id="wrap">
      <p>Advertising</p>
      <p>Sheinbaum met Trump in Washington on Monday to discuss the border.</p>
      <div class="promo-box">Subscribe for the best coverage of Mexico City restaurants</div>
      <p>The talks, she said, were productive and would continue next week.</p>
    </div>`);
    const content = document.createElement('div');
    content.innerHTML = `<p>Sheinbaum met Trump in Washington on Monday to discuss the border.</p>
      <p>The talks, she said, were productive and would continue next week.</p>`;
    const mapped = mapArticleToLive(content, new Map(), document);
    expect(mapped?.method).toBe('readability-text');
    const root = mapped?.root as Element;
    expect(root.id).toBe('wrap');
    expect(texts(root, { chrome: true, onlyNodes: mapped?.keep })).toEqual([
      'Sheinbaum met Trump in Washington on Monday to discuss the border.',
      'The talks, she said, were productive and would continue next week.',
    ]);
    expect(body.textContent).toContain('Subscribe');
  });
});
