/**
 * The stable key of a name: folded (accents, case, spacing), quotes and stops away, a leading
 * article or title off. The same name found in two articles, or dismissed once, has one key.
 */
import { fold } from '../../text';
import { ARTICLES, TITLES } from './lexicon';

const PUNCT = /["'“”‘’.,;:()[\]¡!¿?]/g;

/**
 * Names repeat (every article's candidates, every rank): their folded words are kept, up to a
 * bound so a long-lived background does not grow without end.
 */
const cache = new Map<string, readonly string[]>();
const CACHE_MAX = 20_000;

/** The folded words of a name, its leading articles and titles taken off. */
export function keyWords(name: string): readonly string[] {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const words = computeKeyWords(name);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(name, words);
  return words;
}

function computeKeyWords(name: string): string[] {
  const words = fold(name.replace(PUNCT, ' ').replace(/['’]s\b/g, ' '))
    .split(' ')
    .filter(Boolean);
  let i = 0;
  while (
    i < words.length - 1 &&
    (ARTICLES.has(words[i] as string) || TITLES.has(words[i] as string))
  )
    i++;
  return words.slice(i);
}

export function candidateKey(name: string): string {
  return keyWords(name).join(' ');
}
