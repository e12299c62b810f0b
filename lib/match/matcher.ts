/**
 * The matcher: compile the knowledge base's aliases once, then for each text
 *   1. fold it (keeping an offset map),
 *   2. run the Aho–Corasick automaton for every exact alias occurrence on word boundaries,
 *   3. try typo-tolerant matches on the words no alias touched,
 *   4. decide each occurrence's entity (case rules, context rules, competing claimants),
 *   5. keep the longest of overlapping mentions and map them back to original offsets.
 */
import type { ScanData } from '../corpus/types';
import { canonical, compileAutomaton } from './automaton';
import { type CompiledContext, compileContext, evaluateContext } from './context';
import { compileFuzzy, type FuzzyPattern } from './fuzzy';
import { createFoldScratch, type FoldedText, foldWithMap, isWordUnit } from './normalise';
import type { FindOptions, Matcher, MatcherOptions, MatchMethod, Mention } from './types';
import { tokenize, wordAt, wordEnd, wordStartsAt } from './words';

/** Score of a mention that a context rule decided (it rests on surrounding words, not on the name alone). */
const CONTEXT_SCORE = 0.9;
/** Score of a case-sensitive acronym accepted in all-caps text because other entities corroborate it. */
const SHOUTED_SCORE = 0.8;

interface Claimant {
  entityId: string;
  alias: string;
  caseSensitive: boolean;
  /** The alias with accents removed but case kept, and its upper-case form. */
  caseForm: string;
  upperForm: string;
  context: CompiledContext | null;
  /** Shared decision objects for exact and context-decided hits (no allocation per hit). */
  asExact: Decision;
  asContext: Decision;
}

interface Pattern {
  folded: string;
  claimants: Claimant[];
  /** Boundaries are only required where the alias itself begins/ends with a word unit. */
  wordFirst: boolean;
  wordLast: boolean;
  /** Some alias with this text says `fuzzy: false`. */
  noFuzzy: boolean;
  /** The decision for an exact hit when no rule can change it (one plain claimant). */
  simple: Decision | null;
}

interface Candidate {
  start: number;
  end: number;
  pattern: number;
  fuzzyScore: number | null;
}

interface Decision {
  claimant: Claimant;
  method: MatchMethod;
  score: number;
}

const MARKS = /\p{M}/gu;
/** Accents off, case kept: what "match only as written" compares. */
function caseForm(s: string): string {
  // Fast path: printable ASCII with single spaces is already in that form.
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = c > 0x20 ? c < 0x7f : c === 0x20 && s.charCodeAt(i + 1) !== 0x20;
  }
  if (plain) return s;
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/gu, ' ');
}

