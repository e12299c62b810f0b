/**
 * The matcher: compile the knowledge base's aliases once, then for each text
 *   1. fold it (keeping an offset map),
 *   2. run the Aho–Corasick automaton for every exact alias occurrence on word boundaries,
 *   3. try typo-tolerant matches on the words no alias touched,
 *   4. decide each occurrence's entity (case rules, context rules, competing claimants),
 *   5. keep the longest of overlapping mentions and map them back to original offsets.
 */
import type { ScanData } from '../corpus/types';
import { compileAutomaton } from './automaton';
import { type CompiledContext, compileContext, evaluateContext } from './context';
import { compileFuzzy, type FuzzyPattern } from './fuzzy';
import { foldWithMap, isWordUnit } from './normalise';
import type { FindOptions, Matcher, MatcherOptions, MatchMethod, Mention } from './types';
import { tokenize, type Words, wordAt, wordEnd, wordStartsAt } from './words';

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
}

interface Pattern {
  folded: string;
  claimants: Claimant[];
  /** Boundaries are only required where the alias itself begins/ends with a word unit. */
  wordFirst: boolean;
  wordLast: boolean;
  /** Some alias with this text says `fuzzy: false`. */
  noFuzzy: boolean;
  /** Its decision can change with the set of co-mentioned entities. */
  entityDependent: boolean;
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
    const folded = foldWithMap(a.text).text.trim();
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
        entityDependent: false,
      });
    }
    const p = patterns[id] as Pattern;
    if (a.fuzzy === false) p.noFuzzy = true;
    if (a.caseSensitive || (a.context?.withEntities?.length ?? 0) > 0) p.entityDependent = true;
    if (p.claimants.some((c) => c.entityId === a.entityId && c.caseSensitive === a.caseSensitive))
      continue;
    const form = caseForm(a.text.trim());
    p.claimants.push({
      entityId: a.entityId,
      alias: a.text,
      caseSensitive: a.caseSensitive,
      caseForm: form,
      upperForm: form.toUpperCase(),
      context: a.context ? compileContext(a.context, folded) : null,
    });
  }

  const automaton = compileAutomaton(patterns.map((p) => p.folded));
  const useFuzzy = options.fuzzy ?? true;
  const fuzzy = useFuzzy
    ? compileFuzzy(
        patterns.flatMap((p, id): FuzzyPattern[] => {
          const eligible = p.claimants.filter((c) => !c.caseSensitive);
          if (eligible.length === 0 || p.noFuzzy) return [];
          const proper = eligible.some((c) => /^\p{Lu}/u.test(c.caseForm));
          return [{ id, folded: p.folded, proper }];
        }),
      )
    : null;

  function find(text: string, findOptions: FindOptions = {}): Mention[] {
    if (text.length === 0) return [];
    const map = foldWithMap(text);
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

    let words: Words | null = null;
    const getWords = () => {
      words ??= tokenize(folded);
      return words;
    };

    // 3. Fuzzy, on words that no exact occurrence touched (even one later rejected: "Vance
    // Joy" must not come back as a typo of "Vance").
    if (fuzzy) {
      const w = getWords();
      const claimed = new Uint8Array(w.count);
      for (const c of candidates) {
        for (let k = wordAt(w, c.start); k < w.count && (w.starts[k] as number) < c.end; k++) {
          claimed[k] = 1;
        }
      }
      const isCapitalised = (k: number) => {
        const ch = text[map.starts[w.starts[k] as number] as number] as string;
        return ch !== ch.toLowerCase();
      };
      for (const h of fuzzy.find(folded, w, claimed, isCapitalised)) {
        candidates.push({ start: h.start, end: h.end, pattern: h.pattern, fuzzyScore: h.score });
      }
    }
    if (candidates.length === 0) return [];

    // 4. Decide, then 5. select; repeat while co-mentioned entities change the picture.
    const external = new Set(findOptions.contextEntities ?? []);
    let entities: Set<string> = new Set(external);
    let selected: { c: Candidate; d: Decision }[] = [];
    // Decisions that no co-mentioned entity can change are made once.
    const fixed: (Decision | null)[] = candidates.map((c) =>
      (patterns[c.pattern] as Pattern).entityDependent
        ? null
        : decide(c, text, map, folded, getWords, entities),
    );
    for (let round = 0; round < 4; round++) {
      const decided: { c: Candidate; d: Decision }[] = [];
      candidates.forEach((c, k) => {
        const d = (patterns[c.pattern] as Pattern).entityDependent
          ? decide(c, text, map, folded, getWords, entities)
          : fixed[k];
        if (d) decided.push({ c, d });
      });
      selected = selectLongest(decided, folded.length);
      const next = new Set(external);
      for (const s of selected) next.add(s.d.claimant.entityId);
      if (sameSet(next, entities)) break;
      entities = next;
    }

    return selected.map(({ c, d }) => {
      const start = map.starts[c.start] as number;
      const end = map.ends[c.end - 1] as number;
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
    map: ReturnType<typeof foldWithMap>,
    folded: string,
    getWords: () => Words,
    entities: ReadonlySet<string>,
  ): Decision | null {
    const p = patterns[c.pattern] as Pattern;
    const aliasEnd = c.fuzzyScore === null ? c.start + p.folded.length : c.end;
    const original = text.slice(map.starts[c.start] as number, map.ends[aliasEnd - 1] as number);
    let withContext: Decision | null = null;
    let plain: Decision | null = null;
    let shouted: Claimant | null = null;
    for (const cl of p.claimants) {
      if (cl.caseSensitive) {
        if (c.fuzzyScore !== null) continue;
        const form = caseForm(original);
        if (form !== cl.caseForm && form !== cl.upperForm) continue;
        // In an all-caps headline the capitals prove nothing ("PAN DULCE"): such a match
        // needs corroboration like an ambiguous alias.
        if (isShouting(text, map, folded, getWords(), c.start, c.end)) {
          shouted ??= cl;
          continue;
        }
      }
      const others = withoutSelf(entities, cl.entityId);
      if (cl.context) {
        const verdict = evaluateContext(cl.context, {
          folded,
          words: getWords(),
          start: c.start,
          end: c.end,
          entities: others,
        });
        if (verdict !== 'pass') continue;
        if (cl.context.positive) {
          withContext ??= {
            claimant: cl,
            method: c.fuzzyScore === null ? 'context' : 'fuzzy',
            score: c.fuzzyScore ?? CONTEXT_SCORE,
          };
          continue;
        }
      }
      plain ??= {
        claimant: cl,
        method: c.fuzzyScore === null ? 'exact' : 'fuzzy',
        score: c.fuzzyScore ?? 1,
      };
    }
    if (withContext) return withContext;
    if (plain) return plain;
    if (shouted) {
      const others = withoutSelf(entities, shouted.entityId);
      const verdict = shouted.context
        ? evaluateContext(shouted.context, {
            folded,
            words: getWords(),
            start: c.start,
            end: c.end,
            entities: others,
          })
        : 'unmet';
      if (verdict === 'veto') return null;
      if (verdict === 'pass' || others.size > 0) {
        return { claimant: shouted, method: 'context', score: SHOUTED_SCORE };
      }
    }
    return null;
  }

  return { find };
}

function withoutSelf(entities: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!entities.has(id)) return entities;
  const s = new Set(entities);
  s.delete(id);
  return s;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * True when the words around [start, end) (up to three each side) are all in capitals:
 * a headline or a shouted line, where letter case carries no information.
 */
function isShouting(
  text: string,
  map: ReturnType<typeof foldWithMap>,
  _folded: string,
  words: Words,
  start: number,
  end: number,
): boolean {
  const first = wordAt(words, start);
  const last = wordAt(words, Math.max(start, end - 1));
  let lettered = 0;
  for (let k = Math.max(0, first - 3); k <= Math.min(words.count - 1, last + 3); k++) {
    if (k >= first && k <= last) continue;
    const w = text.slice(
      map.starts[words.starts[k] as number] as number,
      map.ends[(words.ends[k] as number) - 1] as number,
    );
    if (!/\p{L}/u.test(w)) continue;
    lettered++;
    if (w !== w.toUpperCase()) return false;
  }
  return lettered >= 2;
}

function selectLongest<T extends { c: Candidate }>(items: T[], length: number): T[] {
  const sorted = [...items].sort(
    (a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start,
  );
  const taken = new Uint8Array(length);
  const out: T[] = [];
  for (const it of sorted) {
    let free = true;
    for (let k = it.c.start; k < it.c.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, it.c.start, it.c.end);
    out.push(it);
  }
  return out.sort((a, b) => a.c.start - b.c.start);
}
