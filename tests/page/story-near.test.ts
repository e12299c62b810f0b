/**
 * On a page that is on topic, generic names (Trump) are drawn only near the story: in the blocks
 * around a decisive or supporting name (corpus/topic.yaml `near`), or everywhere when the story
 * is the whole page. Supporting names turn a page on topic only beside Mexico itself.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScanData } from '../../lib/corpus/types';
import { createPageController } from '../../lib/page';
import { localBlockMatcher } from '../../lib/page/block-matcher';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { fakeHost, fakeMatcher, page } from './support';

const scan: Pick<ScanData, 'entities' | 'topic'> = {
  entities: [
    { id: 'claudia-sheinbaum', name: 'Claudia Sheinbaum', type: 'person', evidence: 'decisive' },
    { id: 'donald-trump', name: 'Donald Trump', type: 'person', evidence: 'none' },
    { id: 'sinaloa-cartel', name: 'Sinaloa Cartel', type: 'criminal-group', evidence: 'decisive' },
    { id: 'fentanyl', name: 'Fentanyl', type: 'topic', evidence: 'supporting' },
  ],
  topic: {
    weights: { decisive: 2, supporting: 1, none: 0 },
    onTopicAt: 1,
    mexico: { words: ['Mexico'], entities: [] },
    near: { blocks: 2, sections: true, everywhereAt: 0.5 },
  },
};

const other = (i: number) =>
  `<p>Section ${i} of a long page about the history of aviation, and Trump once flew.</p>`;

function setup(html: string) {
  const body = page(html);
  const host = fakeHost();
  const controller = createPageController({
    doc: document,
    host,
    matcher: localBlockMatcher(fakeMatcher(), { scan }),
    settings: { ...DEFAULT_SETTINGS, entityTypes: [...DEFAULT_SETTINGS.entityTypes] },
    yieldToPage: () => Promise.resolve(),
    sliceMs: 0,
  });
  const marked = () =>
    [...body.querySelectorAll('frontera-mention[tabindex]')].map(
      (e) => `${e.parentElement?.closest('[id]')?.id ?? '?'}:${e.textContent}`,
    );
  const settle = async () => {
    const before = performance.getEntriesByName('frontera:rescan-done').length;
    controller.flushChanges();
    host.runIdle();
    for (let i = 0; i < 200; i++) {
      if (performance.getEntriesByName('frontera:rescan-done').length > before) return;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error('no rescan after the change');
  };
  return { body, controller, marked, settle };
}

describe('generic names only near the story', () => {
  beforeEach(() => performance.clearMarks());

  it('a long page with one paragraph on Mexico draws Trump only around that paragraph', async () => {
    const sections = Array.from({ length: 20 }, (_, i) => `<div id="s${i}">${other(i)}</div>`);
    sections.splice(
      10,
      0,
      '<div id="mx"><p>Claudia Sheinbaum spoke to Donald Trump about the Sinaloa Cartel.</p></div>',
    );
    const { controller, marked } = setup(`<main>${sections.join('')}</main>`);
    await controller.start();
    expect(marked()).toEqual([
      's8:Trump',
      's9:Trump',
      'mx:Claudia Sheinbaum',
      'mx:Donald Trump',
      'mx:Sinaloa Cartel',
      's10:Trump',
      's11:Trump',
    ]);
  });

  it('a story about the subject throughout draws every generic name', async () => {
    const { controller, marked } = setup(
      `<article><p id="a">Claudia Sheinbaum answered.</p><p id="b">Trump was not pleased.</p>
       <p id="c">Some words.</p><p id="d">More words.</p><p id="e">Trump again, later.</p></article>`,
    );
    await controller.start();
    expect(marked()).toEqual(['a:Claudia Sheinbaum', 'b:Trump', 'e:Trump']);
  });

  it('a live blog’s new entry far from the story draws no generic name; one about it does', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => `<div id="e${i}">${other(i)}</div>`);
    const { body, controller, marked, settle } = setup(
      `<main id="feed"><div id="top"><p>Claudia Sheinbaum met Trump.</p></div>${entries.join('')}</main>`,
    );
    await controller.start();
    const before = marked();
    expect(before).toContain('top:Trump');
    expect(before).not.toContain('e5:Trump');
    const far = document.createElement('div');
    far.id = 'late';
    far.innerHTML = '<p>An update on aviation: Trump lands.</p>';
    body.querySelector('#feed')?.append(far);
    await settle();
    expect(marked()).not.toContain('late:Trump');
    const onTopic = document.createElement('div');
    onTopic.id = 'news';
    onTopic.innerHTML = '<p>Breaking: the Sinaloa Cartel and Trump.</p>';
    body.querySelector('#feed')?.append(onTopic);
    await settle();
    expect(marked()).toEqual(
      expect.arrayContaining(['news:Sinaloa Cartel', 'news:Trump', 'late:Trump']),
    );
  });
});

describe('a heading ends the story’s part of the page', () => {
  beforeEach(() => performance.clearMarks());

  it('a live blog: Trump in the next entry, right after the one on Mexico, is not drawn', async () => {
    const entry = (id: string, h: string, p: string) =>
      `<article id="${id}"><h2>${h}</h2><p>${p}</p></article>`;
    const { controller, marked } = setup(
      `<main>${[
        entry('a', 'Markets', 'Stocks rose; Trump tweeted.'),
        entry('mx', 'Claudia Sheinbaum answers', 'She spoke of Trump and the Sinaloa Cartel.'),
        entry('b', 'Weather', 'Trump golfed in the sun.'),
        ...Array.from({ length: 10 }, (_, i) => entry(`o${i}`, `Item ${i}`, 'Other news.')),
      ].join('')}</main>`,
    );
    await controller.start();
    expect(marked()).toEqual(['mx:Claudia Sheinbaum', 'mx:Trump', 'mx:Sinaloa Cartel']);
  });
});

describe('supporting names need Mexico', () => {
  beforeEach(() => performance.clearMarks());

  it('fentanyl alone on a page that never names Mexico draws nothing', async () => {
    const { controller, marked } = setup(
      '<article><p id="a">Fentanyl deaths fell in Ohio, Trump said.</p></article>',
    );
    await controller.start();
    expect(marked()).toEqual([]);
  });

  it('fentanyl beside Mexico is on topic', async () => {
    const { controller, marked } = setup(
      '<article><p id="a">Fentanyl made in Mexico, Trump said.</p></article>',
    );
    await controller.start();
    expect(marked()).toEqual(['a:Fentanyl', 'a:Trump']);
  });
});
