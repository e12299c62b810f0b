/**
 * Which text blocks of an on-topic page are near its subject (corpus/topic.yaml `near`): those
 * within `blocks` blocks of one naming an entity with evidence, in the same section when
 * `sections` is on (a heading starts a section). Blocks are counted by their order on the page,
 * not by their ordinals, which may have gaps or fractions (a block the page added later gets one
 * between its neighbours').
 */
import type { NearRule } from '../corpus/types';

export interface StoryBlock {
  /** Position on the page: any increasing number. */
  ordinal: number;
  /** Characters of text. */
  length: number;
  /** Topic points of the distinct entities it names (found exactly or by context). */
  points: number;
  /** A heading: it starts a section. */
  heading?: boolean;
}

export interface StoryNearness {
  /** The page is about the subject throughout: generic names are drawn everywhere. */
  everywhere: boolean;
  isNear(ordinal: number): boolean;
}

const EVERYWHERE: StoryNearness = { everywhere: true, isNear: () => true };

/**
 * A block anchors the story when it holds the points a page needs (a decisive name, or two
 * supporting ones), or when its section's blocks within twice the window do: a lone "fentanyl"
 * in an unrelated entry of a live blog anchors nothing. Supporting and generic names are drawn
 * near anchors; decisive ones everywhere.
 */
export function nearEvidence(
  blocks: readonly StoryBlock[],
  rule: NearRule | undefined,
  needed = 1,
): StoryNearness {
  if (!rule) return EVERYWHERE;
  const sorted = [...blocks].sort((a, b) => a.ordinal - b.ordinal);
  const rank = new Map<number, number>();
  const section: number[] = [];
  const evidenceRanks: number[] = [];
  let current = 0;
  sorted.forEach((b, i) => {
    rank.set(b.ordinal, i);
    if (rule.sections && b.heading) current++;
    section.push(current);
  });
  sorted.forEach((b, i) => {
    if (b.points <= 0) return;
    // Twice the window: supporting names two paragraphs apart still make a story.
    const reach = 2 * rule.blocks;
    let points = 0;
    for (let k = Math.max(0, i - reach); k <= i + reach && k < sorted.length; k++) {
      if (section[k] === section[i]) points += (sorted[k] as StoryBlock).points;
    }
    if (b.points >= needed || points >= needed) evidenceRanks.push(i);
  });
  const nearRank = (r: number): boolean => {
    // Binary search for the first evidence at or after r - blocks, then those up to r + blocks.
    let lo = 0;
    let hi = evidenceRanks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((evidenceRanks[mid] as number) < r - rule.blocks) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < evidenceRanks.length; k++) {
      const e = evidenceRanks[k] as number;
      if (e > r + rule.blocks) return false;
      if (section[e] === section[r]) return true;
    }
    return false;
  };
  let total = 0;
  let near = 0;
  sorted.forEach((b, i) => {
    total += b.length;
    if (nearRank(i)) near += b.length;
  });
  if (total > 0 && near / total >= rule.everywhereAt) return EVERYWHERE;
  return {
    everywhere: false,
    isNear: (ordinal) => {
      const r = rank.get(ordinal);
      return r !== undefined && nearRank(r);
    },
  };
}
