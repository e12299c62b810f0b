/**
 * The story's top is read with its body: the headline Readability drops because it repeats the
 * page's title, and the standfirst and lede that sit above a marked-up body, without the chrome
 * around them.
 */
import * as READABILITY from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { titleLikeness } from '../../lib/page/article-lead';
import { findArticleScope, scopeRoots } from '../../lib/page/article-root';
import { collectTextBlocks } from '../../lib/page/collect-text';

const para = (text: string) =>
  `<p>${text} ${'It went on at some length, as stories do. '.repeat(8)}</p>`;
const BODY = [
  para('The first paragraph of the body said the talks would go on.'),
  para('A second paragraph quoted an official in the capital.'),
  para('A third paragraph gave the background of the dispute.'),
  para('The last paragraph looked ahead to the next round.'),
].join('');

function load(html: string, title: string, lang = 'en'): void {
  document.documentElement.lang = lang;
  document.head.innerHTML = `<title>${title}</title>`;
  document.body.innerHTML = html;
}

function readText(withReadability = true): { text: string[]; method: string } {
  const scope = findArticleScope(document, {
    readability: withReadability ? READABILITY : null,
    scope: 'article',
  });
  const blocks = collectTextBlocks(scopeRoots(scope), {
    chrome: scope.chrome,
    onlyNodes: scope.keep,
  });
  return { text: blocks.map((b) => b.text.replace(/\s+/g, ' ').trim()), method: scope.method };
}

const NAV = '<nav><a href="/">Home</a> <a href="/world">World</a></nav>';
const RAIL = '<aside><h2>Most read</h2><p>Another story entirely, about the weather.</p></aside>';

describe('the headline and standfirst are the story', () => {
  it.each([
    [true, 'Readability'],
    [false, 'the markup alone'],
  ])('an h1 inside the article is read first (with %s)', (withReadability) => {
    load(
      `${NAV}<article><h1>Sheinbaum rules out US troops on Mexican soil</h1>${BODY}</article>${RAIL}`,
      'Sheinbaum rules out US troops on Mexican soil | The Daily',
    );
    const { text } = readText(withReadability);
    expect(text[0]).toBe('Sheinbaum rules out US troops on Mexican soil');
    expect(text.join('\n')).toContain('The last paragraph');
    expect(text.join('\n')).not.toContain('Most read');
  });

  it('an h1 and standfirst outside a marked-up body are read before it, the chrome between not', () => {
    load(
      `${NAV}<header class="story-header"><p class="kicker"><a href="/security">Security</a></p>
        <h1>National Guard members patrol the border at Ciudad Juárez</h1>
        <p class="dek">The deployment follows weeks of pressure from Washington.</p>
        <div class="share-tools"><p>Share this story</p></div></header>
        <div itemprop="articleBody">${BODY}</div>${RAIL}`,
      'National Guard members patrol the border at Ciudad Juárez - The Daily',
    );
    const { text, method } = readText();
    expect(method).toMatch(/markup|readability-within/);
    expect(text.slice(0, 2)).toEqual([
      'National Guard members patrol the border at Ciudad Juárez',
      'The deployment follows weeks of pressure from Washington.',
    ]);
    expect(text[2]).toMatch(/^The first paragraph of the body/);
    const all = text.join('\n');
    expect(all).not.toContain('Share this story');
    expect(all).not.toContain('Security');
    expect(all).not.toContain('Home');
  });

  it('a lede paragraph between the headline and the body is read (La Nación: the body starts below it)', () => {
    load(
      `<article id="nota"><div class="encabezado"><h1 itemprop="headline">Los Chapitos y La Mayiza
        se disputan Culiacán</h1><p class="bajada" itemprop="description">La violencia no cede en
        Sinaloa desde septiembre.</p></div>
        <p>El Gabinete de Seguridad informó este lunes de nuevas detenciones en la capital.</p>
        <section id="cuerpo" itemprop="articleBody">${BODY}</section></article>`,
      'Los Chapitos y La Mayiza se disputan Culiacán - LA NACION',
      'es',
    );
    const { text } = readText();
    expect(text.slice(0, 3)).toEqual([
      'Los Chapitos y La Mayiza se disputan Culiacán',
      'La violencia no cede en Sinaloa desde septiembre.',
      'El Gabinete de Seguridad informó este lunes de nuevas detenciones en la capital.',
    ]);
  });

  it('finds a headline worded slightly differently from the <title>', () => {
    load(
      `${NAV}<div class="page"><h1>Mexico extradites 26 cartel figures to the U.S.</h1>
        <div itemprop="articleBody">${BODY}</div></div>`,
      'Mexico extradites 26 alleged cartel figures to the United States | World',
    );
    expect(readText().text[0]).toBe('Mexico extradites 26 cartel figures to the U.S.');
  });

  it('takes the page’s only h1 as the headline even when the <title> words it differently (CNET)', () => {
    load(
      `${NAV}<div class="page"><h1>Twitter Lite se estrena en 11 países de América Latina</h1>
        <div itemprop="articleBody">${BODY}</div></div>`,
      'Twitter Lite se estrena en México, Venezuela y otros nueve países - CNET en Español',
      'es',
    );
    expect(readText().text[0]).toBe('Twitter Lite se estrena en 11 países de América Latina');
  });

  it('reads no heading that is not the title: a section front’s h1, another story’s headline', () => {
    load(
      `<h1>World news</h1><div itemprop="articleBody">${BODY}</div>
       <h2>Mexico extradites 26 cartel figures</h2>`,
      'Mexico extradites 26 cartel figures | World',
    );
    const { text } = readText();
    expect(text).not.toContain('World news');
    expect(text).not.toContain('Mexico extradites 26 cartel figures');
  });

  it('leaves out a long stretch between a headline and the body (not the story’s top)', () => {
    const many = Array.from({ length: 10 }, (_, i) => `<p>Teaser number ${i} of the day.</p>`);
    load(
      `<h1>Sheinbaum answers Trump on tariffs</h1>${many.join('')}<div itemprop="articleBody">${BODY}</div>`,
      'Sheinbaum answers Trump on tariffs',
    );
    const { text } = readText();
    expect(text[0]).toBe('Sheinbaum answers Trump on tariffs');
    expect(text.join('\n')).not.toContain('Teaser number');
  });
});

describe('how like the title a heading is', () => {
  it.each([
    ['Sheinbaum rules out troops', 'Sheinbaum rules out troops | Site', 1],
    ['Sheinbaum rules out troops', 'SHEINBAUM RULES OUT TROOPS', 1],
    ['Sheinbaum descarta tropas', 'Sheinbaum descartá tropas', 1],
    ['Weather', 'Sheinbaum rules out troops on Mexican soil', 0],
  ])('%j vs %j', (heading, title, expected) => {
    expect(titleLikeness(heading, title)).toBeCloseTo(expected, 1);
  });
});
