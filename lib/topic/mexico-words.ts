/**
 * The words that place a page in Mexico (corpus/topic.yaml `mexico.words`), found as whole words
 * with accents and case ignored: "MÉXICO", "mexicanos" and "Culiacan" all count.
 */
import { fold } from '../text';

export interface WordTest {
  test(text: string): boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createMexicoWords(words: readonly string[]): WordTest {
  const folded = [...new Set(words.map((w) => fold(w).trim()).filter(Boolean))];
  if (folded.length === 0) return { test: () => false };
  // Longest first, so a phrase wins over a word it starts with.
  folded.sort((a, b) => b.length - a.length);
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${folded.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  );
  return { test: (text) => text.length > 0 && re.test(fold(text)) };
}
