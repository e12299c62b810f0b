/**
 * Frontera draws nothing on a page that is not about its subject (lib/topic): generic names
 * (Trump) are drawn only once a decisive one (Sheinbaum, the Sinaloa Cartel) or enough supporting
 * ones are found, and a page that grows into the subject (infinite scroll) is drawn then.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScanData } from '../../lib/corpus/types';
import { createPageController } from '../../lib/page';
import { localBlockMatcher } from '../../lib/page/block-matcher';
import type { BlockMatcher } from '../../lib/page/types';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { fakeHost, fakeMatcher, page } from './support';

const scan: Pick<ScanData, 'entities' | 'topic'> = {
  entities: [
    { id: 'claudia-sheinbaum', name: 'Claudia Sheinbaum', type: 'person', evidence: 'decisive' },
    { id: 'donald-trump', name: 'Donald Trump', type: 'person', evidence: 'none' },
    { id: 'sinaloa-cartel', name: 'Sinaloa Cartel', type: 'criminal-group', evidence: 'decisive' },
    { id: 'fentanyl', name: 'Fentanyl', type: 'topic', evidence: 'supporting' },
  ],
  topic: { weights: { decisive: 2, supporting: 1, none: 0 }, onTopicAt: 2 },
};

const filler = `<p>${'A long stretch of ordinary reporting about something else entirely. '.repeat(10)}</p>`;

/** A matcher that counts what it is asked. */
function counting(withGate: boolean) {
  const inner = localBlockMatcher(fakeMatcher(), { scan });
  const calls = { match: 0, gate: 0 };
  const matcher: BlockMatcher = {
    match: (texts, ctx) => {
      calls.match++;
      return inner.match(texts, ctx);
    },
  };
  if (withGate) {
    matcher.couldBeOnTopic = (text) => {
      calls.gate++;
      return inner.couldBeOnTopic?.(text) ?? Promise.resolve(true);
    };
  }
  return { matcher, calls };
}

function setup(html: string, withGate: boolean) {
  const body = page(html);
  const host = fakeHost();
  const reports: string[][] = [];
  const { matcher, calls } = counting(withGate);
  const controller = createPageController({
    doc: document,
    host,
    matcher,
    settings: { ...DEFAULT_SETTINGS, entityTypes: [...DEFAULT_SETTINGS.entityTypes] },
    yieldToPage: () => Promise.resolve(),
  });
  controller.on('mentions-changed', (list) => reports.push(list.map((e) => `${e.id}×${e.count}`)));
  const marked = () =>
    [...body.querySelectorAll('frontera-mention[tabindex]')].map((e) => e.textContent);
  /** Lets the page's change be seen and handled: until the rescan is recorded. */
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
  return { body, controller, marked, reports, calls, settle };
}

describe.each([
  ['with the whole-page check first', true],
  ['reading the article directly', false],
])('the topic gate (%s)', (_how, withGate) => {
  beforeEach(() => performance.clearMarks());

  it('draws the generic names of an on-topic article, and none outside it', async () => {
    const { controller, marked, reports } = setup(
      `<nav><a href="#">Trump</a></nav>
       <article><p>Donald Trump called Claudia Sheinbaum about the border.</p>${filler}</article>
       <aside class="trending"><p>Trending: Trump</p></aside>`,
      withGate,
    );
    await controller.start();
    expect(marked()).toEqual(['Donald Trump', 'Claudia Sheinbaum']);
    expect(reports.at(-1)).toEqual(['claudia-sheinbaum×1', 'donald-trump×1']);
  });

  it('draws nothing on an off-topic page with one generic name, and reports nothing', async () => {
    const { controller, marked, reports, calls } = setup(
      `<article><p>Donald Trump spoke about the baseball season.</p>${filler}</article>`,
      withGate,
    );
    await controller.start();
    expect(marked()).toEqual([]);
    expect(reports.flat()).toEqual([]);
    const [done] = performance.getEntriesByName('frontera:scan-done') as PerformanceMark[];
    expect(done?.detail).toMatchObject({ mentions: 0, topic: { onTopic: false } });
    // With the check, the article is not even looked for.
    if (withGate) expect(calls.match).toBe(0);
  });

  it('one supporting name is not enough', async () => {
    const one = setup(`<article><p>A fentanyl overdose in Ohio.</p>${filler}</article>`, withGate);
    await one.controller.start();
    expect(one.marked()).toEqual([]);
  });

  it('draws the whole page once an infinite-scroll insert makes it on topic', async () => {
    const { body, controller, marked, settle } = setup(
      `<main id="feed"><article><p>Donald Trump spoke about the baseball season.</p>${filler}</article></main>`,
      withGate,
    );
    await controller.start();
    expect(marked()).toEqual([]);
    const next = document.createElement('article');
    next.innerHTML = `<p>Claudia Sheinbaum answered Trump on the Sinaloa Cartel.</p>${filler}`;
    body.querySelector('#feed')?.appendChild(next);
    await settle();
    expect(marked()).toEqual(['Donald Trump', 'Claudia Sheinbaum', 'Trump', 'Sinaloa Cartel']);
  });
});