export function createMatcher(scan: ScanData, options: MatcherOptions = {}): Matcher {
  const patterns: Pattern[] = [];
  const byFolded = new Map<string, number>();
  for (const a of scan.aliases) {
    const folded = canonical(foldWithMap(a.text).text.trim());
    if (folded.length === 0) continue;
    let id = byFolded.get(folded);
    if (id === undefined) {
      id = patterns.length;
      byFolded.set(folded, id);
      patterns.push({
        folded,
        claimants: [],
        wordFirst: isWordUnit(folded.charCodeAt(0)),
        wordLast: isWordUnit(folded.charCodeAt(folded.length - 1)),
        noFuzzy: false,
        simple: null,
      });
    }
    const p = patterns[id] as Pattern;
    if (a.fuzzy === false) p.noFuzzy = true;
    if (p.claimants.some((c) => c.entityId === a.entityId && c.caseSensitive === a.caseSensitive))
      continue;
    const form = caseForm(a.text.trim());
    const claimant = {
      entityId: a.entityId,
      alias: a.text,
      caseSensitive: a.caseSensitive,
      caseForm: form,
      upperForm: form.toUpperCase(),
      context: a.context ? compileContext(a.context, folded) : null,
    } as Claimant;
    claimant.asExact = { claimant, method: 'exact', score: 1 };
    claimant.asContext = { claimant, method: 'context', score: CONTEXT_SCORE };
    p.claimants.push(claimant);
  }

  const typeOf = new Map(scan.entities.map((e) => [e.id, e.type]));
  for (const p of patterns) {
    const [only] = p.claimants;
    if (p.claimants.length === 1 && only && !only.caseSensitive && !only.context) {
      p.simple = only.asExact;
    }
  }
  const automaton = compileAutomaton(patterns.map((p) => p.folded));
  const useFuzzy = options.fuzzy ?? true;
  const fuzzy = useFuzzy
    ? compileFuzzy(
        patterns.flatMap((p, id): FuzzyPattern[] => {
          const eligible = p.claimants.filter((c) => !c.caseSensitive);
          if (eligible.length === 0 || p.noFuzzy) return [];
          // A name (capitalised, and not a topic whose title happens to be capitalised:
          // "Fentanyl", "Tariffs") is only guessed at on capitalised words.
          const proper = eligible.every(
            (c) => /^\p{Lu}/u.test(c.caseForm) && typeOf.get(c.entityId) !== 'topic',
          );
          return [{ id, folded: p.folded, proper }];
        }),
      )
    : null;

  // Reused by every find(): the offset arrays of a long page are megabytes.
  const scratch = createFoldScratch();

  function find(text: string, findOptions: FindOptions = {}): Mention[] {
    if (text.length === 0) return [];
    const map = foldWithMap(text, scratch);
    const folded = map.text;

    // 2. Exact occurrences on word boundaries (plural endings allowed).
    const candidates: Candidate[] = [];
    automaton.scan(folded, (pid, end) => {
      const p = patterns[pid] as Pattern;
      const start = end - p.folded.length;
      if (p.wordFirst && !wordStartsAt(folded, start)) return;
      let realEnd = end;
      if (p.wordLast) {
        realEnd = wordEnd(folded, end);
        if (realEnd < 0) return;
      }
      candidates.push({ start, end: realEnd, pattern: pid, fuzzyScore: null });
    });

    // 3. Fuzzy, on words that no exact occurrence touched (even one later rejected: "Vance
    // Joy" must not come back as a typo of "Vance").
    if (fuzzy) {
      const w = tokenize(folded);
      const claimed = new Uint8Array(w.count);
      for (const c of candidates) {
        for (let k = wordAt(w, c.start); k < w.count && (w.starts[k] as number) < c.end; k++) {
          claimed[k] = 1;
        }
      }
      const isCapitalised = (k: number) => {
        const code = text.charCodeAt(map.startOf(w.starts[k] as number));
        if (code < 0x80) return code >= 0x41 && code <= 0x5a;
        const ch = String.fromCharCode(code);
        return ch !== ch.toLowerCase();
      };
      for (const h of fuzzy.find(folded, w, claimed, isCapitalised)) {
        candidates.push({ start: h.start, end: h.end, pattern: h.pattern, fuzzyScore: h.score });
      }
    }
    if (candidates.length === 0) return [];

    // 4. Decide. A rule that asks for co-mentioned entities (withEntities) sees every entity
    // named in the text, including names inside a longer mention ("Trump" in "Trump
    // administration" still names Trump); decisions that consulted them are redone while
    // that set grows.
    const entities = new Set(findOptions.contextEntities ?? []);
    const decisions: (Decision | null)[] = new Array(candidates.length);
    const shouts = new Map<number, Claimant>();
    const dependent: number[] = [];
    const used = { value: false };
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k] as Candidate;
      const simple = c.fuzzyScore === null ? (patterns[c.pattern] as Pattern).simple : null;
      if (simple) {
        decisions[k] = simple;
        continue;
      }
      used.value = false;
      const r = decide(c, text, map, folded, entities, used);
      if (used.value) dependent.push(k);
      if (r && 'shouted' in r) {
        decisions[k] = null;
        shouts.set(k, r.shouted);
      } else decisions[k] = r;
    }
    for (const d of decisions) if (d) entities.add(d.claimant.entityId);
    for (let round = 0; round < 4 && dependent.length > 0; round++) {
      let grew = false;
      for (const k of dependent) {
        if (decisions[k]) continue;
        const r = decide(candidates[k] as Candidate, text, map, folded, entities, used);
        if (r && !('shouted' in r)) {
          decisions[k] = r;
          shouts.delete(k);
          if (!entities.has(r.claimant.entityId)) {
            entities.add(r.claimant.entityId);
            grew = true;
          }
        }
      }
      if (!grew) break;
    }

    // 5. Keep the longest of overlapping mentions.
    let selected = select(candidates, decisions);
    if (shouts.size > 0) {
      if (resolveShouts(shouts, candidates, decisions, patterns, text, map, folded)) {
        selected = select(candidates, decisions);
      }
    }

    return selected.map((k) => {
      const c = candidates[k] as Candidate;
      const d = decisions[k] as Decision;
      const start = map.startOf(c.start);
      const end = map.endOf(c.end - 1);
      return {
        start,
        end,
        text: text.slice(start, end),
        entityId: d.claimant.entityId,
        method: d.method,
        score: d.score,
        alias: d.claimant.alias,
      };
    });
  }

  function decide(
    c: Candidate,
    text: string,
    map: FoldedText,
    folded: string,
    entities: ReadonlySet<string>,
    used: { value: boolean },
  ): Decision | { shouted: Claimant } | null {
    const p = patterns[c.pattern] as Pattern;
    const aliasEnd = c.fuzzyScore === null ? c.start + p.folded.length : c.end;
    let original: string | null = null;
    let shouting: boolean | null = null;
    let withContext: Decision | null = null;
    let plain: Decision | null = null;
    let shouted: Claimant | null = null;
    for (const cl of p.claimants) {
      if (cl.caseSensitive) {
        if (c.fuzzyScore !== null) continue;
        original ??= caseForm(text.slice(map.startOf(c.start), map.endOf(aliasEnd - 1)));
        if (original !== cl.caseForm && original !== cl.upperForm) continue;
        // In an all-caps headline the capitals prove nothing ("PAN DULCE"): such a match
        // needs corroboration like an ambiguous alias.
        // A match written in mixed case ("Trump") is itself proof that the line is not
        // shouting; only an all-capitals match needs its neighbours checked.
        shouting ??= hasLowerCase(original)
          ? false
          : isShouting(text, map.startOf(c.start), map.endOf(c.end - 1));
        if (shouting) {
          shouted ??= cl;
          continue;
        }
      }
      if (cl.context) {
        const verdict = evaluateContext(cl.context, {
          folded,
          start: c.start,
          end: c.end,
          entities,
          self: cl.entityId,
          usedEntities: used,
        });
        if (verdict !== 'pass') continue;
        if (cl.context.positive) {
          withContext ??=
            c.fuzzyScore === null
              ? cl.asContext
              : { claimant: cl, method: 'fuzzy', score: c.fuzzyScore };
          continue;
        }
      }
      plain ??=
        c.fuzzyScore === null ? cl.asExact : { claimant: cl, method: 'fuzzy', score: c.fuzzyScore };
    }
    if (withContext) return withContext;
    if (plain) return plain;
    if (shouted) return { shouted };
    return null;
  }

  return { find };
}

