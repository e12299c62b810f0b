/**
 * What Frontera already knows, as the finder asks it: is this text (any case, accents, spacing,
 * with or without "the"/"el"/a title in front) a known alias? A person's fuller or shorter
 * spelling counts too when it can only be the same person: "Claudia Sheinbaum Pardo" when
 * "Claudia Sheinbaum" is known, "Omar Harfuch" when "Omar García Harfuch" is.
 */
import { editDistance } from '../../text';
import { candidateKey, keyWords } from './key';
import { PARTICLES } from './lexicon';
import type { KnownNames } from './types';

export function knownNamesFrom(aliases: Iterable<string>): KnownNames {
  const keys = new Set<string>();
  const multi: (readonly string[])[] = [];
  for (const alias of aliases) {
    const words = keyWords(alias);
    if (words.length === 0) continue;
    keys.add(words.join(' '));
    if (words.length >= 2) multi.push(words);
  }
  /** "first|other" for every multi-word alias: a first name with one of its surnames. */
  const pairs = new Set<string>();
  /**
   * The pairs whose surname the knowledge base also names without the first name ("Sheinbaum",
   * "García Harfuch"): that surname means this one person, so a shorter spelling with it does.
   */
  const confirmed = new Set<string>();
  for (const words of multi) {
    const first = words[0] as string;
    for (const w of words.slice(1)) if (!PARTICLES.has(w)) pairs.add(`${first}|${w}`);
    for (let i = 1; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        if (!keys.has(words.slice(i, j).join(' '))) continue;
        for (const w of words.slice(i, j)) if (!PARTICLES.has(w)) confirmed.add(`${first}|${w}`);
      }
    }
  }
  const near = nearKeys(keys);
  return {
    isKnown(text: string): boolean {
      const words = keyWords(text);
      if (words.length === 0) return false;
      const key = words.join(' ');
      if (keys.has(key) || near(key)) return true;
      if (words.length < 2) return false;
      // A first name with surnames one known alias pairs it with, one of them known alone:
      // "Omar García" (Omar García Harfuch, García Harfuch). Without a surname known alone,
      // "Joaquín Guzmán" may be the father of a known Joaquín Guzmán López.
      const first = words[0] as string;
      const rest = words.slice(1).filter((w) => !PARTICLES.has(w));
      if (
        rest.every((w) => pairs.has(`${first}|${w}`)) &&
        rest.some((w) => confirmed.has(`${first}|${w}`))
      ) {
        return true;
      }
      // A fuller spelling of a known name whose surname alone is known too: "Claudia Sheinbaum
      // Pardo" beside "Claudia Sheinbaum" and "Sheinbaum".
      return keys.has(words.slice(0, 2).join(' ')) && keys.has(words[1] as string);
    },
  };
}

export { candidateKey };

/**
 * A misspelling of a known name is that name under another spelling ("Sheimbaum", "Cártel de
 * Sinalao", "Guardia Nacinal"): one edit from a known alias of 6 letters or more, two from one
 * of 12 or more. Saved articles are matched without the typo pass, so the finder would
 * otherwise propose them. Keys are compared only with those of the same first letter and a
 * close length; answers are kept, as the same candidates are asked about again and again.
 */
function nearKeys(keys: ReadonlySet<string>): (key: string) => boolean {
  const byStart = new Map<string, string[]>();
  for (const k of keys) {
    if (k.length < 6) continue;
    const list = byStart.get(k[0] as string) ?? [];
    list.push(k);
    byStart.set(k[0] as string, list);
  }
  const answers = new Map<string, boolean>();
  return (key) => {
    if (key.length < 6) return false;
    const hit = answers.get(key);
    if (hit !== undefined) return hit;
    const max = key.length >= 12 ? 2 : 1;
    const answer = (byStart.get(key[0] as string) ?? []).some(
      (k) => Math.abs(k.length - key.length) <= max && editDistance(k, key, max) <= max,
    );
    if (answers.size > 20_000) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
