/**
 * Corpus search for the popup: fuse.js over the index prebuilt by the corpus build
 * (search.json), re-ranked so that a reader who types a name gets that name first.
 *
 * Ranking, within each group (entities, then passages):
 *   1. exact: the query is the entity's name (or, for a passage, occurs in it verbatim);
 *   2. alias: the query is one of the entity's other names ("AMLO", "Cártel de Sinaloa");
 *   3. prefix: a name or one of its words starts with the query (typing "shein" finds Sheinbaum);
 *   4. fuzzy: fuse.js's typo-tolerant score ("Sheinbuam").
 * Accents and case never matter: queries are folded like the corpus, and Fuse ignores diacritics.
 * Pure: no DOM, no `browser.*`.
 */
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { SearchData, SearchDoc } from '../corpus/types';
import { fold } from './fold';

export type HitTier = 'exact' | 'alias' | 'prefix' | 'fuzzy';
const TIER_ORDER: Record<HitTier, number> = { exact: 0, alias: 1, prefix: 2, fuzzy: 3 };

/** Fuse's match indices into one field (inclusive ends, as Fuse gives them). */
export interface FieldMatch {
  key: 'title' | 'aliases' | 'text' | string;
  /** The string Fuse searched (for `aliases`, the one alias). */
  value: string;
  indices: [number, number][];
}

export interface SearchHit {
  doc: SearchDoc;
  tier: HitTier;
  /** Fuse's score: 0 is perfect, 1 is no match. */
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
 * Fuse settings. `ignoreLocation`: a passage may name the entity anywhere in its text.
 * `threshold` 0.34 lets through two typos in a nine-letter name ("Sheinbuam") and keeps
 * long passages from matching everything.
 */
export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

interface Prepared {
  /** Folded name followed by folded aliases (entities only). */
  names: string[];
  /** Folded words of all names, for prefix matching. */
  words: string[];
}

export function createSearcher(data: SearchData): Searcher {
  const keys = data.keys.length ? data.keys : [{ name: 'title', weight: 1 }];
  const index = Fuse.parseIndex<SearchDoc>(data.index as Parameters<typeof Fuse.parseIndex>[0]);
  const fuse = new Fuse(data.docs, { ...FUSE_OPTIONS, keys }, index as FuseIndex<SearchDoc>);
  const prepared = data.docs.map((doc): Prepared => {
    if (doc.kind !== 'entity') return { names: [], words: [] };
    const names = [doc.title, ...doc.aliases].map((n) => fold(n).trim());
    return { names, words: names.flatMap((n) => n.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) };
  });
  const refOf = new Map(data.docs.map((d, i) => [d, i]));

  function tierOf(
    doc: SearchDoc,
    i: number,
    q: string,
  ): { tier: HitTier; viaAlias: string | null } {
    const p = prepared[i];
    if (doc.kind === 'passage' || !p) {
      return { tier: doc.text.includes(q) ? 'exact' : 'fuzzy', viaAlias: null };
    }
    if (p.names[0] === q) return { tier: 'exact', viaAlias: null };
    const aliasAt = p.names.indexOf(q, 1);
    if (aliasAt > 0) return { tier: 'alias', viaAlias: doc.aliases[aliasAt - 1] ?? null };
    if (p.names.some((n) => n.startsWith(q)) || p.words.some((w) => w.startsWith(q))) {
      const at = p.names.findIndex((n, k) => k > 0 && (n.startsWith(q) || n.includes(` ${q}`)));
      const nameHits = p.names[0]?.startsWith(q) || p.names[0]?.includes(` ${q}`);
      return {
        tier: 'prefix',
        viaAlias: !nameHits && at > 0 ? (doc.aliases[at - 1] ?? null) : null,
      };
    }
    return { tier: 'fuzzy', viaAlias: null };
  }

  function toHit(r: FuseResult<SearchDoc>, q: string): SearchHit {
    const { tier, viaAlias } = tierOf(r.item, r.refIndex, q);
    const matches: FieldMatch[] = (r.matches ?? []).map((m) => ({
      key: m.key ?? '',
      value: m.value ?? '',
      indices: m.indices.map(([s, e]) => [s, e] as [number, number]),
    }));
    let via = viaAlias;
    if (!via && tier === 'fuzzy' && r.item.kind === 'entity') {
      // Found through an alias only ("Cartel del Golfo" for Gulf Cartel): say which.
      const byAlias = matches.find((m) => m.key === 'aliases');
      if (byAlias && !matches.some((m) => m.key === 'title')) via = byAlias.value;
    }
    return { doc: r.item, tier, score: r.score ?? 1, viaAlias: via, matches };
  }

  /** One-letter queries: entities whose name or a word of it starts with the letter, A–Z. */
  function prefixOnly(q: string, max: number): SearchHit[] {
    const hits: SearchHit[] = [];
    data.docs.forEach((doc, i) => {
      const p = prepared[i];
      if (doc.kind !== 'entity' || !p) return;
      if (p.words.some((w) => w.startsWith(q))) {
        hits.push({ doc, tier: 'prefix', score: 0.5, viaAlias: null, matches: [] });
      }
    });
    return hits.sort((a, b) => a.doc.title.localeCompare(b.doc.title)).slice(0, max);
  }

  return {
    size: data.docs.length,
    search(query, options = {}) {
      const maxEntities = options.maxEntities ?? 8;
      const maxPassages = options.maxPassages ?? 10;
      const q = fold(query).trim();
      if (q.length === 0) return { query, entities: [], passages: [] };
      if (q.length === 1) return { query, entities: prefixOnly(q, maxEntities), passages: [] };
      const hits = fuse.search(q).map((r) => toHit(r, q));
      const rank = (a: SearchHit, b: SearchHit) =>
        TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
        a.score - b.score ||
        (refOf.get(a.doc) ?? 0) - (refOf.get(b.doc) ?? 0);
      return {
        query,
        entities: hits
          .filter((h) => h.doc.kind === 'entity')
          .sort(rank)
          .slice(0, maxEntities),
        passages: hits
          .filter((h) => h.doc.kind === 'passage')
          .sort(rank)
          .slice(0, maxPassages),
      };
    },
  };
}
