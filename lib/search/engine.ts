/**
 * Corpus search for the popup over search.json, re-ranked so that a reader who types a name
 * gets that name first.
 *
 * Names (entity titles and aliases) are searched with fuse.js over the prebuilt index; long
 * texts (passages, entity summaries) word by word (see text-index.ts — bitap over every
 * passage would cost ~25 ms a keystroke). Ranking, within each group (entities, then passages):
 *   1. exact: the query is the entity's name (or, for a passage, occurs in it verbatim);
 *   2. alias: the query is one of the entity's other names ("AMLO", "Cártel de Sinaloa");
 *   3. prefix: a name or one of its words starts with the query (typing "shein" finds Sheinbaum);
 *   4. fuzzy: fuse.js's typo-tolerant score on names ("Sheinbuam"), or a passage that has the
 *      words but not as a phrase;
 *   5. text: an entity whose summary, not its name, contains the words.
 * Accents and case never matter: queries are folded like the corpus, and Fuse ignores diacritics.
 * Pure: no DOM, no `browser.*`.
 */
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { SearchData, SearchDoc } from '../corpus/types';
import { createLetterPairIndex, fold, wordList } from '../text';
import { createTextIndex, type TextHit } from './text-index';

export type HitTier = 'exact' | 'alias' | 'prefix' | 'fuzzy' | 'text';
const TIER_ORDER: Record<HitTier, number> = { exact: 0, alias: 1, prefix: 2, fuzzy: 3, text: 4 };

/** Match indices into one field (inclusive ends, as Fuse gives them). */
export interface FieldMatch {
  key: 'title' | 'aliases' | 'text' | string;
  /** The string searched: the folded name, alias or text. `indices` point into it. */
  value: string;
  /** The same field as the reader sees it (for `aliases`, the one alias). */
  display: string;
  indices: [number, number][];
}

export interface SearchHit {
  doc: SearchDoc;
  tier: HitTier;
  /** 0 is perfect, 1 is no match (Fuse's scale). */
  score: number;
  /** For an entity found by one of its other names: that name (shown as "also: …"). */
  viaAlias: string | null;
  matches: FieldMatch[];
}

export interface SearchResults {
  query: string;
  entities: SearchHit[];
  passages: SearchHit[];
}

export interface SearchOptions {
  maxEntities?: number;
  maxPassages?: number;
}

export interface Searcher {
  search(query: string, options?: SearchOptions): SearchResults;
  /** Number of searchable rows (entities + passages). */
  readonly size: number;
}

/**
 * Fuse settings for names. `threshold` 0.34 lets through two typos in a nine-letter name
 * ("Sheinbuam") without matching unrelated names.
 */
export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  // Names are folded once at load (accents, case), and the query on every keystroke: Fuse's own
  // ignoreDiacritics and lower-casing would redo that for every name on every keystroke.
  isCaseSensitive: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

const NAME_KEYS = ['title', 'aliases'] as const;

interface IndexJson {
  keys: { path?: string[]; id?: string; name?: string; weight?: number }[];
  records: { i: number; $: Record<string, unknown> }[];
}

/**
 * The prebuilt index narrowed to entity names: same records, only the title and aliases
 * fields, renumbered for the two-key Fuse. No re-tokenising at popup open.
 */
function namesIndex(data: SearchData): FuseIndex<SearchDoc> {
  const json = data.index as IndexJson | undefined;
  const keyId = (k: IndexJson['keys'][number]) => k.id ?? k.name ?? k.path?.join('.');
  const at = NAME_KEYS.map((name) => json?.keys?.findIndex((k) => keyId(k) === name) ?? -1);
  if (!json?.records || at.some((i) => i < 0)) {
    // Record numbers must be positions in data.docs: index every row, passages without names.
    return Fuse.createIndex(
      [...NAME_KEYS],
      data.docs.map((d) =>
        d.kind === 'entity'
          ? { ...d, title: fold(d.title), aliases: d.aliases.map(fold) }
          : { ...d, title: '', aliases: [] },
      ),
    );
  }
  return Fuse.parseIndex<SearchDoc>({
    keys: at.map((i) => json.keys[i]),
    records: json.records
      .filter((r) => data.docs[r.i]?.kind === 'entity')
      .map((r) => ({
        i: r.i,
        $: { 0: foldEntry(r.$[String(at[0])]), 1: foldEntry(r.$[String(at[1])]) },
      })),
  } as unknown as Parameters<typeof Fuse.parseIndex>[0]);
}

