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
  /** "first|other" for every multi-word alias: a first name with one of its surnames. */
  const pairs = new Set<string>();
  for (const alias of aliases) {
    const words = keyWords(alias);
    if (words.length === 0) continue;
    keys.add(words.join(' '));
    if (words.length >= 2) {
      for (const w of words.slice(1)) if (!PARTICLES.has(w)) pairs.add(`${words[0]}|${w}`);
    }
  }
  return {
    isKnown(text: string): boolean {
      const words = keyWords(text);
      if (words.length === 0) return false;
      if (keys.has(words.join(' '))) return true;
      if (words.length < 2) return false;
      // A first name and a surname that a known alias pairs, with a known surname-only form.
      const first = words[0] as string;
      const rest = words.slice(1).filter((w) => !PARTICLES.has(w));
      const paired = rest.filter((w) => pairs.has(`${first}|${w}`));
      if (paired.length === 0) return false;
      if (paired.length === rest.length) return true; // every word of it is in one known name
      // A fuller spelling of a known name whose surname alone is known too: "Claudia Sheinbaum
      // Pardo" beside "Claudia Sheinbaum" and "Sheinbaum". Without the lone surname (Joaquín
      // Guzmán, father and son) a longer name may be someone else.
      if (keys.has(words.slice(0, 2).join(' ')) && keys.has(words[1] as string)) return true;
      for (let i = 1; i < words.length; i++) {
        if (keys.has(words.slice(i).join(' '))) return true;
      }
      return false;
    },
  };
}

export { candidateKey };
