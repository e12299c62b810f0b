/**
 * From a run of capitalised words to what it names, if anything: the sentence's first word, a
 * title ("Secretary of State"), a demonym ("Mexican") and a known name come off; a run of
 * nothing else names nothing ("The President", "The Mexican"). Pure.
 */
import {
  COMMON_ACRONYMS,
  DEMONYMS,
  GENERIC_NAMES,
  MONTHS_AND_DAYS,
  PARTICLES,
  PLACE_CUES,
  SENTENCE_STARTERS,
  SETTING,
  TITLE_QUALIFIERS,
  TITLES,
} from './lexicon';
import { isHead, type Run } from './runs';
import type { Word } from './words';

/** One sighting of a possible name in a passage. */
export interface Observation {
  /** As written, from its first kept word to its last. */
  text: string;
  /** Its words, folded. */
  words: string[];
  nicknames: string[];
  acronyms: string[];
  isNickname: boolean;
  /** A lone word that opens a sentence: a name only if the article also writes it elsewhere. */
  weak: boolean;
  before: string;
  passage: number;
}

const isTitle = (w: Word) => TITLES.has(w.folded) && !w.text.toLowerCase().startsWith('secretaría');
const isQualifier = (w: Word) => TITLE_QUALIFIERS.has(w.folded) || SETTING.has(w.folded);

export function observe(text: string, run: Run, passage: number): Observation[] {
  let words = run.words.slice();
  // The sentence's first word, when it is a common word: "However", "Según", "The", "In".
  while (
    words.length > 0 &&
    (words[0] as Word).sentenceStart &&
    SENTENCE_STARTERS.has((words[0] as Word).folded) &&
    !run.isNickname &&
    !(words.length > 2 && isCapitalParticleStart(words))
  ) {
    words = dropParticles(words.slice(1));
  }
  // "Elementos de la Secretaría de Marina", "Albergues de Tijuana": a sentence's first word
  // joined by a particle to a name is a common noun, unless it is a name's head word.
  if (
    words.length > 2 &&
    (words[0] as Word).sentenceStart &&
    !isHead(words[0] as Word) &&
    !isTitle(words[0] as Word) &&
    !PARTICLES.has((words[0] as Word).folded) &&
    !PLACE_CUES.has((words[0] as Word).folded) &&
    PARTICLES.has((words[1] as Word).folded) &&
    !(words[1] as Word).capital &&
    !run.isNickname
  ) {
    words = dropParticles(words.slice(1));
  }
  while (words.length > 0 && DEMONYMS.has((words[0] as Word).folded)) {
    words = dropParticles(words.slice(1));
  }
  if (words.length === 0) return [];
  const out: Observation[] = [];
  // A known name breaks the run, unless the run is an institution's or a law's name that holds
  // it ("Universidad Autónoma de Sinaloa", "Fentanyl Sanctions Act").
  const headed = words.some((w) => !w.known && isHead(w));
  const parts = headed && words.some((w) => !w.known) ? [words] : splitAtKnown(words);
  for (const part of parts) {
    for (const piece of splitTitles(part)) {
      const o = toObservation(text, piece, run, passage);
      if (o) out.push(o);
    }
  }
  return out;
}

function isCapitalParticleStart(words: readonly Word[]): boolean {
  const [a, b, c] = words as [Word, Word, Word];
  return (
    (a.folded === 'de' || a.folded === 'del') &&
    a.capital &&
    (b.folded === 'la' || b.folded === 'los' || b.capital) &&
    c.capital
  );
}

function dropParticles(words: Word[]): Word[] {
  let i = 0;
  while (
    i < words.length &&
    PARTICLES.has((words[i] as Word).folded) &&
    !(words[i] as Word).capital
  )
    i++;
  return words.slice(i);
}

/** A name begins and ends with a capitalised word: lower-case words at its edges come off. */
function trimParticles(words: Word[]): Word[] {
  let i = 0;
  while (i < words.length && !(words[i] as Word).capital && !(words[i] as Word).acronym) i++;
  const w = words.slice(i);
  let j = w.length;
  while (j > 0 && !(w[j - 1] as Word).capital && !(w[j - 1] as Word).acronym) j--;
  return w.slice(0, j);
}

function splitAtKnown(words: Word[]): Word[][] {
  const parts: Word[][] = [];
  let cur: Word[] = [];
  for (const w of words) {
    if (w.known) {
      if (cur.length > 0) parts.push(cur);
      cur = [];
    } else cur.push(w);
  }
  if (cur.length > 0) parts.push(cur);
  return parts.map(trimParticles).filter((p) => p.length > 0);
}

/**
 * "Secretary of State Marco Rubio" → "Marco Rubio"; "FBI Director Kash Patel" → "FBI" and
 * "Kash Patel"; "Attorney General's Office" and "Fiscalía General de la República" stay whole
 * (an institution's head word is in them, or the title is not where the run begins).
 */
function splitTitles(words: Word[]): Word[][] {
  const first = words.findIndex(isTitle);
  if (first < 0 || words.some((w, i) => i > first && isHead(w))) return [words];
  const prefix = words.slice(0, first);
  const prefixIsTitleWords = prefix.every(isQualifier);
  const prefixAlone = prefix.length === 1 && (prefix[0] as Word).acronym;
  if (!prefixIsTitleWords && !prefixAlone) return [words];
  let i = first;
  while (
    i < words.length &&
    (isTitle(words[i] as Word) ||
      isQualifier(words[i] as Word) ||
      PARTICLES.has((words[i] as Word).folded))
  ) {
    i++;
  }
  const rest = trimParticles(words.slice(i));
  const out: Word[][] = [];
  if (prefixAlone) out.push(prefix);
  if (rest.length > 0) out.push(rest);
  return out;
}

function toObservation(text: string, words: Word[], run: Run, passage: number): Observation | null {
  if (words.length === 0) return null;
  const folded = words.map((w) => w.folded);
  const whole = folded.join(' ');
  if (SETTING.has(whole)) return null;
  const only = words[0] as Word;
  if (words.length === 1) {
    const f = only.folded;
    if (only.acronym ? COMMON_ACRONYMS.has(f) : false) return null;
    if (
      MONTHS_AND_DAYS.has(f) ||
      TITLES.has(f) ||
      TITLE_QUALIFIERS.has(f) ||
      GENERIC_NAMES.has(f) ||
      DEMONYMS.has(f) ||
      (SENTENCE_STARTERS.has(f) && !only.acronym) ||
      f.length < 2
    ) {
      return null;
    }
  } else if (
    words.every(
      (w) => isTitle(w) || isQualifier(w) || DEMONYMS.has(w.folded) || PARTICLES.has(w.folded),
    )
  ) {
    return null;
  }
  return {
    text: spelled(text, words),
    words: folded,
    nicknames: run.nicknames,
    acronyms: run.acronyms,
    isNickname: run.isNickname,
    weak: words.length === 1 && only.sentenceStart && !only.acronym && !run.isNickname,
    before: only === run.words[0] ? run.before : '',
    passage,
  };
}

/** The words as written, with what stood between them, except a nickname's quotes. */
function spelled(text: string, words: readonly Word[]): string {
  let out = (words[0] as Word).text;
  for (let i = 1; i < words.length; i++) {
    const gap = text.slice((words[i - 1] as Word).end, (words[i] as Word).start);
    out += (/["“”‘’']/.test(gap) ? ' ' : gap) + (words[i] as Word).text;
  }
  return out;
}
