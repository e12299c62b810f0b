/**
 * The stable key of a name: folded (accents, case, spacing), quotes and stops away, a leading
 * article or title off. The same name found in two articles, or dismissed once, has one key.
 */
import { fold } from '../../text';
import { ARTICLES, TITLES } from './lexicon';

const PUNCT = /["'“”‘’.,;:()[\]¡!¿?]/g;

/** The folded words of a name, its leading articles and titles taken off. */
export function keyWords(name: string): string[] {
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
