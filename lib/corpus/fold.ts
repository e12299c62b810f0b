/**
 * Folding for comparisons inside the corpus build (alias collisions, mention search, search
 * index): accents, case and curly quotes must not make two spellings of a name differ.
 * Same rules as the matcher's normalisation, without its offset bookkeeping.
 */

const COMBINING = /\p{M}/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\uff07`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u2e3a\u2e3b]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\u180e]/g;

/** "Cártel de Sinaloa’s" → "cartel de sinaloa's". White space runs become one space. */
export function fold(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ');
}

/** Letters and digits in any script: what counts as "inside a word" for whole-word search. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Does `needle` occur in `haystack` as whole words? Both must already be folded. A match may not
 * be glued to a letter or digit on either side ("pan" is not found in "panel").
 */
export function containsWholeWord(haystack: string, needle: string): boolean {
  return countWholeWord(haystack, needle) > 0;
}

/** Number of whole-word occurrences of `needle` in `haystack` (both folded). */
export function countWholeWord(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return count;
    const before = at > 0 ? haystack[at - 1] : undefined;
    const after = haystack[at + needle.length];
    const startsWord = !WORD_CHAR.test(needle[0] ?? '') || !before || !WORD_CHAR.test(before);
    const endsWord =
      !WORD_CHAR.test(needle[needle.length - 1] ?? '') || !after || !WORD_CHAR.test(after);
    if (startsWord && endsWord) {
      count++;
      from = at + needle.length;
    } else from = at + 1;
  }
}
