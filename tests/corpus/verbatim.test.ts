// @vitest-environment node
/**
 * The corpus keeps the articles' own words: every line of a source body must appear, character for
 * character, in the seed it came from. Only structure is added (Markdown heading marks, blank lines
 * between paragraphs); page furniture is removed, never reworded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const sourcesDir = new URL('../../corpus/sources/', import.meta.url);
const seedsDir = new URL('../fixtures/seeds/', import.meta.url);

function splitFrontMatter(text: string): { frontMatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('source file has no front matter');
  return { frontMatter: match[1] ?? '', body: text.slice(match[0].length) };
}

const sourceFiles = readdirSync(sourcesDir)
  .filter((name) => name.endsWith('.md'))
  .sort();

describe('corpus sources', () => {
  it('hold the five seed documents, one file each', () => {
    const seeds = sourceFiles.map((name) => {
      const { frontMatter } = splitFrontMatter(readFileSync(new URL(name, sourcesDir), 'utf8'));
      return /^seed: "?([^"\n]+)"?$/m.exec(frontMatter)?.[1];
    });
    expect(seeds.sort()).toEqual(readdirSync(seedsDir).sort());
  });

  it.each(sourceFiles)('%s: every body line occurs verbatim in its seed', (name) => {
    const { frontMatter, body } = splitFrontMatter(readFileSync(new URL(name, sourcesDir), 'utf8'));
    const seedName = /^seed: "?([^"\n]+)"?$/m.exec(frontMatter)?.[1];
    expect(seedName).toBeTruthy();
    const seed = readFileSync(new URL(String(seedName), seedsDir), 'utf8');
    const missing = body
      .split('\n')
      .map((line) => line.replace(/^#{1,6} /, ''))
      .filter((line) => line.trim() !== '' && !seed.includes(line));
    expect(missing).toEqual([]);
  });

  it.each(sourceFiles)('%s: page furniture is gone', (name) => {
    const { body } = splitFrontMatter(readFileSync(new URL(name, sourcesDir), 'utf8'));
    for (const furniture of [
      'Physical Address',
      'North Cardinal St.',
      'Flick International',
      'You may also like',
      'Leave a Comment',
      'From: [[',
      'by time news',
    ]) {
      expect(body).not.toContain(furniture);
    }
  });
});
