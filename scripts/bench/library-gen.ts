/**
 * A generated reader's library for `npm run bench:library` (issue 9): deterministic (seeded), so
 * every run measures the same library.
 *
 * - Names: `count` invented two-word names ("Talvoren Quiscamba"), built from syllables, all
 *   distinct once folded, none of whose words is a frequent English or Spanish word or a word of
 *   a corpus alias, so none clashes with the knowledge base (addName would refuse a clash). Nor
 *   is any word within the typo pass's reach of a word of a typo-tolerant alias: with an empty
 *   library a page naming them must show no mention the library would not (a "Sheinbaux").
 * - Articles: ~750 words each (500–1,000), in paragraphs of 40–110 words. Words are drawn from
 *   the bundled corpus's own passages (its frequencies, its domain) mixed with frequent English
 *   words; sentences name corpus entities (by a context-free alias) and the reader's names. The
 *   reader's names are picked with a skew, so a few are mentioned in hundreds of passages (the
 *   heavy cards) and most in a few. Most articles open with a decisive corpus name, so they are
 *   on topic and keep their bundled mentions, as saved news about the topic would.
 */
import type { CorpusData, EntityType, ScanData } from '../../lib/corpus/types';
import { editDistance, fold } from '../../lib/text';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface GeneratedName {
  name: string;
  type: EntityType;
}

export interface GeneratedArticle {
  url: string;
  title: string;
  site: string;
  byline: string | null;
  language: 'en' | 'es' | null;
  publishedAt: string | null;
  texts: string[];
  extraction: string;
  words: number;
}

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'qu', 'r', 's', 't', 'v', 'z', 'br'];
const ONSETS_2 = ['tr', 'cl', 'gr', 'st', 'x', 'h', 'k', 'j', 'ch', 'pl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ei'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'rt', 'nd', 'x'];
const NAME_TYPES: EntityType[] = ['person', 'person', 'person', 'organization', 'place'];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)] as T;
}

function word(rand: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) {
    w += pick(rand, rand() < 0.75 ? ONSETS : ONSETS_2) + pick(rand, VOWELS);
    if (i === syllables - 1 || rand() < 0.3) w += pick(rand, CODAS);
  }
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** The folded words the knowledge base already uses (its aliases), and every frequent word. */
export function takenWords(scan: ScanData, frequent: Iterable<string>): Set<string> {
  const taken = new Set(frequent);
  for (const a of scan.aliases) for (const w of fold(a.text).split(/[^a-z0-9]+/)) taken.add(w);
  return taken;
}

/** The words of typo-tolerant aliases, by first letter (the typo pass keeps the first letter). */
function fuzzyAliasWords(scan: ScanData): Map<string, string[]> {
  const byFirst = new Map<string, string[]>();
  for (const a of scan.aliases) {
    if (!a.fuzzy) continue;
    for (const w of fold(a.text).split(/[^a-z0-9]+/)) {
      if (w.length < 3) continue;
      const list = byFirst.get(w.charAt(0)) ?? [];
      list.push(w);
      byFirst.set(w.charAt(0), list);
    }
  }
  return byFirst;
}

/** Within two edits of a typo-tolerant alias word (more than the typo pass ever allows). */
function nearAlias(word: string, near: ReadonlyMap<string, string[]>): boolean {
  return (near.get(word.charAt(0)) ?? []).some((w) => editDistance(word, w, 2) <= 2);
}

export function generateNames(
  count: number,
  taken: ReadonlySet<string>,
  scan: ScanData,
  seed = 9,
): GeneratedName[] {
  const rand = rng(seed);
  const near = fuzzyAliasWords(scan);
  const seen = new Set<string>();
  const out: GeneratedName[] = [];
  while (out.length < count) {
    const first = word(rand, 2 + Math.floor(rand() * 2));
    const last = word(rand, 2 + Math.floor(rand() * 2));
    const f = fold(first);
    const l = fold(last);
    const key = `${f} ${l}`;
    if (f.length < 4 || l.length < 4 || taken.has(f) || taken.has(l) || seen.has(key)) continue;
    if (nearAlias(f, near) || nearAlias(l, near)) continue;
    seen.add(key);
    out.push({ name: `${first} ${last}`, type: pick(rand, NAME_TYPES) });
  }
  return out;
}

