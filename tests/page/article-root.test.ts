import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as READABILITY from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { cheapRoot, findArticleScope, mapArticleToLive } from '../../lib/page/article-root';
import { collectTextBlocks } from '../../lib/page/collect-text';
import { page } from './support';

const FIXTURE = join(import.meta.dirname, '../fixtures/pages/article.html');

function loadFixture(): void {
  const html = readFileSync(FIXTURE, 'utf8');
  document.documentElement.innerHTML = html
    .replace(/^<!doctype html>\s*<html[^>]*>/i, '')
    .replace(/<\/html>\s*$/, '');
}

/** The fixture with no article element, no main and no articleBody: only Readability can tell. */
function stripArticleMarkup(): void {
  for (const el of document.querySelectorAll('article, main, [itemprop]')) {
    const div = document.createElement('div');
    for (const a of el.attributes) if (a.name !== 'itemprop') div.setAttribute(a.name, a.value);
    div.append(...el.childNodes);
    el.replaceWith(div);
  }
}

/** What is read from the scope is the fixture's story, without its chrome. */
function expectStoryOnly(scope: ReturnType<typeof findArticleScope>): void {
  const text = collectTextBlocks(scope.root, { chrome: scope.chrome, onlyNodes: scope.keep })
    .map((b) => b.text)
    .join('\n');
  expect(text).toContain('Claudia Sheinbaum sought to ease pressure');
  expect(text).toContain('Los Chapitos and La Mayiza');
  expect(text).not.toContain('Trending');
  expect(text).not.toContain('reader42');
  expect(text).not.toContain('Border Briefing');
  expect(text).not.toContain('Who is Genaro');
}

describe('finding the article', () => {
  it('trusts unambiguous article markup: the story, not the chrome inside or around it', () => {
    loadFixture();
    const scope = findArticleScope(document, { readability: READABILITY, scope: 'article' });
    expect(scope.method).toBe('readability-within');
    expectStoryOnly(scope);
  });

  it('maps Readability’s article back to the live page where the markup is ambiguous', () => {
    loadFixture();
    stripArticleMarkup();
    const scope = findArticleScope(document, { readability: READABILITY, scope: 'article' });
    expect(scope.method).toBe('readability');
    expect(scope.root.isConnected).toBe(true);
    expect(scope.root.closest('#story')).not.toBeNull();
    expectStoryOnly(scope);
  });

  it('scans the whole page when the reader chose "whole page"', () => {
    loadFixture();
    const scope = findArticleScope(document, { readability: READABILITY, scope: 'page' });
    expect(scope.root).toBe(document.body);
    expect(scope.chrome).toBe(false);
  });

  it('falls back to cheap guesses when the page is too large for Readability', () => {
    loadFixture();
    // Two article bodies: the markup alone does not say which is the story.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<main><article itemprop="articleBody"><p>Other</p></article></main>',
    );
    const scope = findArticleScope(document, {
      readability: READABILITY,
      scope: 'article',
      maxElements: 10,
    });
    expect(scope.method).toBe('selector');
    expect(scope.root.getAttribute('itemprop')).toBe('articleBody');
  });

  it('does not trust an article element that holds little of the page’s text', () => {
    page(`<article><p>${'A teaser. '.repeat(60)}</p></article>
      <div id="real">${`<p>${'The real story goes on here at length. '.repeat(12)}</p>`.repeat(4)}</div>`);
    expect(
      findArticleScope(document, { readability: READABILITY, scope: 'article' }).method,
    ).not.toBe('markup');
  });

  it.each([
    ['<main><p>short</p></main><article><p>story</p></article>', 'article'],
    [
      `<div id="nav"><p>a</p></div><main>${'<p>long paragraph text here. </p>'.repeat(20)}</main>`,
      'main',
    ],
    [
      `<div><p>x</p></div><div id="dense">${'<p>long paragraph text here. </p>'.repeat(30)}</div>`,
      'div',
    ],
    ['<div><p>tiny</p></div>', 'body'],
  ])('cheap guess for %s is <%s>', (html, tag) => {
    page(html);
    expect(cheapRoot(document).root.localName).toBe(tag);
  });

  it('matches paragraphs by text when Readability re-parsed its copy', () => {
    const body = page(
      `<div id="chrome"><p>menu</p></div><div id="story"><p>${'First paragraph of the story, long enough. '.repeat(2)}</p><p>${'Second paragraph of the story, long enough. '.repeat(2)}</p></div>`,
    );
    const content = document.createElement('div');
    content.innerHTML = (body.querySelector('#story') as Element).innerHTML;
    const mapped = mapArticleToLive(content, new Map(), document);
    expect(mapped?.method).toBe('readability-text');
    expect(mapped?.root.id).toBe('story');
  });
});