/** A Fuse index entry ({ v, n } or a list of { v, i, n }) with its text folded. */
function foldEntry(entry: unknown): unknown {
  if (Array.isArray(entry)) return entry.map(foldEntry);
  if (entry && typeof entry === 'object' && typeof (entry as { v?: unknown }).v === 'string') {
    const e = entry as { v: string };
    return { ...e, v: fold(e.v) };
  }
  return entry;
}

/** At most this many names go to fuse.js for one keystroke (see fuzzyNameHits). */
const MAX_FUZZY_CANDIDATES = 300;

interface Names {
  /** Folded name followed by folded aliases (entities only). */
  names: string[];
  /** Folded words of all names, for prefix matching. */
  words: string[];
}

export function createSearcher(data: SearchData): Searcher {
  const weight = (name: string) => data.keys.find((k) => k.name === name)?.weight ?? 1;
  const fuseOptions = {
    ...FUSE_OPTIONS,
    keys: NAME_KEYS.map((name) => ({ name, weight: weight(name) })),
  };
  const namesJson = namesIndex(data).toJSON();
  const texts = createTextIndex(data.docs.map((d) => d.text));
  const names = data.docs.map((doc): Names => {
    if (doc.kind !== 'entity') return { names: [], words: [] };
    const all = [doc.title, ...doc.aliases].map((n) => fold(n).trim());
    return { names: all, words: all.flatMap(wordList) };
  });

  // Letter pairs of every name → the entities that have them: fuse.js only looks at the names
  // that share enough pairs with the query to be within its typos, a handful, not all of them.
  // The names sharing the most pairs are the likeliest; past a few hundred, the rest would not
  // make the list anyway, and fuse.js's cost stays flat as the corpus grows.
  const pairs = createLetterPairIndex(names.map((p) => p.names));

  function fuzzyNameHits(q: string): SearchHit[] {
    const typos = Math.floor((FUSE_OPTIONS.threshold ?? 0.34) * q.length);
    const candidates = new Set(pairs.candidates(q, typos, MAX_FUZZY_CANDIDATES));
    if (candidates.size === 0) return [];
    const index = Fuse.parseIndex<SearchDoc>({
      keys: namesJson.keys,
      records: namesJson.records.filter((r) => candidates.has(r.i)),
    });
    return new Fuse(data.docs, fuseOptions, index).search(q).map((r) => nameHit(r, q));
  }

  function nameTier(i: number, q: string): { tier: HitTier; viaAlias: string | null } {
    const doc = data.docs[i];
    const p = names[i];
    if (!doc || !p) return { tier: 'fuzzy', viaAlias: null };
    if (p.names[0] === q) return { tier: 'exact', viaAlias: null };
    const aliasAt = p.names.indexOf(q, 1);
    if (aliasAt > 0) return { tier: 'alias', viaAlias: doc.aliases[aliasAt - 1] ?? null };
    const starts = (n: string | undefined) => !!n && (n.startsWith(q) || n.includes(` ${q}`));
    if (starts(p.names[0])) return { tier: 'prefix', viaAlias: null };
    const at = p.names.findIndex((n, k) => k > 0 && starts(n));
    if (at > 0) return { tier: 'prefix', viaAlias: doc.aliases[at - 1] ?? null };
    return { tier: 'fuzzy', viaAlias: null };
  }

  function nameHit(r: FuseResult<SearchDoc>, q: string): SearchHit {
    const { tier, viaAlias } = nameTier(r.refIndex, q);
    const doc = r.item;
    const matches: FieldMatch[] = (r.matches ?? []).map((m) => ({
      key: m.key ?? '',
      value: m.value ?? '',
      display:
        m.key === 'aliases'
          ? (doc.aliases[m.refIndex ?? -1] ?? m.value ?? '')
          : m.key === 'title'
            ? doc.title
            : (m.value ?? ''),
      indices: m.indices.map(([s, e]) => [s, e] as [number, number]),
    }));
    let via = viaAlias;
    if (!via && tier === 'fuzzy') {
      // Found through an alias only ("Cartel del Golfo" for Gulf Cartel): say which.
      const byAlias = matches.find((m) => m.key === 'aliases');
      if (byAlias && !matches.some((m) => m.key === 'title')) via = byAlias.display;
    }
    return { doc: r.item, tier, score: r.score ?? 1, viaAlias: via, matches };
  }

  /**
   * A hit for a text. Its match indices (which need the text tokenised) are left empty here and
   * filled by `withTextMatches` for the few hits that make the cut.
   */
  function textHit(h: TextHit, tier: HitTier, found: Map<SearchHit, TextHit>): SearchHit {
    const hit: SearchHit = {
      doc: data.docs[h.doc] as SearchDoc,
      tier,
      // Texts with all the words first; then how well the words matched.
      score: (1 - h.coverage) * 0.5 + h.score * 0.5,
      viaAlias: null,
      matches: [],
    };
    found.set(hit, h);
    return hit;
  }

  function withTextMatches(hits: SearchHit[], found: Map<SearchHit, TextHit>): SearchHit[] {
    for (const hit of hits) {
      const h = found.get(hit);
      if (!h) continue;
      const text = hit.doc.text;
      hit.matches = [
        { key: 'text', value: text, display: text, indices: texts.indicesOf(h.doc, h.words) },
      ];
    }
    return hits;
  }

  /** Where the folded query starts a word of `folded`, as Fuse-style inclusive indices. */
  function wordStarts(folded: string, q: string): [number, number][] {
    const out: [number, number][] = [];
    for (let at = folded.indexOf(q); at >= 0; at = folded.indexOf(q, at + 1)) {
      if (at === 0 || folded[at - 1] === ' ') out.push([at, at + q.length - 1]);
    }
    return out;
  }

  /** Entities with a name or alias that is, or has a word starting with, the query. */
  function directNameHits(q: string): SearchHit[] {
    const hits: SearchHit[] = [];
    data.docs.forEach((doc, i) => {
      const p = names[i];
      if (doc.kind !== 'entity' || !p) return;
      const { tier, viaAlias } = nameTier(i, q);
      if (tier === 'fuzzy') return;
      const matches: FieldMatch[] = [];
      p.names.forEach((folded, k) => {
        const indices = wordStarts(folded, q);
        if (indices.length === 0) return;
        const display = k === 0 ? doc.title : (doc.aliases[k - 1] ?? '');
        matches.push({ key: k === 0 ? 'title' : 'aliases', value: folded, display, indices });
      });
      // Shorter names that match are closer to what was typed ("Sinaloa" before "Sinaloa Cartel").
      const best = Math.min(...p.names.filter((n) => wordStarts(n, q).length).map((n) => n.length));
      hits.push({ doc, tier, score: 1 - q.length / Math.max(best, q.length), viaAlias, matches });
    });
    return hits;
  }

  /** One-letter queries: entities whose name or a word of it starts with the letter, A–Z. */
  function prefixOnly(q: string, max: number): SearchHit[] {
    const hits: SearchHit[] = [];
    data.docs.forEach((doc, i) => {
      if (doc.kind === 'entity' && names[i]?.words.some((w) => w.startsWith(q))) {
        hits.push({ doc, tier: 'prefix', score: 0.5, viaAlias: null, matches: [] });
      }
    });
    return hits.sort((a, b) => a.doc.title.localeCompare(b.doc.title)).slice(0, max);
  }

  const refOf = new Map(data.docs.map((d, i) => [d, i]));
  const rank = (a: SearchHit, b: SearchHit) =>
    TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
    a.score - b.score ||
    (refOf.get(a.doc) ?? 0) - (refOf.get(b.doc) ?? 0);

  return {
    size: data.docs.length,
    search(query, options = {}) {
      const maxEntities = options.maxEntities ?? 8;
      const maxPassages = options.maxPassages ?? 10;
      const q = fold(query).trim();
      if (q.length === 0) return { query, entities: [], passages: [] };
      if (q.length === 1) return { query, entities: prefixOnly(q, maxEntities), passages: [] };

      // Names the reader is typing correctly are found by plain string comparison; fuse.js is
      // the typo net, cast only when no name starts with what was typed. A typo in a query of
      // four letters or fewer is a guess ("AMLO" ~ "Alamo"), so short queries skip it.
      const direct = directNameHits(q);
      const entities = direct.length > 0 || q.length <= 4 ? direct : fuzzyNameHits(q);
      const named = new Set(entities.map((h) => h.doc.id));
      const passages: SearchHit[] = [];
      const found = new Map<SearchHit, TextHit>();
      // Two letters match a word in nearly every passage: texts wait for the third.
      for (const h of q.length >= 3 ? texts.search(q) : []) {
        const doc = data.docs[h.doc];
        if (!doc) continue;
        if (doc.kind === 'passage') passages.push(textHit(h, h.phrase ? 'exact' : 'fuzzy', found));
        else if (!named.has(doc.id)) entities.push(textHit(h, 'text', found));
      }
      return {
        query,
        entities: withTextMatches(entities.sort(rank).slice(0, maxEntities), found),
        passages: withTextMatches(passages.sort(rank).slice(0, maxPassages), found),
      };
    },
  };
}
