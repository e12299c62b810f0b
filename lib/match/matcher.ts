/**
 * The matcher: compile the knowledge base's aliases once, then for each text
 *   1. fold it (keeping an offset map),
 *   2. run the Aho–Corasick automaton for every exact alias occurrence on word boundaries,
 *   3. try typo-tolerant matches on the words no alias touched,
 *   4. decide each occurrence's entity (case rules, context rules, competing claimants),
 *   5. keep the longest of overlapping mentions and map them back to original offsets.
 */
import { createFoldScratch, type FoldedText, foldWithMap, tokenize, wordAt } from '../text';
import { compileAutomaton } from './automaton';
import {
  type Candidate,
  type Claimant,
  CONTEXT_SCORE,
  type Decision,
  type Pattern,
} from './compile';
import { type CompiledContext, compileContext } from './context';
import { decide, resolveShouts } from './decide';
import { compileFuzzy, type FuzzyIndex, type FuzzyPattern } from './fuzzy';
import type { MatcherAlias, MatcherInput } from './input';
import { type PatternClaim, type PatternData, patternsOf } from './patterns';
import { wordEnd, wordStartsAt } from './phrases';
import { select } from './select';
import type { CompiledMatcher, FindOptions, MatcherOptions, Mention } from './types';

export function createMatcher(scan: MatcherInput, options: MatcherOptions = {}): CompiledMatcher {
  // Precompiled at build time when scan.json carries it (and was made by this version).
  const data = patternsOf(scan);
  const patterns: Pattern[] = data.map((d) => {
    const claimants = d.claims.map((c) => claimantOf(scan.aliases[c.alias] as MatcherAlias, c, d));
    const [only] = claimants;
    const plain = d.claims.length === 1 && !scan.aliases[d.claims[0]?.alias ?? -1]?.context;
    return {
      folded: d.folded,
      claimants,
      wordFirst: d.wordFirst,
      wordLast: d.wordLast,
      noFuzzy: d.noFuzzy,
      simple: plain && only && !only.caseSensitive ? only.asExact : null,
    };
  });
  const automaton = compileAutomaton(patterns.map((p) => p.folded));
  const useFuzzy = options.fuzzy ?? true;
  // The typo index is built on the first find(), not here: the content script compiles in one
  // block at start, and this halves it (the first scan's first slice pays the rest).
  let fuzzyIndex: FuzzyIndex | null = null;
  const fuzzyOf = (): FuzzyIndex => {
    fuzzyIndex ??= compileFuzzy(
      data.flatMap((d, id): FuzzyPattern[] =>
        d.noFuzzy || d.claims.every((c) => scan.aliases[c.alias]?.caseSensitive)
          ? []
          : [{ id, folded: d.folded, proper: d.proper }],
      ),
      new Set(scan.commonWords ?? []),
    );
    return fuzzyIndex;
  };

  // Reused by every find(): the offset arrays of a long page are megabytes.
  const scratch = createFoldScratch();

  /** Steps 1–2: fold, then exact occurrences on word boundaries (plural endings allowed). */
  function exactPass(text: string): { map: FoldedText; candidates: Candidate[] } {
    const map = foldWithMap(text, scratch);
    const folded = map.text;
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
    return { map, candidates };
  }

  function find(text: string, findOptions: FindOptions = {}): Mention[] {
    if (text.length === 0) return [];
    const { map, candidates } = exactPass(text);
    const folded = map.text;

    // 3. Fuzzy, on words that no exact occurrence touched (even one later rejected: "Vance
    // Joy" must not come back as a typo of "Vance").
    if (useFuzzy && !findOptions.exactOnly) {
      const fuzzy = fuzzyOf();
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
    const named = new Set(findOptions.contextEntities ?? []);
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
      const r = decide(patterns, c, text, map, folded, entities, named, used);
      if (used.value) dependent.push(k);
      if (r && 'shouted' in r) {
        decisions[k] = null;
        shouts.set(k, r.shouted);
      } else decisions[k] = r;
    }
    for (const d of decisions) {
      if (!d) continue;
      entities.add(d.claimant.entityId);
      if (d.method !== 'fuzzy') named.add(d.claimant.entityId);
    }
    for (let round = 0; round < 4 && dependent.length > 0; round++) {
      let grew = false;
      for (const k of dependent) {
        if (decisions[k]) continue;
        const r = decide(
          patterns,
          candidates[k] as Candidate,
          text,
          map,
          folded,
          entities,
          named,
          used,
        );
        if (r && !('shouted' in r)) {
          decisions[k] = r;
          shouts.delete(k);
          const id = r.claimant.entityId;
          if (!entities.has(id) || (r.method !== 'fuzzy' && !named.has(id))) grew = true;
          entities.add(id);
          if (r.method !== 'fuzzy') named.add(id);
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

  return { find, exactOccurrences: (text) => exactPass(text).candidates.length };
}

/**
 * A claimant of a pattern. Its context rule is compiled the first time a hit needs it: a page
 * meets a handful of the knowledge base's ambiguous aliases, and folding every rule's word list
 * at content-script start would be wasted.
 */
function claimantOf(a: MatcherAlias, claim: PatternClaim, pattern: PatternData): Claimant {
  const rule = a.context;
  let context: CompiledContext | null | undefined = rule ? undefined : null;
  const claimant = {
    entityId: a.entityId,
    alias: a.text,
    caseSensitive: a.caseSensitive,
    caseForm: claim.caseForm,
    upperForm: claim.caseForm.toUpperCase(),
    get context(): CompiledContext | null {
      if (context === undefined) context = rule ? compileContext(rule, pattern.folded) : null;
      return context;
    },
  } as Claimant;
  claimant.asExact = { claimant, method: 'exact', score: 1 };
  claimant.asContext = { claimant, method: 'context', score: CONTEXT_SCORE };
  return claimant;
}
