/**
 * The benchmark's generated library (scripts/bench/library-gen.ts): the same library every run,
 * and names of the reader's that the knowledge base would accept and that no page would mistake
 * for a bundled name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatchService } from '../../lib/background/match-service';
import { loadFrequentWords } from '../../lib/corpus/common-words';
import type { CorpusData, ScanData } from '../../lib/corpus/types';
import { clashOf } from '../../lib/library/names';
import type { ReaderName } from '../../lib/library/types';
import { fold } from '../../lib/text';
import { generateLibrary } from '../../scripts/bench/library-gen';

const data = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'data', file), 'utf8'));
const scan = data('scan.json') as ScanData;
const corpus = data('corpus.json') as CorpusData;
const frequent = [...loadFrequentWords()];
const make = () => generateLibrary(scan, corpus, frequent, { names: 300, articles: 12 });

describe('the generated library', () => {
  it('is the same library every time', () => {
    const a = make();
    const b = make();
    expect(b).toEqual(a);
    expect(a.names).toHaveLength(300);
    expect(a.articles).toHaveLength(12);
    expect(new Set(a.articles.map((x) => x.url)).size).toBe(12);
  });

  it('draws articles outside the library when asked to start further on', () => {
    const more = generateLibrary(scan, corpus, frequent, { names: 300, articles: 2, from: 12 });
    const urls = new Set(make().articles.map((x) => x.url));
    for (const a of more.articles) expect(urls.has(a.url)).toBe(false);
  });

  it('writes articles of 500 to 1,000 words', () => {
    for (const a of make().articles) {
      expect(a.words).toBeGreaterThanOrEqual(500);
      expect(a.words).toBeLessThan(1200);
      expect(a.texts.join(' ').split(/\s+/).length).toBe(a.words);
    }
  });

  it('gives names that are distinct and clash with no name of the knowledge base', () => {
    const { names } = make();
    expect(new Set(names.map((n) => fold(n.name))).size).toBe(names.length);
    expect(
      clashOf(
        names.map((n) => n.name),
        scan.aliases,
      ),
    ).toBeNull();
    const common = new Set(frequent);
    for (const n of names)
      for (const w of fold(n.name).split(' ')) expect(common.has(w)).toBe(false);
  });

  it('gives names no page would read as a bundled name, not even as a typo', () => {
    const { names } = make();
    const bundledOnly = createMatchService(scan);
    const text = names.map((n) => `${n.name} spoke.`);
    expect(bundledOnly.match(text, []).mentions.flat()).toEqual([]);

    const withNames = createMatchService(scan);
    const reader: ReaderName[] = names.map((n, i) => ({
      id: `mine:bench-${i}`,
      name: n.name,
      type: n.type,
      aliases: [],
      note: null,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      origin: null,
    }));
    withNames.setReaderNames(reader);
    const found = withNames.match(text, []).mentions.map((list) => list.map((m) => m.entityId));
    expect(found).toEqual(reader.map((r) => [r.id]));
  });
});
