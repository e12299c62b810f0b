/**
 * Is this page about US–Mexico security, and where on it? Frontera draws nothing on a page that
 * is not: most articles on a news site are about something else, and underlining "migration" or
 * "China" there is noise. Each distinct entity found (exactly or by a context rule) brings the
 * points of its evidence (corpus/topic.yaml); typo-tolerant guesses bring none, since a guess is
 * not evidence. Supporting names count only on a page that places the story in Mexico, and on
 * a page that is on topic, generic names are drawn only near the evidence (near.ts). Pure: no
 * DOM, no `browser.*`.
 */
import type { NearRule, ScanData, TopicEvidence, TopicRule } from '../corpus/types';
import type { MatchMethod } from '../match';
import { createMexicoWords } from './mexico-words';

export { blockPoints, type DrawBlock, drawnPerBlock, isEvidence } from './draw';
export { nearEvidence, type StoryBlock, type StoryNearness } from './near';

export interface TopicState {
  onTopic: boolean;
  /** Points the page has (see TopicRule). */
  score: number;
  /** Points it needs; 0 when the knowledge base has no rule (every page is on topic). */
  needed: number;
}

/** What finding one entity says of the page's topic. */
export interface EntityEvidence {
  /** Points it brings (0: a generic name). */
  points: number;
  /** Its points count only on a page placed in Mexico (a supporting name). */
  needsMexico: boolean;
  /** Finding it places the page in Mexico (a Mexican place, institution or official). */
  placesInMexico: boolean;
}

type Found = { entityId: string; method: MatchMethod };

export interface TopicJudge {
  /**
   * The page's state given every mention found on it so far; `text` (the page's text, or a flag
   * saying whether it names Mexico) lets supporting names count.
   */
  judge(mentions: Iterable<Found>, text?: string | boolean): TopicState;
  /** Points one entity brings (0 for an unknown id). */
  points(entityId: string): number;
  evidence(entityId: string): EntityEvidence;
  /** Whether the text names Mexico (corpus/topic.yaml `mexico.words`). */
  namesMexico(text: string): boolean;
  /** Where generic names are drawn; undefined: everywhere on an on-topic page. */
  readonly near: NearRule | undefined;
  /** Points a page needs (0: no rule). */
  readonly needed: number;
}

const NO_EVIDENCE: EntityEvidence = { points: 0, needsMexico: false, placesInMexico: false };

/** The score of the distinct entities found, supporting names counted only when placed in Mexico. */
export function topicScore(found: Iterable<EntityEvidence>, namesMexico: boolean): number {
  const list = [...found];
  const placed = namesMexico || list.some((e) => e.placesInMexico);
  let score = 0;
  for (const e of list) if (placed || !e.needsMexico) score += e.points;
  return score;
}

export function createTopicJudge(scan: Pick<ScanData, 'entities' | 'topic'>): TopicJudge {
  const rule: TopicRule | undefined = scan.topic;
  const byId = new Map<string, EntityEvidence>();
  const mexicoIds = new Set(rule?.mexico?.entities ?? []);
  const words = createMexicoWords(rule?.mexico?.words ?? []);
  if (rule) {
    for (const e of scan.entities) {
      const evidence = (e.evidence ?? 'none') as TopicEvidence;
      const points = rule.weights[evidence] ?? 0;
      const needsMexico = Boolean(rule.mexico) && evidence === 'supporting';
      const placesInMexico = mexicoIds.has(e.id);
      if (points > 0 || placesInMexico) byId.set(e.id, { points, needsMexico, placesInMexico });
    }
  }
  const evidence = (id: string) => byId.get(id) ?? NO_EVIDENCE;
  return {
    points: (id) => evidence(id).points,
    evidence,
    namesMexico: (text) => words.test(text),
    near: rule?.near,
    needed: rule?.onTopicAt ?? 0,
    judge(mentions, text) {
      if (!rule) return { onTopic: true, score: 0, needed: 0 };
      const counted = new Map<string, EntityEvidence>();
      for (const m of mentions) {
        if (m.method === 'fuzzy' || counted.has(m.entityId)) continue;
        counted.set(m.entityId, evidence(m.entityId));
      }
      const names = typeof text === 'boolean' ? text : typeof text === 'string' && words.test(text);
      const score = topicScore(counted.values(), names || !rule.mexico);
      return { onTopic: score >= rule.onTopicAt, score, needed: rule.onTopicAt };
    },
  };
}

/**
 * `textContent` joins blocks without a space ("…said SheinbaumThe next day…"): for the topic
 * check only, a lower-case letter followed by a capital is taken as a word break.
 */
export function separateGluedWords(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}
