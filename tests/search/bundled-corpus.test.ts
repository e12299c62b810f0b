/**
 * The same promises on the real corpus (public/data/search.json, built by `npm run corpus`,
 * which `npm test` runs first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchData } from '../../lib/corpus/types';
import { createSearcher } from '../../lib/search';

const file = resolve(import.meta.dirname, '../../public/data/search.json');
if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run corpus\` first.`);

describe('search over the bundled corpus', () => {
  const searcher = createSearcher(JSON.parse(readFileSync(file, 'utf8')) as SearchData);
  const first = (q: string) => searcher.search(q).entities[0]?.doc.title;

  it.each([
    ['Claudia Sheinbaum', 'Claudia Sheinbaum'],
    ['sheinbaum', 'Claudia Sheinbaum'],
    ['Sheinbuam', 'Claudia Sheinbaum'],
    ['lopez obrador', 'Andrés Manuel López Obrador'],
    ['AMLO', 'Andrés Manuel López Obrador'],
    ['cartel de sinaloa', 'Sinaloa Cartel'],
    ['iniciativa merida', 'Mérida Initiative'],
    ['fentanilo', 'Fentanyl'],
    ['garcia luna', 'Genaro García Luna'],
  ])('%j → %s first', (q, title) => {
    expect(first(q)).toBe(title);
  });

  it('finds passages that name the entity, verbatim matches first', () => {
    const r = searcher.search('sheinbaum');
    expect(r?.passages.length).toBeGreaterThan(0);
    expect(r?.passages[0]?.tier).toBe('exact');
  });
});
