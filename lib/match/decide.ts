/**
 * Deciding what an alias occurrence is: which of the entities claiming the alias (if any) the
 * text supports, by letter case (PAN, not pan), by context rules from the knowledge base
 * (Sinaloa the cartel only near "cartel"), and — in all-caps text, where case proves nothing —
 * by corroboration from the same line.
 */

import { type FoldedText, isWordUnit } from '../text';
import type { Candidate, Claimant, Decision, Pattern } from './compile';
import { caseForm, SHOUTED_SCORE } from './compile';
import { evaluateContext } from './context';

/**
 * The decision for one occurrence: a claimant whose context rule is satisfied beats a plain
 * claimant (no rule); `{ shouted }` when only an all-caps case-sensitive claimant remains (see
 * `resolveShouts`); null when nothing fits. `entities` are all entities the text names,
 * `named` those it names with confidence (exactly, or by an alias its context confirmed). `used.value` is set when either was
 * consulted (the decision may change as more entities are found).
 */
export function decide(
  patterns: Pattern[],
  c: Candidate,
  text: string,
  map: FoldedText,
  folded: string,
  entities: ReadonlySet<string>,
  named: ReadonlySet<string>,
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
      // needs corroboration like an ambiguous alias. A match in mixed case ("Trump") shows
      // the line is not shouting; only an all-capitals match needs its neighbours checked.
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
      let agreed = verdict === 'pass';
      // Once a text has named the entity with confidence ("Enrique Camarena"), a short form
      // that only it claims ("Camarena") refers to it too, even far from any context word.
      // Vetoes still apply ("Vance Joy"); an alias other entities also claim ("Sinaloa")
      // is left to its rules.
      if (verdict === 'unmet' && p.claimants.length === 1) {
        used.value = true;
        agreed = named.has(cl.entityId);
      }
      if (!agreed) continue;
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

/**
 * A case-sensitive alias in all-caps text ("PAN", "MORENA" in a headline) is accepted only with
 * corroboration from its own line: its context rule's near words, or another entity named on
 * the same line ("PAN AND PRI BACK MORENA", "DEA AGENTS TO TESTIFY IN CARO QUINTERO CASE").
 * A line, because a page of headlines mentions many entities, and "PAN DULCE PRICES RISE"
 * must not borrow them.
 */
export function resolveShouts(
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
