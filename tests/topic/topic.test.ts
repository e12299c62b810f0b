/**
 * Whether a page is about US–Mexico security (lib/topic): decisive names make it so on their
 * own, supporting ones together, generic ones never; typo guesses are no evidence.
 */
import { describe, expect, it } from 'vitest';
import type { ScanData } from '../../lib/corpus/types';
import type { MatchMethod } from '../../lib/match';
import { createTopicJudge, drawnPerBlock, nearEvidence } from '../../lib/topic';

const scan: Pick<ScanData, 'entities' | 'topic'> = {
  entities: [
    { id: 'claudia-sheinbaum', name: 'Claudia Sheinbaum', type: 'person', evidence: 'decisive' },
    { id: 'fentanyl', name: 'Fentanyl', type: 'topic', evidence: 'supporting' },
    { id: 'dea', name: 'DEA', type: 'organization', evidence: 'supporting' },
    { id: 'migration', name: 'Migration', type: 'topic', evidence: 'none' },
    { id: 'china', name: 'China', type: 'place' },
  ],
  topic: { weights: { decisive: 2, supporting: 1, none: 0 }, onTopicAt: 2 },
};
const judge = createTopicJudge(scan);
const m = (entityId: string, method: MatchMethod = 'exact') => ({ entityId, method });

describe('the topic decision', () => {
  it.each([
    ['one decisive name', [m('claudia-sheinbaum')], true],
    ['one supporting name', [m('fentanyl')], false],
    ['the same supporting name many times', [m('fentanyl'), m('fentanyl'), m('fentanyl')], false],
    ['two supporting names', [m('fentanyl'), m('dea', 'context')], true],
    ['generic names only, however many', [m('migration'), m('china'), m('migration')], false],
    ['a decisive name only as a typo guess', [m('claudia-sheinbaum', 'fuzzy')], false],
    ['nothing', [], false],
  ])('%s → on topic: %s', (_what, mentions, onTopic) => {
    expect(judge.judge(mentions).onTopic).toBe(onTopic);
  });

  it('draws the generic names of an on-topic page, and nothing of an off-topic one', () => {
    const onTopic = [m('migration'), m('claudia-sheinbaum'), m('china')];
    expect(drawnPerBlock([{ text: 'x', mentions: onTopic }], judge)).toEqual([onTopic]);
    expect(drawnPerBlock([{ text: 'x', mentions: [m('migration'), m('china')] }], judge)).toEqual([
      [],
    ]);
  });

  it('says how far a page is from the bar', () => {
    expect(judge.judge([m('fentanyl')])).toEqual({ onTopic: false, score: 1, needed: 2 });
  });

  it('takes every page as on topic when the knowledge base has no rule (older data)', () => {
    const old = createTopicJudge({ entities: scan.entities });
    expect(old.judge([m('migration')]).onTopic).toBe(true);
  });
});

describe('supporting names need Mexico beside them', () => {
  const placed = createTopicJudge({
    entities: [
      ...scan.entities,
      { id: 'arms-trafficking', name: 'Arms trafficking', type: 'topic', evidence: 'supporting' },
      { id: 'border-security', name: 'Border security', type: 'topic', evidence: 'supporting' },
      { id: 'sinaloa', name: 'Sinaloa', type: 'place', evidence: 'none' },
    ],
    topic: {
      weights: { decisive: 2, supporting: 1, none: 0 },
      onTopicAt: 2,
      mexico: { words: ['México', 'Mexican', 'Ciudad Juárez'], entities: ['sinaloa'] },
    },
  });
  const two = [m('arms-trafficking'), m('border-security')];

  it('two supporting names alone do not make a page on topic (a base in Syria)', () => {
    expect(placed.judge(two, 'A US base in Syria: arms trafficking and border security.')).toEqual({
      onTopic: false,
      score: 0,
      needed: 2,
    });
    expect(placed.judge(two).onTopic).toBe(false);
  });

  it.each([
    ['the word Mexico, any accent or case', 'Weapons flow south into MEXICO.'],
    ['an adjective', 'Mexican officials said…'],
    ['a Mexican city of two words', 'Police in ciudad juarez said…'],
  ])('they do beside %s', (_what, text) => {
    expect(placed.judge(two, text).onTopic).toBe(true);
  });

  it('they do beside a Mexican place found as an entity', () => {
    expect(placed.judge([...two, m('sinaloa')]).onTopic).toBe(true);
  });

  it('a word inside another word does not count ("Mexican" is a word, "Mexicanist" is not)', () => {
    expect(placed.namesMexico('on the Mexican side')).toBe(true);
    expect(placed.namesMexico('a Mexicanist and a NewMexico fan')).toBe(false);
  });

  it('a decisive name needs nothing beside it', () => {
    expect(placed.judge([m('claudia-sheinbaum')], 'no country named').onTopic).toBe(true);
  });
});

