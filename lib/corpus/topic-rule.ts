/**
 * Reads corpus/topic.yaml, the rule that says when a page is on topic and where on it generic
 * names are drawn (see TopicRule). Every problem names the file and the line, like the rest of
 * the corpus validation.
 */
import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import type { CorpusProblem } from './problems';
import { type NearRule, TOPIC_EVIDENCE, type TopicEvidence, type TopicRule } from './types';
import { lineOf, parseYamlLines } from './yaml-lines';

const KEYS = ['weights', 'onTopicAt', 'mexico', 'near'];
const MEXICO_KEYS = ['words', 'entities'];
const NEAR_KEYS = ['blocks', 'sections', 'everywhereAt'];

const keyOf = (pair: Pair): string =>
  isScalar(pair.key) ? String(pair.key.value) : String(pair.key);

export interface TopicRuleOptions {
  /** Entity ids of the knowledge base: `mexico.entities` must name known ones. */
  knownIds?: ReadonlySet<string>;
}

export function parseTopicRule(
  file: string,
  text: string,
  options: TopicRuleOptions = {},
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

  /** The fields of a nested map, each unknown one reported. */
  const fieldsOf = (pair: Pair, allowed: string[]): Map<string, Pair> | null => {
    const field = keyOf(pair);
    if (!isMap(pair.value)) {
      problem(pair.key, field, `"${field}" must be a map with ${allowed.join(', ')}`);
      return null;
    }
    const out = new Map<string, Pair>();
    for (const inner of pair.value.items) {
      const name = keyOf(inner);
      if (!allowed.includes(name)) {
        problem(
          inner.key,
          `${field}.${name}`,
          `unknown field "${name}" (allowed: ${allowed.join(', ')})`,
        );
      } else out.set(name, inner);
    }
    for (const name of allowed) {
      if (!out.has(name)) problem(pair.key, field, `missing field "${field}.${name}"`);
    }
    return out;
  };

  const strings = (pair: Pair | undefined, field: string): string[] => {
    if (!pair) return [];
    if (!isSeq(pair.value)) {
      problem(pair.key, field, `"${field}" must be a list of strings`);
      return [];
    }
    const out: string[] = [];
    for (const item of pair.value.items) {
      const value = isScalar(item) ? item.value : undefined;
      if (typeof value !== 'string' || value.trim() === '') {
        problem(item, field, `"${field}" must hold non-empty strings`);
      } else out.push(value.trim());
    }
    return out;
  };

  let onTopicAt: number | null = null;
  const weights: Partial<Record<TopicEvidence, number>> = {};
  let mexico: TopicRule['mexico'];
  let near: NearRule | undefined;
  for (const pair of root.items) {
    const key = keyOf(pair);
    if (!KEYS.includes(key)) {
      problem(pair.key, key, `unknown field "${key}" (allowed: ${KEYS.join(', ')})`);
      continue;
    }
    if (key === 'onTopicAt') {
      onTopicAt = number(pair.value, key);
      if (onTopicAt === 0) problem(pair.value, key, '"onTopicAt" must be above 0');
      continue;
    }
    if (key === 'mexico') {
      const fields = fieldsOf(pair, MEXICO_KEYS);
      if (!fields) continue;
      const words = strings(fields.get('words'), 'mexico.words');
      const entities = strings(fields.get('entities'), 'mexico.entities');
      const entityPair = fields.get('entities');
      if (options.knownIds && entityPair && isSeq(entityPair.value)) {
        for (const item of entityPair.value.items) {
          const id = isScalar(item) ? String(item.value) : '';
          if (id && !options.knownIds.has(id)) {
            problem(item, 'mexico.entities', `unknown entity id "${id}"`);
          }
        }
      }
      if (words.length === 0 && entities.length === 0 && fields.size === 2) {
        problem(pair.key, key, '"mexico" needs at least one word or entity');
      }
      mexico = { words, entities };
      continue;
    }
    if (key === 'near') {
      const fields = fieldsOf(pair, NEAR_KEYS);
      if (!fields) continue;
      const blocksPair = fields.get('blocks');
      const sectionsPair = fields.get('sections');
      const sections = isScalar(sectionsPair?.value) ? sectionsPair.value.value : undefined;
      if (sectionsPair && typeof sections !== 'boolean') {
        problem(sectionsPair.value, 'near.sections', '"near.sections" must be true or false');
      }
      const sharePair = fields.get('everywhereAt');
      const blocks = blocksPair ? number(blocksPair.value, 'near.blocks') : null;
      const everywhereAt = sharePair ? number(sharePair.value, 'near.everywhereAt') : null;
      if (blocks !== null && !Number.isInteger(blocks)) {
        problem(blocksPair?.value, 'near.blocks', '"near.blocks" must be a whole number');
      }
      if (everywhereAt !== null && everywhereAt > 1) {
        problem(
          sharePair?.value,
          'near.everywhereAt',
          '"near.everywhereAt" is a share of the article: between 0 and 1',
        );
      }
      if (blocks !== null && everywhereAt !== null && typeof sections === 'boolean') {
        near = { blocks, sections, everywhereAt };
      }
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
      const name = keyOf(w);
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
  return {
    rule: {
      weights: weights as Record<TopicEvidence, number>,
      onTopicAt,
      ...(mexico ? { mexico } : {}),
      ...(near ? { near } : {}),
    },
    problems,
  };
}
