/**
 * On a page as heavy and messy as a real one (10,000+ elements, heading-built ids, promo boxes
 * inside the article), Frontera reads the whole story and none of the chrome.
 */
import * as READABILITY from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { findArticleScope } from '../../lib/page/article-root';
import { collectTextBlocks } from '../../lib/page/collect-text';
import { heavyPage } from '../fixtures/pages/heavy-page';

describe('a heavy, messy page', () => {
  const fixture = heavyPage();
  const load = () => {
    document.documentElement.innerHTML = fixture.html
      .replace(/^<!doctype html>\s*<html[^>]*>/i, '')
      .replace(/<\/html>\s*$/, '');
  };

  it('has the size of a real page', () => {
    load();
    expect(document.getElementsByTagName('*').length).toBeGreaterThan(10_000);
  });

  it('is read without its chrome, and with every paragraph of its story', () => {
    load();
    const scope = findArticleScope(document, { readability: READABILITY, scope: 'article' });
    const text = collectTextBlocks(scope.root, { chrome: scope.chrome, onlyNodes: scope.keep })
      .map((b) => b.text)
      .join('\n');
    for (const p of fixture.story) expect(text).toContain(p);
    for (const c of fixture.chrome) expect(text).not.toContain(c);
    expect(text).not.toContain('Headline number');
    expect(text).not.toContain('Footer link');
  });
});
