/**
 * The forms of one name in one article, merged: Ismael "El Mayo" Zambada García = Ismael Zambada
 * = El Mayo = Zambada. Same key, a nickname or an acronym written beside the name, or a shorter
 * form (a surname, first name and surname) that only one fuller name in the article contains.
 */

import type { EntityType } from '../../corpus/types';
import { fold } from '../../text';
import { candidateKey, keyWords } from './key';
import { GROUP_CUES, INSTITUTION_CUES, PLACE_PREPOSITIONS } from './lexicon';
import type { Observation } from './observe';
import { proposeType } from './type-cues';

export interface MergedName {
  name: string;
  forms: string[];
  type: EntityType;
  observations: Observation[];
  /** Has a nickname or an acronym: anchored, never folded into another name as a short form. */
  anchored: boolean;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** `short` is a shorter form of `full`: its surname(s), or its first name with some of the rest. */
export function isShortForm(
  short: readonly string[],
  full: readonly string[],
  person: boolean,
): boolean {
  if (short.length >= full.length) return false;
  if (!person) {
    // "Treasury" is the Treasury Department; "Texas" is not the Texas National Guard.
    return (
      short.every((w, i) => full[i] === w) &&
      full.slice(short.length).every((w) => INSTITUTION_CUES.has(w) || GROUP_CUES.has(w))
    );
  }
  if (short[0] === full[0]) {
    let j = 1;
    for (const w of short.slice(1)) {
      while (j < full.length && full[j] !== w) j++;
      if (j === full.length) return false;
      j++;
    }
    return true;
  }
  for (let i = 1; i + short.length <= full.length; i++) {
    if (short.every((w, k) => full[i + k] === w)) return true;
  }
  return false;
}

export function mergeObservations(observations: readonly Observation[]): MergedName[] {
  const uf = new UnionFind();
  const byKey = new Map<string, Observation[]>();
  const keyOf = new Map<Observation, string>();
  for (const o of observations) {
    const k = candidateKey(o.text);
    if (!k) continue;
    keyOf.set(o, k);
    uf.find(k);
    const list = byKey.get(k) ?? [];
    list.push(o);
    byKey.set(k, list);
    for (const n of [...o.nicknames, ...o.acronyms]) {
      const nk = candidateKey(n);
      if (nk) uf.union(k, nk);
    }
  }
  let groups = collect(byKey, uf);
  // Shorter forms into the one fuller name that contains them: longest first, so "Ismael
  // Zambada" has joined "Ismael Zambada García" before "Zambada" asks how many names hold it.
  const described = groups.map((g) => describe(g));
  const order = described.slice().sort((a, b) => b.words.length - a.words.length);
  for (const g of order) {
    if (g.anchored) continue;
    // "in Texas" is a place, not the first name of "Texas Tenors".
    const placed = g.observations.some((o) =>
      PLACE_PREPOSITIONS.has(o.before.trimEnd().split(' ').pop() ?? ''),
    );
    const own = uf.find(g.key);
    const fuller = new Set(
      described
        .filter(
          (m) =>
            m !== g &&
            m.words.length > g.words.length &&
            !(placed && m.words[0] === g.words[0]) &&
            isShortForm(g.words, m.words, m.type === 'person'),
        )
        .map((m) => uf.find(m.key)),
    );
    fuller.delete(own);
    if (fuller.size === 1) uf.union([...fuller][0] as string, own);
  }
  groups = collect(byKey, uf);
  return groups
    .map((obs) => describe(obs))
    .filter((g) => g.observations.some((o) => !o.weak))
    .map(({ name, forms, type, observations: o, anchored }) => ({
      name,
      forms,
      type,
      observations: o,
      anchored,
    }));
}

interface Described extends MergedName {
  key: string;
  words: readonly string[];
}

function collect(byKey: Map<string, Observation[]>, uf: UnionFind): Observation[][] {
  const groups = new Map<string, Observation[]>();
  for (const [k, obs] of byKey) {
    const root = uf.find(k);
    const list = groups.get(root) ?? [];
    list.push(...obs);
    groups.set(root, list);
  }
  return [...groups.values()];
}

function describe(obs: Observation[]): Described {
  const plain = obs.filter((o) => !o.isNickname);
  const pool = plain.length > 0 ? plain : obs;
  const count = new Map<string, number>();
  for (const o of pool) count.set(o.text, (count.get(o.text) ?? 0) + 1);
  let best = pool[0] as Observation;
  let bestWords = keyWords(best.text).length;
  for (const o of pool) {
    const w = keyWords(o.text).length;
    const better =
      w - bestWords ||
      (count.get(o.text) ?? 0) - (count.get(best.text) ?? 0) ||
      o.text.length - best.text.length;
    if (better > 0) {
      best = o;
      bestWords = w;
    }
  }
  const forms: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const k = candidateKey(f);
    if (k && !seen.has(`${k}|${f.toLowerCase()}`) && !forms.some((x) => x === f)) {
      seen.add(`${k}|${f.toLowerCase()}`);
      forms.push(f);
    }
  };
  add(best.text);
  for (const o of obs) {
    add(o.text);
    for (const n of o.nicknames) add(n);
    for (const a of o.acronyms) add(a);
  }
  const nicknames = obs.some((o) => o.isNickname || o.nicknames.length > 0);
  const acronyms = obs.some((o) => o.acronyms.length > 0);
  const words = keyWords(best.text);
  const bestWord = best.text.trim();
  const type = proposeType({
    words: fold(best.text).split(' '),
    befores: obs.map((o) => o.before),
    hasNickname: nicknames,
    acronym: !bestWord.includes(' ') && /\p{Lu}.*\p{Lu}/u.test(bestWord),
  });
  return {
    key: candidateKey(best.text),
    words,
    name: best.text,
    forms,
    type,
    observations: obs,
    anchored: nicknames || acronyms,
  };
}
