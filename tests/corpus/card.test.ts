import { describe, expect, it } from 'vitest';
import { buildCard, findAliases } from '../../lib/corpus/card';
import type { CorpusData, RankedPassage } from '../../lib/corpus/types';
import fixture from '../fixtures/ui/corpus.json';

const corpus = fixture as CorpusData;
const ids = (card: ReturnType<typeof buildCard>) => card?.excerpts.map((e) => e.passage.id);

/** A copy of the fixture corpus in which Claudia Sheinbaum's ranked passages are `passages`. */
function withSheinbaumPassages(passages: RankedPassage[]): CorpusData {
  const c: CorpusData = structuredClone(corpus);
  const e = c.entities.find((x) => x.id === 'claudia-sheinbaum');
  if (!e) throw new Error('fixture');
  e.passages = passages;
  return c;
}

describe('buildCard', () => {
  it('returns null for an entity the corpus does not know', () => {
    expect(buildCard(corpus, 'nobody', [])).toBeNull();
  });

  it("without page context, follows the corpus's ranking and shows at most 3 excerpts", () => {
    const card = buildCard(corpus, 'claudia-sheinbaum', []);
    expect(card?.entity.name).toBe('Claudia Sheinbaum');
    expect(ids(card)).toEqual(['news-one/01', 'news-two/01', 'news-one/02']);
    expect(card?.excerpts.every((e) => e.sharedEntityIds.length === 0)).toBe(true);
  });

  it('honours a smaller maximum', () => {
    expect(ids(buildCard(corpus, 'claudia-sheinbaum', [], 2))).toEqual([
      'news-one/01',
      'news-two/01',
    ]);
  });

  it('ranks first the passage that shares other entities found on the page, and says which', () => {
    const card = buildCard(corpus, 'claudia-sheinbaum', [
      'fentanyl',
      'claudia-sheinbaum',
      'sinaloa-cartel',
    ]);
    expect(ids(card)?.[0]).toBe('news-one/02');
    expect(card?.excerpts[0]?.sharedEntityIds).toEqual(['fentanyl', 'sinaloa-cartel']);
    expect(card?.sharedNames).toEqual({ fentanyl: 'Fentanyl', 'sinaloa-cartel': 'Sinaloa Cartel' });
  });

  it('flags an excerpt as boosted only when the page lifted it above its corpus rank', () => {
    const lifted = buildCard(corpus, 'claudia-sheinbaum', ['fentanyl', 'sinaloa-cartel']);
    expect(lifted?.excerpts.map((e) => [e.passage.id, e.boosted])).toEqual([
      ['news-one/02', true],
      ['news-one/01', false],
      ['news-two/01', false],
    ]);
    // pod/01 also mentions Trump, but it is AMLO's best passage anyway: nothing to explain.
    const same = buildCard(corpus, 'amlo', ['donald-trump']);
    expect(same?.excerpts[0]?.passage.id).toBe('pod/01');
    expect(same?.excerpts[0]?.sharedEntityIds).toEqual(['donald-trump']);
    expect(same?.excerpts[0]?.boosted).toBe(false);
  });

  it('never counts the card entity itself as a shared entity', () => {
    const card = buildCard(corpus, 'claudia-sheinbaum', ['claudia-sheinbaum']);
    expect(ids(card)).toEqual(['news-one/01', 'news-two/01', 'news-one/02']);
  });

  it('prefers excerpts from different documents before a second one from the same', () => {
    // news-one/02 (score 6) comes after news-two/01 (9) anyway; with max 2 the second document wins
    // over news-one/02 even if we give news-one/02 the same base score.
    const c = withSheinbaumPassages([
      { passageId: 'news-one/01', score: 10 },
      { passageId: 'news-one/03', score: 10 },
      { passageId: 'news-two/01', score: 5 },
    ]);
    expect(ids(buildCard(c, 'claudia-sheinbaum', [], 2))).toEqual(['news-one/01', 'news-two/01']);
  });

  it('keeps the corpus order for equal scores (stable ties)', () => {
    const c = withSheinbaumPassages([
      { passageId: 'news-one/03', score: 1 },
      { passageId: 'news-two/01', score: 1 },
      { passageId: 'news-one/01', score: 1 },
    ]);
    expect(ids(buildCard(c, 'claudia-sheinbaum', [], 3))).toEqual([
      'news-one/03',
      'news-two/01',
      'news-one/01',
    ]);
  });

  it('skips passages missing from the corpus and related ids it does not know', () => {
    const card = buildCard(corpus, 'claudia-sheinbaum', [], 10);
    expect(ids(card)).not.toContain('missing/99');
    expect(card?.excerpts).toHaveLength(4);
    expect(card?.related.map((r) => r.id)).toEqual(['amlo', 'sinaloa-cartel']);
  });

  it('marks where the entity is named in each excerpt, whatever the case or accents', () => {
    const card = buildCard(corpus, 'claudia-sheinbaum', [], 4);
    for (const ex of card?.excerpts ?? []) {
      const marked = ex.marks.map((m) => ex.passage.text.slice(m.start, m.end));
      expect(marked.length).toBeGreaterThan(0);
      for (const m of marked) expect(m.toLowerCase()).toContain('sheinbaum');
    }
    const es = card?.excerpts.find((e) => e.passage.id === 'news-two/01');
    expect(es?.marks.map((m) => es.passage.text.slice(m.start, m.end))).toEqual([
      'CLAUDIA SHEINBAUM',
    ]);
  });

  it("prefers the entity's own names over a name another entity shares", () => {
    // "Sinaloa" is an alias of the cartel but also the state's name: the cartel's card marks
    // "Sinaloa Cartel", not the state.
    const ex = buildCard(corpus, 'sinaloa-cartel', [])?.excerpts[0];
    expect(ex?.marks.map((m) => ex.passage.text.slice(m.start, m.end))).toEqual(['Sinaloa Cartel']);
  });
});

describe('findAliases', () => {
  it.each([
    ['la estrategia de Lopez Obrador.', ['López Obrador'], ['Lopez Obrador']],
    ['AMLO and AMLOs', ['AMLO'], ['AMLO']],
    [
      'Claudia Sheinbaum and Sheinbaum',
      ['Sheinbaum', 'Claudia Sheinbaum'],
      ['Claudia Sheinbaum', 'Sheinbaum'],
    ],
    ['nothing here', ['Sinaloa'], []],
  ])('in %j finds %j', (text, aliases, expected) => {
    expect(findAliases(text, aliases).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});
