/**
 * How well a passage explains an entity, for the order of excerpts on its card. Favours passages
 * that name the entity often (with diminishing returns), by its full name rather than a short
 * alias, under a heading that names it, densely for their length, and those its summary cites.
 */
import type { PassageMentions } from './mentions';
import type { Passage, RankedPassage } from './types';

/** How often and how an entity is named in one passage: what relevance needs of a mention. */
export type MentionCounts = Pick<PassageMentions, 'count' | 'byName' | 'inHeading'>;

export function relevance(
  mention: MentionCounts,
  passage: Pick<Passage, 'text'>,
  cited: boolean,
): number {
  const weighted = mention.count + 0.5 * mention.byName;
  const frequency = Math.log2(1 + weighted);
  const heading = mention.inHeading ? 0.75 : 0;
  // One mention in 400 characters counts as dense; a long passage that names it once, less so.
  const density = 0.5 * Math.min(1, (mention.count * 400) / Math.max(200, passage.text.length));
  const citation = cited ? 1 : 0;
  return Math.round((frequency + heading + density + citation) * 1000) / 1000;
}

/**
 * The entity's passages, best first; ties keep corpus order. Cited passages are always included,
 * even if the simple mention search missed them.
 */
export function rankPassages(
  mentions: readonly PassageMentions[],
  cites: readonly string[],
  passages: ReadonlyMap<string, { passage: Passage; order: number }>,
): RankedPassage[] {
  const rows = new Map<string, PassageMentions>(mentions.map((m) => [m.passageId, m]));
  for (const cite of cites) {
    if (!rows.has(cite)) {
      rows.set(cite, { passageId: cite, count: 0, byName: 0, inHeading: false, spans: [] });
    }
  }
  const cited = new Set(cites);
  return [...rows.values()]
    .flatMap((m) => {
      const entry = passages.get(m.passageId);
      if (!entry) return [];
      return [
        {
          passageId: m.passageId,
          score: relevance(m, entry.passage, cited.has(m.passageId)),
          order: entry.order,
        },
      ];
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ passageId, score }) => ({ passageId, score }));
}
