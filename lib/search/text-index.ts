/**
 * Word-level search over the folded texts of search.json (passages, entity summaries).
 *
 * Fuse's bitap over every passage costs ~25 ms a keystroke on the bundled corpus (70k
 * characters, and it grows with the corpus), so long texts are searched by word instead: each
 * query word is looked up in the corpus vocabulary — exactly, as a prefix (the reader is still
 * typing it), or, when neither finds it, with fuse.js over the vocabulary (a misspelling like
 * "Sheinbuam"). Documents containing every query word (stop words optional) are hits.
 * Pure: no DOM, no `browser.*`.
 */
import Fuse from 'fuse.js';
import { createLetterPairIndex, type LetterPairIndex, wordSpans } from '../text';

/** Words a query may contain without requiring them in the text ("cartel de sinaloa"). */
const STOP_WORDS = new Set(
  (
    'a an and as at by for from in is it of on or the to with ' +
    'al con de del el en la las lo los o para por que se su un una y'
  ).split(' '),
);

/** How far a word may be from the query's word: Fuse's score scale (0.34 ≈ one typo in three letters). */
const FUZZY_THRESHOLD = 0.34;

export interface WordMatch {
  word: string;
  /** 1 exact, 0.9 prefix, lower for fuzzy (1 − Fuse score, scaled). */
  weight: number;
}

export interface TextHit {
  doc: number;
  /** Share of the query's required words the text contains (1 = all). */
  coverage: number;
  /** 0 best … 1 worst, comparable to Fuse scores. */
  score: number;
  /** The query, folded, occurs verbatim in the text. */
  phrase: boolean;
  /** Vocabulary words that matched, for highlighting. */
  words: Set<string>;
}

export interface TextIndex {
  /** Docs (indices into the texts given) that contain a query word, scored. */
  search(foldedQuery: string, only?: (doc: number) => boolean): TextHit[];
  /** Fuse-style inclusive [start, end] indices of `words` in text `doc`. */
  indicesOf(doc: number, words: ReadonlySet<string>): [number, number][];
  readonly vocabularySize: number;
}

export function createTextIndex(texts: readonly string[]): TextIndex {
  const postings = new Map<string, number[]>();
  texts.forEach((text, doc) => {
    for (const { word } of wordSpans(text)) {
      const list = postings.get(word);
      if (!list) postings.set(word, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  });
  const vocabulary = [...postings.keys()].sort();
  // Letter pairs → vocabulary words, built on the first misspelling (most searches never need
  // it): only the few words that share enough pairs with the token go to fuse.js.
  let pairs: LetterPairIndex | null = null;
  const fuzzyWords = (token: string) => {
    pairs ??= createLetterPairIndex(vocabulary.map((w) => [w]));
    const candidates = pairs
      .candidates(token, Math.floor(FUZZY_THRESHOLD * token.length), 500)
      .map((i) => vocabulary[i] as string);
    if (candidates.length === 0) return [];
    return new Fuse(candidates, {
      includeScore: true,
      threshold: FUZZY_THRESHOLD,
      ignoreLocation: true,
      isCaseSensitive: true,
    }).search(token, { limit: 12 });
  };

  function prefixRange(token: string): string[] {
    // Binary search for the first word >= token, then walk while words start with it.
    let lo = 0;
    let hi = vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((vocabulary[mid] ?? '') < token) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let k = lo; k < vocabulary.length && vocabulary[k]?.startsWith(token); k++) {
      out.push(vocabulary[k] as string);
    }
    return out;
  }

  // Typing "aranceles t", "aranceles tr", … looks "aranceles" up on every keystroke: remember
  // the last few words' matches (the vocabulary never changes).
  const memo = new Map<string, WordMatch[]>();
  function matchesFor(token: string): WordMatch[] {
    const known = memo.get(token);
    if (known) return known;
    const found = lookUp(token);
    if (memo.size >= 256) memo.delete(memo.keys().next().value as string);
    memo.set(token, found);
    return found;
  }

  function lookUp(token: string): WordMatch[] {
    // A word of one or two letters is taken as typed: as a prefix it would match a good part
    // of the vocabulary ("Claudia S…" while the reader is still typing "Sheinbaum").
    if (token.length < 3) return postings.has(token) ? [{ word: token, weight: 1 }] : [];
    const out: WordMatch[] = [];
    for (const w of prefixRange(token)) out.push({ word: w, weight: w === token ? 1 : 0.9 });
    if (out.length > 0 || token.length < 4) return out;
    for (const r of fuzzyWords(token)) {
      out.push({ word: r.item, weight: 0.85 * (1 - (r.score ?? 1)) });
    }
    return out;
  }

  return {
    vocabularySize: vocabulary.length,
    search(q, only) {
      const tokens = wordSpans(q).map((t) => t.word);
      if (tokens.length === 0) return [];
      const required = tokens.filter((t) => !STOP_WORDS.has(t));
      const counted = required.length ? required : tokens;
      // Per document: best weight per counted token, and the words that matched.
      const best = new Map<number, { weights: number[]; words: Set<string> }>();
      counted.forEach((token, ti) => {
        for (const m of matchesFor(token)) {
          for (const doc of postings.get(m.word) ?? []) {
            if (only && !only(doc)) continue;
            let entry = best.get(doc);
            if (!entry) {
              entry = { weights: new Array(counted.length).fill(0), words: new Set() };
              best.set(doc, entry);
            }
            if (m.weight > (entry.weights[ti] ?? 0)) entry.weights[ti] = m.weight;
            entry.words.add(m.word);
          }
        }
      });
      const hits: TextHit[] = [];
      for (const [doc, { weights, words }] of best) {
        const found = weights.filter((w) => w > 0).length;
        const coverage = found / counted.length;
        // Multi-word queries: a text with only some of the words is a weak hit, kept only
        // when it has at least half of them.
        if (coverage < 0.5) continue;
        const mean = weights.reduce((a, b) => a + b, 0) / counted.length;
        hits.push({
          doc,
          coverage,
          score: 1 - mean,
          phrase: (texts[doc] ?? '').includes(q),
          words,
        });
      }
      return hits;
    },
    indicesOf(doc, words) {
      const out: [number, number][] = [];
      for (const t of wordSpans(texts[doc] ?? '')) {
        if (words.has(t.word)) out.push([t.start, t.end - 1]);
      }
      return out;
    },
  };
}
