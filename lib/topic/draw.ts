/**
 * What a page draws, given the mentions found in each of its text blocks in reading order: nothing
 * unless the page is on topic, and generic names only near the evidence. The content script
 * applies the same rule as its answers come in (lib/page/story.ts); this is the whole-text form
 * the command line, the library and the evaluations use.
 */
import type { MatchMethod } from '../match';
import type { TopicJudge } from './index';
import { nearEvidence } from './near';

export interface DrawBlock<M> {
  text: string;
  mentions: readonly M[];
  /** A heading (it starts a section); unknown for plain text. */
  heading?: boolean;
}

type Found = { entityId: string; method: MatchMethod };

/** True when a mention is evidence of the subject (a guess never is). */
export const isEvidence = (judge: TopicJudge, m: Found): boolean =>
  m.method !== 'fuzzy' && judge.points(m.entityId) > 0;

/** Topic points of the distinct entities among these mentions (guesses bring none). */
export function blockPoints(mentions: readonly Found[], points: (id: string) => number): number {
  const seen = new Set<string>();
  let sum = 0;
  for (const m of mentions) {
    if (m.method === 'fuzzy' || seen.has(m.entityId)) continue;
    seen.add(m.entityId);
    sum += points(m.entityId);
  }
  return sum;
}

export function drawnPerBlock<M extends Found>(
  blocks: readonly DrawBlock<M>[],
  judge: TopicJudge,
): M[][] {
  const all = blocks.flatMap((b) => b.mentions);
  const mexico = blocks.some((b) => judge.namesMexico(b.text));
  if (!judge.judge(all, mexico).onTopic) return blocks.map(() => []);
  const story = nearEvidence(
    blocks.map((b, i) => ({
      ordinal: i,
      length: b.text.length,
      points: blockPoints(b.mentions, judge.points),
      heading: b.heading,
    })),
    judge.near,
    judge.needed,
  );
  if (story.everywhere) return blocks.map((b) => [...b.mentions]);
  // Decisive names everywhere; supporting and generic ones near the story.
  return blocks.map((b, i) =>
    story.isNear(i)
      ? [...b.mentions]
      : b.mentions.filter((m) => judge.points(m.entityId) >= judge.needed),
  );
}
