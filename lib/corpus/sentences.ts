/**
 * Sentence boundaries, for splitting long paragraphs into passages a reader takes in at a glance.
 * Conservative: when unsure (initials like "U.S.", titles like "Dr."), it does not split.
 */

const BOUNDARY = /[.!?]["”’)\]]*\s+(?=["“‘([¿¡]?[\p{Lu}\d])/gu;
const NO_BREAK_AFTER =
  /(?:^|\s|\()(?:(?:\p{Lu}\.)+|(?:Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|St|No|Jr|Sr|vs|Lt|Col)\.)["”’)\]]*$/u;
/(?:^|\s|\()(?:(?:\p{Lu}\.)+|Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|St|No|Jr|Sr|vs|Lt|Col)\.["”’)\]]*$/u;

/** Offsets (into `text`) where a new sentence starts; never 0. */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].trimEnd().length;
    if (NO_BREAK_AFTER.test(text.slice(Math.max(0, end - 12), end))) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/**
 * Cut `text` into the fewest pieces of at most about `max` characters, at sentence starts,
 * with the pieces as even as the sentences allow. A text without usable boundaries stays whole.
 */
export function splitAtSentences(text: string, max: number): { start: number; end: number }[] {
  if (text.length <= max) return [{ start: 0, end: text.length }];
  const starts = sentenceStarts(text);
  const pieces = Math.ceil(text.length / max);
  const cuts: number[] = [];
  for (let i = 1; i < pieces; i++) {
    const ideal = (text.length * i) / pieces;
    let best: number | undefined;
    for (const s of starts) {
      if (s <= (cuts[cuts.length - 1] ?? 0)) continue;
      if (best === undefined || Math.abs(s - ideal) < Math.abs(best - ideal)) best = s;
    }
    if (best !== undefined && !cuts.includes(best)) cuts.push(best);
  }
  cuts.sort((a, b) => a - b);
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(1).map((end, i) => ({ start: bounds[i] ?? 0, end }));
}
