/**
 * A passage as the finder reads it: its words with offsets, whether each is capitalised or an
 * acronym, whether it opens a sentence, and whether a known name covers it. Pure.
 */
import { fold } from '../../text';
import { PARTICLES, SENTENCE_STARTERS } from './lexicon';

export interface Word {
  /** As written, a possessive "'s" taken off. */
  text: string;
  folded: string;
  start: number;
  end: number;
  capital: boolean;
  acronym: boolean;
  /** Ended by "'s" / "’s": a name ends here ("Guzmán's sons"). */
  possessive: boolean;
  /** The first word of a sentence (or of a quotation): its capital says nothing. */
  sentenceStart: boolean;
  /** Inside a known mention: never part of a proposal, but a name may be built around it. */
  known: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’.&](?=[\p{L}\p{N}]))*/gu;
const CAPITAL = /^\p{Lu}/u;
const UPPER = /\p{Lu}/gu;
const POSSESSIVE = /['’]s$/i;
/** What may stand between a sentence's end and its next word: space, quotes, brackets, dashes. */
const OPENERS = /[\s"“”'‘’«(¿¡[—–-]/u;
const ENDERS = /[.!?:;…]/u;

export function wordsOf(text: string, known: readonly { start: number; end: number }[]): Word[] {
  const words: Word[] = [];
  const mentions = known.length > 1 ? [...known].sort((a, b) => a.start - b.start) : known;
  let k = 0;
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    const start = m.index;
    const possessive = raw.length > 3 && POSSESSIVE.test(raw);
    if (possessive) raw = raw.slice(0, -2);
    const end = start + raw.length;
    const capital = CAPITAL.test(raw);
    let acronym = false;
    if (capital) {
      const uppers = raw.match(UPPER)?.length ?? 0;
      acronym =
        uppers >= 2 &&
        raw.length <= 9 &&
        (uppers * 2 >= raw.replace(/[-.]/g, '').length || /^\p{Lu}{2,}/u.test(raw));
    }
    // Mentions come in order: skip those that end before this word.
    const reach = end + (possessive ? 2 : 0);
    while (k < mentions.length && (mentions[k] as { end: number }).end <= start) k++;
    const mention = mentions[k];
    words.push({
      text: raw,
      // Lower-case words matter only as particles and connectors (ASCII): no fold for them.
      folded: capital ? fold(raw) : raw.toLowerCase(),
      start,
      end,
      capital,
      acronym,
      possessive,
      sentenceStart: capital && opensSentence(text, start),
      known: mention !== undefined && mention.start < reach && mention.end > start,
    });
  }
  unshout(text, words);
  return words;
}

const LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;

/**
 * Words in capitals that are not acronyms: a headline or a dateline in capitals ("MEXICO CITY
 * (Wire) —", "TROOPS ON MEXICAN SOIL"), a long word in capitals ("AUSTIN"), a common word
 * ("AND", "EN"). They are read as lower-case words: their capitals say nothing.
 */
function unshout(text: string, words: Word[]): void {
  const caps = words.map(
    (w) => w.capital && !LOWER.test(w.text) && (w.text.match(LETTERS)?.length ?? 0) >= 2,
  );
  const letters = (w: Word) => w.text.match(LETTERS)?.length ?? 0;
  const shouted = words.map(
    (w, i) =>
      caps[i] === true &&
      (letters(w) >= 6 || SENTENCE_STARTERS.has(w.folded) || PARTICLES.has(w.folded)),
  );
  for (let i = 0; i < words.length; ) {
    if (!caps[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < words.length &&
      caps[j] &&
      /^[\s,]+$/.test(text.slice((words[j - 1] as Word).end, (words[j] as Word).start))
    )
      j++;
    if (j - i >= 2 && words.slice(i, j).some((w) => letters(w) >= 4)) {
      for (let k = i; k < j; k++) shouted[k] = true;
    }
    i = j;
  }
  words.forEach((w, i) => {
    if (shouted[i]) {
      w.capital = false;
      w.acronym = false;
      w.sentenceStart = false;
    }
  });
}

function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  let sawQuote = false;
  while (i >= 0 && OPENERS.test(text[i] as string)) {
    // A line break ends a block: a headline or a paragraph joined into one passage has no stop.
    if (text[i] === '\n') return true;
    if (/["“«‘]/u.test(text[i] as string)) sawQuote = true;
    i--;
  }
  if (i < 0) return true;
  return ENDERS.test(text[i] as string) || sawQuote;
}

/**
 * A headline in title case ("Sinaloa Cartel Co-Founder Pleads Guilty in Brooklyn"): its capitals
 * are style, not names, so the finder reads nothing in it.
 */
export function isTitleCase(text: string, words: readonly Word[]): boolean {
  // A headline has no full stop; a sentence that happens to hold three names has one.
  if (words.length > 24 || /[.…]["”’)]?\s*$/.test(text)) return false;
  const long = words.filter((w) => w.text.length >= 4 && !w.acronym);
  if (long.length < 3) return false;
  return long.filter((w) => w.capital).length / long.length >= 0.6;
}