/**
 * A case-sensitive alias in all-caps text ("PAN", "MORENA" in a headline) is accepted only with
 * corroboration from its own line: its context rule's near words, or another entity named on
 * the same line ("PAN AND PRI BACK MORENA", "DEA AGENTS TO TESTIFY IN CARO QUINTERO CASE").
 * A line, because a page of headlines mentions many entities, and "PAN DULCE PRICES RISE"
 * must not borrow them.
 */
function resolveShouts(
  shouts: Map<number, Claimant>,
  candidates: Candidate[],
  decisions: (Decision | null)[],
  patterns: Pattern[],
  text: string,
  map: FoldedText,
  folded: string,
): boolean {
  const accepted: [number, Decision][] = [];
  for (const [k, claimant] of shouts) {
    const c = candidates[k] as Candidate;
    const decision: Decision = { claimant, method: 'context', score: SHOUTED_SCORE };
    if (claimant.context) {
      const verdict = evaluateContext(claimant.context, {
        folded,
        start: c.start,
        end: c.end,
        entities: new Set(),
        self: claimant.entityId,
      });
      if (verdict === 'veto') continue;
      if (verdict === 'pass' && claimant.context.positive) {
        accepted.push([k, decision]);
        continue;
      }
    }
    const at = map.startOf(c.start);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const corroborated = candidates.some((o, j) => {
      if (j === k) return false;
      const other = decisions[j]?.claimant ?? shouts.get(j);
      if (!other || other.entityId === claimant.entityId) return false;
      if (patterns[o.pattern] === patterns[c.pattern]) return false;
      const pos = map.startOf(o.start);
      return pos >= lineStart && pos < lineEnd;
    });
    if (corroborated) accepted.push([k, decision]);
  }
  for (const [k, d] of accepted) decisions[k] = d;
  return accepted.length > 0;
}

