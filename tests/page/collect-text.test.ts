import { describe, expect, it } from 'vitest';
import { boundaryAt, collectTextBlocks } from '../../lib/page/collect-text';
import { findMentions } from '../../lib/page/mentions';
import { fakeMatcher, page } from './support';

const texts = (root: Node, chrome = false) =>
  collectTextBlocks(root, { chrome }).map((b) => b.text.replace(/ +/g, ' ').trim());

describe('reading the text of a page', () => {
  it('reads each paragraph as one block, with inline markup joined into it', () => {
    const body = page(
      '<p>President Claudia <b>Sheinbaum</b> met <a href="#">Donald <i>Trump</i></a>.</p><p>Second.</p>',
    );
    expect(texts(body)).toEqual(['President Claudia Sheinbaum met Donald Trump.', 'Second.']);
  });

  it('keeps nested blocks apart from the text around them', () => {
    const body = page('<div>Before <div>inside</div> after</div>');
    expect(texts(body)).toEqual(['Before', 'inside', 'after']);
  });

  it('treats a line break or an image between words as a word break', () => {
    const body = page('<p>Sinaloa<br>Cartel and <img alt="">fentanyl</p>');
    expect(texts(body)).toEqual(['Sinaloa Cartel and fentanyl']);
  });

  it.each([
    ['script', '<script>var Trump = 1;</script>'],
    ['style', '<style>.Trump{}</style>'],
    ['noscript', '<noscript>Trump</noscript>'],
    ['template', '<template>Trump</template>'],
    ['textarea', '<textarea>Trump</textarea>'],
    ['select/option', '<select><option>Trump</option></select>'],
    ['code', '<code>Trump</code>'],
    ['pre', '<pre>Trump</pre>'],
    ['kbd', '<kbd>Trump</kbd>'],
    ['svg', '<svg><text>Trump</text></svg>'],
    ['math', '<math><mi>Trump</mi></math>'],
    ['contenteditable', '<div contenteditable="true"><p>Trump</p></div>'],
    ['hidden', '<div hidden><p>Trump</p></div>'],
    ['aria-hidden', '<div aria-hidden="true"><p>Trump</p></div>'],
    ['Frontera UI', '<frontera-popover><p>Trump</p></frontera-popover>'],
    ['marked Frontera UI', '<div data-frontera-ui><p>Trump</p></div>'],
  ])('never reads text inside %s', (_name, html) => {
    const body = page(`<p>Visible</p>${html}`);
    expect(texts(body)).toEqual(['Visible']);
  });

  it('reads an editable region switched off with contenteditable="false"', () => {
    const body = page('<div contenteditable="false"><p>Trump</p></div>');
    expect(texts(body)).toEqual(['Trump']);
  });

  it('skips page chrome only when scanning the article', () => {
    const html = `<nav>Trump</nav><aside>Sheinbaum</aside><footer>fentanyl</footer>
      <div class="trending-list"><p>Trending Trump</p></div><section id="comments"><p>Comment</p></section>
      <article><header><h1>Headline</h1></header><p>Body</p></article>`;
    const body = page(html);
    expect(texts(body, true)).toEqual(['Headline', 'Body']);
    expect(texts(body, false)).toContain('Trending Trump');
  });

  it('reads only the text nodes it is given when Readability chose them', () => {
    const body = page('<div><p id="a">Kept</p><p id="b">Dropped</p></div>');
    const kept = new Set([body.querySelector('#a')?.firstChild as Text]);
    expect(collectTextBlocks(body, { chrome: true, onlyNodes: kept }).map((b) => b.text)).toEqual([
      'Kept',
    ]);
  });
});

describe('mentions that run across inline elements', () => {
  it('finds "Claudia <b>Sheinbaum</b>" as one mention covering both text nodes', () => {
    const body = page('<p>President Claudia <b>Sheinbaum</b> said</p>');
    const [pm, ...rest] = findMentions(collectTextBlocks(body, { chrome: false }), fakeMatcher());
    expect(rest).toEqual([]);
    expect(pm?.mention.text).toBe('Claudia Sheinbaum');
    expect(pm?.nodes.map((n) => n.data)).toEqual(['President Claudia ', 'Sheinbaum']);
    expect(pm?.startOffset).toBe(10);
    expect(pm?.endOffset).toBe(9);
  });

  it('maps block offsets to text positions, clamping offsets that fall on a word break', () => {
    const body = page('<p>ab<br>cd</p>');
    const [block] = collectTextBlocks(body, { chrome: false });
    if (!block) throw new Error('no block');
    expect(block.text).toBe('ab cd');
    expect(boundaryAt(block, 2, 'start')?.node.data).toBe('cd');
    expect(boundaryAt(block, 2, 'end')).toMatchObject({ offset: 2 });
    expect(boundaryAt(block, 3, 'start')).toMatchObject({ offset: 0 });
    expect(boundaryAt(block, 5, 'end')).toMatchObject({ offset: 2 });
  });
});
