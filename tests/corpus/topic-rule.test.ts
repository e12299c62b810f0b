import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../lib/corpus/problems';
import { parseTopicRule } from '../../lib/corpus/topic-rule';

const problemsOf = (text: string) =>
  parseTopicRule('corpus/topic.yaml', text).problems.map(formatProblem);

describe('corpus/topic.yaml: when a page is on topic', () => {
  it('reads the weights per evidence and the points a page needs', () => {
    const { rule, problems } = parseTopicRule(
      'corpus/topic.yaml',
      'weights:\n  decisive: 2\n  supporting: 1\n  none: 0\nonTopicAt: 2\n',
    );
    expect(problems).toEqual([]);
    expect(rule).toEqual({ weights: { decisive: 2, supporting: 1, none: 0 }, onTopicAt: 2 });
  });

  it.each([
    ['weights:\n  decisive: 2\n  supporting: [1\n', /^corpus\/topic\.yaml:\d+: malformed YAML/],
    [
      'weights:\n  decisive: 2\n  strong: 1\n  supporting: 1\n  none: 0\nonTopicAt: 2\n',
      /^corpus\/topic\.yaml:3 \(weights\.strong\): unknown evidence "strong"/,
    ],
    [
      'weights:\n  decisive: 2\n  supporting: 1\nonTopicAt: 2\n',
      /^corpus\/topic\.yaml:1 \(weights\): missing weight for "none"/,
    ],
    [
      'weights:\n  decisive: two\n  supporting: 1\n  none: 0\nonTopicAt: 2\n',
      /^corpus\/topic\.yaml:2 \(weights\.decisive\): "weights\.decisive" must be a number ≥ 0/,
    ],
    [
      'weights:\n  decisive: 2\n  supporting: 1\n  none: 0\nonTopicAt: 0\n',
      /^corpus\/topic\.yaml:5 \(onTopicAt\): "onTopicAt" must be above 0/,
    ],
    [
      'weights:\n  decisive: 2\n  supporting: 1\n  none: 0\n',
      /\(onTopicAt\): missing field "onTopicAt"/,
    ],
    [
      'weights:\n  decisive: 2\n  supporting: 1\n  none: 0\nonTopicAt: 2\nthreshold: 3\n',
      /^corpus\/topic\.yaml:6 \(threshold\): unknown field "threshold"/,
    ],
    ['weights:\n  decisive: 0\n  supporting: 0\n  none: 0\nonTopicAt: 2\n', /every weight is 0/],
  ])('names the file and line of a mistake: %j', (text, expected) => {
    const problems = problemsOf(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  const base = 'weights:\n  decisive: 2\n  supporting: 1\n  none: 0\nonTopicAt: 2\n';

  it('reads what places a page in Mexico and where generic names are drawn', () => {
    const { rule, problems } = parseTopicRule(
      'corpus/topic.yaml',
      `${base}mexico:\n  words: [México, Mexican]\n  entities: [sinaloa]\nnear:\n  blocks: 3\n  sections: true\n  everywhereAt: 0.5\n`,
      { knownIds: new Set(['sinaloa']) },
    );
    expect(problems).toEqual([]);
    expect(rule?.mexico).toEqual({ words: ['México', 'Mexican'], entities: ['sinaloa'] });
    expect(rule?.near).toEqual({ blocks: 3, sections: true, everywhereAt: 0.5 });
  });

  it.each([
    [
      `${base}mexico:\n  words: [México]\n  entities: [atlantis]\n`,
      /^corpus\/topic\.yaml:8 \(mexico\.entities\): unknown entity id "atlantis"/,
    ],
    [
      `${base}mexico:\n  words: México\n  entities: []\n`,
      /:7 \(mexico\.words\): "mexico\.words" must be a list/,
    ],
    [`${base}mexico:\n  words: [México]\n`, /:6 \(mexico\): missing field "mexico\.entities"/],
    [
      `${base}near:\n  blocks: 3\n  everywhereAt: 1.5\n`,
      /:8 \(near\.everywhereAt\): "near\.everywhereAt" is a share of the article/,
    ],
    [
      `${base}near:\n  blocks: 2.5\n  everywhereAt: 0.5\n`,
      /:7 \(near\.blocks\): "near\.blocks" must be a whole number/,
    ],
    [
      `${base}near:\n  blocks: 3\n  window: 2\n  everywhereAt: 0.5\n`,
      /:8 \(near\.window\): unknown field "window"/,
    ],
  ])('names the file and line of a mistake in mexico or near: %j', (text, expected) => {
    const problems = parseTopicRule('corpus/topic.yaml', text, {
      knownIds: new Set(['sinaloa']),
    }).problems.map(formatProblem);
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
});
