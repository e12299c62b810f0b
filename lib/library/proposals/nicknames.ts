/**
 * Nicknames in quotes: Joaquín "El Chapo" Guzmán, 'El Ratón', known as "Z-40". A quoted run of
 * one to three capitalised words is a nickname when it sits inside a name, right after one
 * (`Ismael Zambada García, "El Mayo",`), after "known as" / "alias" / "conocido como", or when it
 * carries the article nicknames take in Spanish ("El", "La"). Anything else in quotes is speech.
 */
import { fold } from '../../text';
import { NICKNAME_INTRODUCERS } from './lexicon';

export interface QuotedNickname {
  text: string;
  /** The quoted span, quotes included. */
  start: number;
  end: number;
  /** Introduced by "known as", "alias"…: a nickname even without an article. */
  introduced: boolean;
  /** Where the introducing phrase begins (or the quote, without one). */
  introStart: number;
}

const QUOTED =
  /(["“‘'])(\p{Lu}[\p{L}\p{M}\d-]*(?:\s\p{Lu}[\p{L}\p{M}\d-]*){0,2})([,.]?)(["”’'])(?![\p{L}\p{N}])/gu;
const NICK_ARTICLE = /^(el|la|los|las)\s/;

export function quotedNicknames(text: string): QuotedNickname[] {
  const out: QuotedNickname[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index;
    const before = text[start - 1];
    if (before !== undefined && /[\p{L}\p{N}]/u.test(before)) continue; // an apostrophe in a word
    const inner = m[2] as string;
    const head = fold(text.slice(Math.max(0, start - 24), start)).trimEnd();
    const intro = NICKNAME_INTRODUCERS.filter((p) => head.endsWith(p)).sort(
      (a, b) => b.length - a.length,
    )[0];
    const introduced = intro !== undefined;
    const folded = fold(inner);
    if (!introduced && !NICK_ARTICLE.test(`${folded} `) && !/\d/.test(inner)) {
      // Without an introducer or an article, only a quote inside or right after a name counts.
      if (!/\p{Lu}[\p{L}\p{M}]*,?\s$/u.test(text.slice(Math.max(0, start - 30), start))) continue;
    }
    let introStart = start;
    if (intro !== undefined) {
      const lower = text.slice(0, start).toLowerCase();
      const at = fold(lower).lastIndexOf(intro);
      introStart = at >= 0 && at <= start ? at : start;
    }
    out.push({ text: inner, start, end: start + m[0].length, introduced, introStart });
  }
  return out;
}