describe('generic names only near the story', () => {
  const rule = { blocks: 2, sections: false, everywhereAt: 0.5 };
  const near = createTopicJudge({
    entities: scan.entities,
    topic: { weights: { decisive: 2, supporting: 1, none: 0 }, onTopicAt: 2, near: rule },
  });
  const block = (...mentions: ReturnType<typeof m>[]) => ({ text: 'x'.repeat(100), mentions });

  it('on a long mixed page, draws them only within the window around the evidence', () => {
    const page = [
      block(m('migration')), // 0: far
      block(),
      block(),
      block(m('china')), // 3: two blocks before the evidence
      block(),
      block(m('claudia-sheinbaum'), m('migration')), // 5: the evidence
      block(),
      block(m('migration')), // 7: two after
      block(m('china')), // 8: three after
      ...Array.from({ length: 12 }, () => block(m('migration'))),
    ];
    const drawn = drawnPerBlock(page, near);
    expect(drawn.map((list) => list.map((x) => x.entityId))).toEqual([
      [],
      [],
      [],
      ['china'],
      [],
      ['claudia-sheinbaum', 'migration'],
      [],
      ['migration'],
      [],
      ...Array.from({ length: 12 }, () => []),
    ]);
  });

  it('decisive names are drawn everywhere, however far', () => {
    const page = [block(m('claudia-sheinbaum')), ...Array.from({ length: 20 }, () => block())];
    page.push(block(m('claudia-sheinbaum')));
    const drawn = drawnPerBlock(page, near);
    expect(drawn[21]?.map((x) => x.entityId)).toEqual(['claudia-sheinbaum']);
  });

  it('on a page about the subject throughout, nothing changes', () => {
    const page = [
      block(m('claudia-sheinbaum')),
      block(m('migration')),
      block(m('china')),
      block(m('fentanyl')),
      block(),
      block(),
      block(m('migration')),
    ];
    const drawn = drawnPerBlock(page, near);
    expect(drawn.flat()).toHaveLength(5);
  });

  it('a typo guess is no evidence to draw near', () => {
    const page = [
      block(m('claudia-sheinbaum')),
      ...Array.from({ length: 10 }, () => block()),
      block(m('claudia-sheinbaum', 'fuzzy'), m('migration')),
      ...Array.from({ length: 10 }, () => block()),
    ];
    expect(drawnPerBlock(page, near)[11]?.map((x) => x.entityId)).toEqual(['claudia-sheinbaum']);
  });

  it('with sections, a heading ends the part of the page near the evidence', () => {
    const sectioned = createTopicJudge({
      entities: scan.entities,
      topic: {
        weights: { decisive: 2, supporting: 1, none: 0 },
        onTopicAt: 2,
        near: { ...rule, sections: true },
      },
    });
    const heading = (...mentions: ReturnType<typeof m>[]) => ({
      ...block(...mentions),
      heading: true,
    });
    const page = [
      heading(),
      block(m('migration')), // 1: before the next heading
      heading(m('claudia-sheinbaum')), // 2: the evidence starts its section
      block(m('china')), // 3
      heading(),
      block(m('migration')), // 5: two blocks on, but past a heading
      ...Array.from({ length: 12 }, () => block()),
    ];
    const drawn = drawnPerBlock(page, sectioned).map((l) => l.map((x) => x.entityId));
    expect(drawn.slice(0, 6)).toEqual([[], [], ['claudia-sheinbaum'], ['china'], [], []]);
  });

  it('counts blocks by their order, whatever their ordinals (a block added between two)', () => {
    const story = nearEvidence(
      [
        { ordinal: 0, length: 10, points: 2 },
        { ordinal: 0.5, length: 10, points: 0 },
        { ordinal: 0.75, length: 10, points: 0 },
        { ordinal: 1, length: 10, points: 0 },
        ...Array.from({ length: 20 }, (_, i) => ({ ordinal: 2 + i, length: 10, points: 0 })),
      ],
      rule,
    );
    expect(story.everywhere).toBe(false);
    expect(story.isNear(0.75)).toBe(true);
    expect(story.isNear(1)).toBe(false);
  });
});
