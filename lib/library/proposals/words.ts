/**
 * A passage as the finder reads it: its words with offsets, whether each is capitalised or an
 * acronym, whether it opens a sentence, and whether a known name covers it. Pure.
 */
import { fold } from '../../text';

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
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    const start = m.index;
    const possessive = POSSESSIVE.test(raw) && raw.length > 3;
    if (possessive) raw = raw.slice(0, -2);
    const end = start + raw.length;
    const uppers = raw.match(UPPER)?.length ?? 0;
    words.push({
      text: raw,
      folded: fold(raw),
      start,
      end,
      capital: CAPITAL.test(raw),
      acronym:
        uppers >= 2 &&
        raw.length <= 9 &&
        (uppers * 2 >= raw.replace(/[-.]/g, '').length || /^\p{Lu}{2,}/u.test(raw)),
      possessive,
      sentenceStart: opensSentence(text, start),
      known: known.some((k) => k.start < end + (possessive ? 2 : 0) && k.end > start),
    });
  }
  return words;
}

function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  let sawQuote = false;
  while (i >= 0 && OPENERS.test(text[i] as string)) {
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