/** True when `s` has a lower-case letter. */
function hasLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
    if (c >= 0x80) return s !== s.toUpperCase();
  }
  return false;
}

/**
 * True when the words around the original span [start, end) (up to three each side) are all
 * in capitals: a headline or a shouted line, where letter case carries no information.
 */
function isShouting(text: string, start: number, end: number): boolean {
  // Walk the original text outwards, word by word, stopping at the first lower-case letter.
  let lettered = 0;
  const scanWords = (from: number, step: 1 | -1): boolean => {
    let i = from;
    for (let words = 0; words < 3; ) {
      while (i >= 0 && i < text.length && !isWordUnit(text.charCodeAt(i))) i += step;
      if (i < 0 || i >= text.length) return true;
      let hasLetter = false;
      for (; i >= 0 && i < text.length && isWordUnit(text.charCodeAt(i)); i += step) {
        const ch = text[i] as string;
        const lower = ch.toLowerCase();
        if (lower !== ch) hasLetter = true;
        else if (lower !== ch.toUpperCase()) return false; // a lower-case letter
      }
      if (hasLetter) lettered++;
      words++;
    }
    return true;
  };
  if (!scanWords(start - 1, -1) || !scanWords(end, 1)) return false;
  return lettered >= 2;
}

/** Index of the first fuzzy candidate (they follow the exact ones). */
function firstFuzzy(candidates: Candidate[]): number {
  let i = candidates.length;
  while (i > 0 && (candidates[i - 1] as Candidate).fuzzyScore !== null) i--;
  return i;
}

/**
 * Among overlapping mentions the longest wins (then the leftmost); indices of the kept
 * candidates in text order. Overlaps are rare and local, so candidates are swept in text order
 * and only each cluster of overlapping ones is resolved by length.
 */
function select(candidates: Candidate[], decisions: (Decision | null)[]): number[] {
  const kept: number[] = [];
  for (let k = 0; k < candidates.length; k++) if (decisions[k]) kept.push(k);
  const starts = new Int32Array(candidates.length);
  const ends = new Int32Array(candidates.length);
  candidates.forEach((c, k) => {
    starts[k] = c.start;
    ends[k] = c.end;
  });
  // Exact hits arrive in order of their end, so nearly in order of their start: an insertion
  // sort is linear here. (Many fuzzy hits, appended at the end, get the general sort.)
  const before = (a: number, b: number) =>
    (starts[a] as number) < (starts[b] as number) ||
    (starts[a] === starts[b] && (ends[a] as number) > (ends[b] as number));
  if (candidates.length - firstFuzzy(candidates) > 64) {
    kept.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  } else {
    for (let i = 1; i < kept.length; i++) {
      const k = kept[i] as number;
      let j = i - 1;
      while (j >= 0 && before(k, kept[j] as number)) {
        kept[j + 1] = kept[j] as number;
        j--;
      }
      kept[j + 1] = k;
    }
  }
  const out: number[] = [];
  let i = 0;
  while (i < kept.length) {
    // Cluster: a run of candidates each overlapping the run's extent so far.
    let j = i + 1;
    let extent = ends[kept[i] as number] as number;
    while (j < kept.length && (starts[kept[j] as number] as number) < extent) {
      extent = Math.max(extent, ends[kept[j] as number] as number);
      j++;
    }
    if (j === i + 1) out.push(kept[i] as number);
    else {
      const cluster = kept.slice(i, j);
      const span = (k: number) => (ends[k] as number) - (starts[k] as number);
      cluster.sort((a, b) => span(b) - span(a) || (starts[a] as number) - (starts[b] as number));
      const taken: number[] = [];
      for (const k of cluster) {
        const free = taken.every(
          (t) =>
            (ends[k] as number) <= (starts[t] as number) ||
            (starts[k] as number) >= (ends[t] as number),
        );
        if (free) taken.push(k);
      }
      taken.sort((a, b) => (starts[a] as number) - (starts[b] as number));
      out.push(...taken);
    }
    i = j;
  }
  return out;
}
