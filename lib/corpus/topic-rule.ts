/**
 * Reads corpus/topic.yaml, the rule that says when a page is on topic (see TopicRule). Every
 * problem names the file and the line, like the rest of the corpus validation.
 */
import { isMap, isScalar } from 'yaml';
import type { CorpusProblem } from './problems';
import { TOPIC_EVIDENCE, type TopicEvidence, type TopicRule } from './types';
import { lineOf, parseYamlLines } from './yaml-lines';

const KEYS = ['weights', 'onTopicAt'];

export function parseTopicRule(
  file: string,
  text: string,
): { rule: TopicRule | null; problems: CorpusProblem[] } {
  const { doc, lines, problems } = parseYamlLines(file, text);
  if (problems.length > 0) return { rule: null, problems };
  const root = doc.contents;
  if (!isMap(root)) {
    problems.push({
      file,
      line: 1,
      message: 'the topic rule must be a map with weights and onTopicAt',
    });
    return { rule: null, problems };
  }
  const problem = (node: unknown, field: string, message: string) =>
    problems.push({ file, line: lineOf(node, lines) ?? 1, field, message });

  const number = (node: unknown, field: string): number | null => {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problem(node, field, `"${field}" must be a number ≥ 0`);
      return null;
    }
    return value;
  };

  let onTopicAt: number | null = null;
  const weights: Partial<Record<TopicEvidence, number>> = {};
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!KEYS.includes(key)) {
      problem(pair.key, key, `unknown field "${key}" (allowed: ${KEYS.join(', ')})`);
      continue;
    }
    if (key === 'onTopicAt') {
      onTopicAt = number(pair.value, key);
      if (onTopicAt === 0) problem(pair.value, key, '"onTopicAt" must be above 0');
      continue;
    }
    if (!isMap(pair.value)) {
      problem(
        pair.key,
        key,
        `"weights" must map each evidence (${TOPIC_EVIDENCE.join(', ')}) to points`,
      );
      continue;
    }
    for (const w of pair.value.items) {
      const name = isScalar(w.key) ? String(w.key.value) : String(w.key);
      if (!(TOPIC_EVIDENCE as readonly string[]).includes(name)) {
        problem(
          w.key,
          `weights.${name}`,
          `unknown evidence "${name}" (one of: ${TOPIC_EVIDENCE.join(', ')})`,
        );
        continue;
      }
      const value = number(w.value, `weights.${name}`);
      if (value !== null) weights[name as TopicEvidence] = value;
    }
    for (const name of TOPIC_EVIDENCE) {
      if (weights[name] === undefined && !problems.some((p) => p.field === `weights.${name}`)) {
        problem(pair.key, 'weights', `missing weight for "${name}"`);
      }
    }
  }
  if (!root.items.some((p) => isScalar(p.key) && p.key.value === 'weights'))
    problem(root, 'weights', 'missing field "weights"');
  if (!root.items.some((p) => isScalar(p.key) && p.key.value === 'onTopicAt'))
    problem(root, 'onTopicAt', 'missing field "onTopicAt"');
  if (problems.length > 0 || onTopicAt === null) return { rule: null, problems };
  if (Math.max(...Object.values(weights)) === 0) {
    problem(root, 'weights', 'every weight is 0: no page could ever be on topic');
    return { rule: null, problems };
  }
  return { rule: { weights: weights as Record<TopicEvidence, number>, onTopicAt }, problems };
}
