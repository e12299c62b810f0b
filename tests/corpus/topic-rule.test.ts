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
});
