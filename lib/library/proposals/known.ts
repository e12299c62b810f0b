/**
 * What Frontera already knows, as the finder asks it: is this text (any case, accents, spacing,
 * with or without "the"/"el"/a title in front) a known alias? A person's fuller or shorter
 * spelling counts too when it can only be the same person: "Claudia Sheinbaum Pardo" when
 * "Claudia Sheinbaum" is known, "Omar Harfuch" when "Omar García Harfuch" is.
 */
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
  return {
    isKnown(text: string): boolean {
      const words = keyWords(text);
      if (words.length === 0) return false;
      if (keys.has(words.join(' '))) return true;
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
