/**
 * A name's page as data: every passage of the corpus and the library that mentions the name,
 * grouped by source with the sources in date order, the name marked in each, the corpus's
 * summary or the reader's note (never both), and the names seen with it, counted.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_SLICE } from '../../../lib/library/card-sources';
import {
  assembleNamePage,
  libraryReader,
  needsLibrary,
  readNameSlice,
} from '../../../lib/ui/reader/name-page';
import { corpus } from '../helpers';
import {
  ARTICLES,
  BARREDORA,
  EARLY,
  fixtureLibrary,
  NAMES,
  PASSAGES,
  PLAN,
  UNDATED,
} from './library-fixture';

const slice = { articles: ARTICLES, passages: PASSAGES, names: NAMES };
const marked = (text: string, marks: { start: number; end: number }[]) =>
  marks.map((m) => text.slice(m.start, m.end));

describe('a name’s page, assembled', () => {
  it('groups the passages by source, sources in date order, undated ones last', () => {
    const page = assembleNamePage(corpus, slice, 'claudia-sheinbaum');
    expect(page?.groups.map((g) => [g.source, g.doc.id, g.date])).toEqual([
      ['library', EARLY, '2024-06-01'],
      ['bundled', 'news-one', '2025-01-21'],
      ['library', PLAN, '2025-03-02'],
      // No date stated: the corpus's documents first, then saved articles by the day saved.
      ['bundled', 'news-two', null],
      ['library', UNDATED, null],
    ]);
    expect(page?.passageCount).toBe(8);
  });

  it('lists each source’s passages in reading order, and only those that mention the name', () => {
    const page = assembleNamePage(corpus, slice, 'claudia-sheinbaum');
    const plan = page?.groups.find((g) => g.doc.id === PLAN);
    expect(plan?.passages.map((p) => p.position)).toEqual([1, 3]);
    expect(plan?.savedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(plan?.doc.saved?.url).toBe(`${PLAN}?utm_source=feed`);
    expect(page?.groups.find((g) => g.doc.id === 'news-one')?.passages.map((p) => p.id)).toEqual([
      'news-one/01',
      'news-one/02',
      'news-one/03',
    ]);
  });

  it('marks the name in each passage: the library’s recorded positions, the corpus’s spellings', () => {
    const page = assembleNamePage(corpus, slice, 'claudia-sheinbaum');
    const all = page?.groups.flatMap((g) => g.passages) ?? [];
    const byId = new Map(all.map((p) => [p.id, marked(p.text, p.marks)]));
    expect(byId.get(`${PLAN}#1`)).toEqual(['Claudia Sheinbaum']);
    expect(byId.get(`${PLAN}#3`)).toEqual(['Sheinbaum']);
    expect(byId.get('news-one/01')).toEqual(['Claudia Sheinbaum']);
    // Accents and case do not hide a spelling; the text is kept as written.
    expect(byId.get('news-two/01')).toEqual(['CLAUDIA SHEINBAUM']);
  });

  it('counts the names seen with it, most often first, each known to the corpus or the reader', () => {
    const page = assembleNamePage(corpus, slice, 'claudia-sheinbaum');
    expect(page?.seenWith.map((s) => [s.name, s.count])).toEqual([
      ['Sinaloa Cartel', 2],
      ['Andrés Manuel López Obrador', 1],
      ['Fentanyl', 1],
      ['La Barredora', 1],
    ]);
  });

  it('gives a bundled name the corpus’s summary and no note', () => {
    const page = assembleNamePage(corpus, slice, 'claudia-sheinbaum');
    expect(page).toMatchObject({
      name: 'Claudia Sheinbaum',
      type: 'person',
      aliases: ['Sheinbaum', 'Claudia Sheinbaum Pardo'],
      summary: 'President of Mexico since October 2024.',
      mine: false,
      note: null,
    });
  });

  it('gives the reader’s name the reader’s note and no corpus summary', () => {
    const page = assembleNamePage(corpus, slice, BARREDORA);
    expect(page).toMatchObject({
      name: 'La Barredora',
      type: 'criminal-group',
      aliases: ['Barredora'],
      summary: null,
      mine: true,
      note: 'A group I keep meeting in Tabasco stories.',
    });
    expect(page?.groups.map((g) => g.doc.id)).toEqual([UNDATED]);
    expect(page?.seenWith.map((s) => [s.id, s.count])).toEqual([['claudia-sheinbaum', 1]]);
  });

  it('knows no name that neither the corpus nor the library has', () => {
    expect(assembleNamePage(corpus, slice, 'nobody')).toBeNull();
    expect(assembleNamePage(corpus, EMPTY_SLICE, BARREDORA)).toBeNull();
  });

  it('shows a bundled name from the corpus alone when the library has nothing', () => {
    const page = assembleNamePage(corpus, EMPTY_SLICE, 'claudia-sheinbaum');
    expect(page?.groups.map((g) => g.doc.id)).toEqual(['news-one', 'news-two']);
    expect(page?.seenWith.map((s) => s.id)).not.toContain(BARREDORA);
  });

  it('never lets a saved article stand in for a bundled document of the same id', () => {
    const [article, passage] = [ARTICLES[0], PASSAGES[0]];
    if (!article || !passage) throw new Error('empty fixture');
    const page = assembleNamePage(
      corpus,
      {
        articles: [{ ...article, id: 'news-one', title: 'Not the corpus' }],
        passages: [{ ...passage, id: 'news-one#1', articleId: 'news-one' }],
        names: [],
      },
      'claudia-sheinbaum',
    );
    const group = page?.groups.find((g) => g.doc.id === 'news-one');
    expect(group?.source).toBe('bundled');
    expect(group?.doc.title).toBe('Trump Designates Cartels');
  });

  it('waits for the library only for the reader’s own names', () => {
    expect(needsLibrary(BARREDORA)).toBe(true);
    expect(needsLibrary('claudia-sheinbaum')).toBe(false);
  });
});

describe('reading the library for a name’s page', () => {
  it('reads the passages that mention the name, their articles and the reader’s names', async () => {
    const db = await fixtureLibrary();
    const read = await readNameSlice(db, 'claudia-sheinbaum');
    expect(read.passages.map((p) => p.id).sort()).toEqual(
      [`${PLAN}#1`, `${PLAN}#3`, `${EARLY}#1`, `${UNDATED}#1`].sort(),
    );
    expect(read.articles.map((a) => a.id).sort()).toEqual([PLAN, EARLY, UNDATED].sort());
    expect(read.names.map((n) => n.id)).toEqual([BARREDORA]);
  });

  it('reads one saved article with its passages in order', async () => {
    const library = libraryReader(await fixtureLibrary());
    const found = await library.article(PLAN);
    expect(found?.article.title).toBe('Harfuch’s plan, explained');
    expect(found?.passages.map((p) => p.position)).toEqual([1, 2, 3]);
    expect(await library.article('https://nowhere.example/')).toBeNull();
  });
});