/** What an article can name: context-free aliases of the corpus, the decisive ones apart. */
function corpusNames(scan: ScanData): { any: string[]; decisive: string[] } {
  const decisiveIds = new Set(
    scan.entities.filter((e) => e.evidence === 'decisive').map((e) => e.id),
  );
  const free = scan.aliases.filter((a) => !a.context && a.text.length >= 3);
  return {
    any: free.map((a) => a.text),
    decisive: free.filter((a) => decisiveIds.has(a.entityId)).map((a) => a.text),
  };
}

/** The corpus passages' words (with their frequencies) and frequent English words. */
export function vocabulary(corpus: CorpusData, frequent: readonly string[]): string[] {
  const words: string[] = [];
  for (const p of corpus.passages) {
    for (const w of p.text.match(/\p{L}{2,}/gu) ?? []) words.push(w.toLowerCase());
  }
  return [...words, ...frequent.filter((w) => /^\p{L}{2,}$/u.test(w)).slice(0, 3000)];
}

export interface ArticleSource {
  vocab: readonly string[];
  names: readonly GeneratedName[];
  scan: ScanData;
}

const SITES = ['El Diario', 'The Border Post', 'Reforma', 'Noticias del Norte', 'Wire Service'];

/** Zipf-like pick: index 0 most often, the tail rarely. */
function skewed(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * rand() ** 3));
}

function sentence(rand: () => number, src: ArticleSource, named: ReturnType<typeof corpusNames>) {
  const len = 10 + Math.floor(rand() * 16);
  const words: string[] = [];
  for (let i = 0; i < len; i++) words.push(pick(rand, src.vocab));
  if (rand() < 0.35) words.splice(Math.floor(rand() * len), 0, pick(rand, named.any));
  if (src.names.length > 0 && rand() < 0.3) {
    const n = src.names[skewed(rand, src.names.length)] as GeneratedName;
    words.splice(Math.floor(rand() * len), 0, n.name);
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function generateArticle(src: ArticleSource, i: number, seed = 1): GeneratedArticle {
  const rand = rng(seed * 100_003 + i);
  const named = corpusNames(src.scan);
  const target = 500 + Math.floor(rand() * 501);
  const texts: string[] = [];
  let words = 0;
  const onTopic = rand() < 0.85;
  while (words < target) {
    const want = 40 + Math.floor(rand() * 71);
    const sentences: string[] = [];
    let n = 0;
    if (texts.length === 0 && onTopic) {
      const lead = `${pick(rand, named.decisive)} ${pick(rand, src.vocab)} ${pick(rand, src.vocab)}.`;
      sentences.push(lead);
      n += lead.split(' ').length;
    }
    while (n < want) {
      const s = sentence(rand, src, named);
      sentences.push(s);
      n += s.split(' ').length;
    }
    texts.push(sentences.join(' '));
    words += n;
  }
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  return {
    url: `https://news${i % 7}.example.com/${2020 + (i % 6)}/${month}/story-${seed}-${i}`,
    title: sentence(rand, src, named).slice(0, 90),
    site: pick(rand, SITES),
    byline: rand() < 0.7 ? 'Bench Reporter' : null,
    language: 'en',
    publishedAt: `${2020 + (i % 6)}-${month}-${day}`,
    texts,
    extraction: 'readability',
    words,
  };
}

export interface GeneratedLibrary {
  names: GeneratedName[];
  articles: GeneratedArticle[];
  words: number;
}

/**
 * The whole library: `names` names and `articles` articles (numbered from `from`, so extra
 * articles to save can be drawn that are not in it). `frequent`: frequent English words first
 * (the vocabulary takes the first 3,000), then Spanish ones.
 */
export function generateLibrary(
  scan: ScanData,
  corpus: CorpusData,
  frequent: readonly string[],
  size: { names: number; articles: number; from?: number },
): GeneratedLibrary {
  const names = generateNames(size.names, takenWords(scan, frequent), scan);
  const src: ArticleSource = { vocab: vocabulary(corpus, frequent), names, scan };
  const from = size.from ?? 0;
  const articles = Array.from({ length: size.articles }, (_, i) => generateArticle(src, from + i));
  return { names, articles, words: articles.reduce((n, a) => n + a.words, 0) };
}
