/**
 * Whether a page is about US–Mexico security (lib/topic): decisive names make it so on their
 * own, supporting ones together, generic ones never; typo guesses are no evidence.
 */
import { describe, expect, it } from 'vitest';
import type { ScanData } from '../../lib/corpus/types';
import type { MatchMethod } from '../../lib/match';
import { createTopicJudge, onTopicOnly } from '../../lib/topic';

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
    expect(onTopicOnly(onTopic, judge)).toEqual(onTopic);
    expect(onTopicOnly([m('migration'), m('china')], judge)).toEqual([]);
  });

  it('says how far a page is from the bar', () => {
    expect(judge.judge([m('fentanyl')])).toEqual({ onTopic: false, score: 1, needed: 2 });
  });

  it('takes every page as on topic when the knowledge base has no rule (older data)', () => {
    const old = createTopicJudge({ entities: scan.entities });
    expect(old.judge([m('migration')]).onTopic).toBe(true);
  });
});
