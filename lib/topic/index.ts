/**
 * Is this page about US–Mexico security? Frontera draws nothing on a page that is not: most
 * articles on a news site are about something else, and underlining "migration" or "China"
 * there is noise. Each distinct entity found (exactly or by a context rule) brings the points
 * of its evidence (corpus/topic.yaml); typo-tolerant guesses bring none, since a guess is not
 * evidence. Pure: no DOM, no `browser.*`.
 */
import type { ScanData, TopicEvidence, TopicRule } from '../corpus/types';
import type { MatchMethod } from '../match';

export interface TopicState {
  onTopic: boolean;
  /** Points the page has (see TopicRule). */
  score: number;
  /** Points it needs; 0 when the knowledge base has no rule (every page is on topic). */
  needed: number;
}

export interface TopicJudge {
  /** The page's state given every mention found on it so far. */
  judge(mentions: Iterable<{ entityId: string; method: MatchMethod }>): TopicState;
  /** Points one entity brings (0 for an unknown id). */
  points(entityId: string): number;
}

export function createTopicJudge(scan: Pick<ScanData, 'entities' | 'topic'>): TopicJudge {
  const rule: TopicRule | undefined = scan.topic;
  const points = new Map<string, number>();
  if (rule) {
    for (const e of scan.entities) {
      const w = rule.weights[(e.evidence ?? 'none') as TopicEvidence] ?? 0;
      if (w > 0) points.set(e.id, w);
    }
  }
  return {
    points: (id) => points.get(id) ?? 0,
    judge(mentions) {
      if (!rule) return { onTopic: true, score: 0, needed: 0 };
      const counted = new Set<string>();
      let score = 0;
      for (const m of mentions) {
        if (m.method === 'fuzzy' || counted.has(m.entityId)) continue;
        counted.add(m.entityId);
        score += points.get(m.entityId) ?? 0;
      }
      return { onTopic: score >= rule.onTopicAt, score, needed: rule.onTopicAt };
    },
  };
}

/** What a page shows: every mention when it is on topic, none when it is not. */
export function onTopicOnly<M extends { entityId: string; method: MatchMethod }>(
  mentions: M[],
  judge: TopicJudge,
): M[] {
  return judge.judge(mentions).onTopic ? mentions : [];
}

/**
 * `textContent` joins blocks without a space ("…said SheinbaumThe next day…"): for the topic
 * check only, a lower-case letter followed by a capital is taken as a word break.
 */
export function separateGluedWords(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}
