/**
 * Cards quote saved articles beside the bundled corpus, ranked by the same relevance and page
 * context; bundled passages stay first where they are as relevant; a reader's name gets a card
 * with the reader's note, kept apart from corpus summaries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCard } from '../../lib/corpus/card';
import type { CorpusData } from '../../lib/corpus/types';
import { withLibrary } from '../../lib/library/card-sources';
import type { LibraryPassage, ReaderName, SavedArticle } from '../../lib/library/types';

const corpus = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/data/corpus.json'), 'utf8'),
) as CorpusData;

const article = (id: string, extra: Partial<SavedArticle> = {}): SavedArticle => ({
  id,
  url: id,
  title: `Story ${id}`,
  site: 'El Diario',
  byline: null,
  language: 'en',
  publishedAt: '2025-03-02',
  savedAt: '2025-03-05T10:00:00.000Z',
  updatedAt: '2025-03-05T10:00:00.000Z',
  extraction: 'readability',
  origin: null,
  ...extra,
});

/** A passage whose mentions are where the names are written. */
function passage(articleId: string, position: number, text: string, names: Record<string, string>) {
  const mentions = Object.entries(names).flatMap(([written, entityId]) => {
    const out = [];
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      out.push({ entityId, start: at, end: at + written.length });
    }
    return out;
  });
  return {
    id: `${articleId}#${position}`,
    articleId,
    position,
    headingPath: [],
    text,
    entityIds: [...new Set(mentions.map((m) => m.entityId))],
    mentions: mentions.sort((a, b) => a.start - b.start),
  } satisfies LibraryPassage;
}

const ovidio: ReaderName = {
  id: 'mine:ovidio-guzman',
  name: 'Ovidio Guzmán',
  type: 'person',
  aliases: [{ text: 'Ovidio Guzmán' }, { text: 'Ovidio Guzman' }],
  note: 'Son of El Chapo; extradited in 2023 (my note).',
  createdAt: '2025-03-01T00:00:00.000Z',
  updatedAt: '2025-03-01T00:00:00.000Z',
  origin: null,
};

describe('cards with the library', () => {
  it('quote a saved article that explains the entity well, labelled as saved, beside the corpus', () => {
    const a = article('https://example.com/a');
    const text =
      'Claudia Sheinbaum said on Monday that Claudia Sheinbaum would not accept troops. Sheinbaum repeated it.';
    const slice = {
      articles: [a],
      passages: [passage(a.id, 1, text, { 'Claudia Sheinbaum': 'claudia-sheinbaum' })],
      names: [],
    };
    const card = buildCard(withLibrary(corpus, slice), 'claudia-sheinbaum', [], 5);
    const saved = card?.excerpts.find((e) => e.document.saved);
    expect(saved?.document).toMatchObject({
      outlet: 'El Diario',
      date: '2025-03-02',
      dateBasis: 'stated',
      saved: { url: a.url, pack: null },
    });
    expect(saved?.marks.map((m) => text.slice(m.start, m.end))).toEqual([
      'Claudia Sheinbaum',
      'Claudia Sheinbaum',
    ]);
    // The bundled corpus was not changed by the join.
    expect(
      buildCard(corpus, 'claudia-sheinbaum', [], 5)?.excerpts.every((e) => !e.document.saved),
    ).toBe(true);
  });

  it('keep the bundled passage first where a saved one is exactly as relevant', () => {
    const bundled = buildCard(corpus, 'fentanyl', [], 1)?.excerpts[0];
    expect(bundled).toBeDefined();
    if (!bundled) return;
    const copy = article('https://example.com/copy');
    const same = {
      ...passage(copy.id, 1, bundled.passage.text, {}),
      entityIds: ['fentanyl'],
      mentions: bundled.marks.map((m) => ({ entityId: 'fentanyl', ...m })),
    };
    const card = buildCard(
      withLibrary(corpus, { articles: [copy], passages: [same], names: [] }),
      'fentanyl',
      [],
      1,
    );
    expect(card?.excerpts[0]?.document.saved).toBeUndefined();
  });

  it('lift a saved passage that also names what the page is about', () => {
    const a = article('https://example.com/b');
    const text = 'Fentanyl seized in Sinaloa; the Sinaloa Cartel and Claudia Sheinbaum were named.';
    const p = passage(a.id, 1, text, {
      Fentanyl: 'fentanyl',
      'Sinaloa Cartel': 'sinaloa-cartel',
      'Claudia Sheinbaum': 'claudia-sheinbaum',
    });
    const joined = withLibrary(corpus, { articles: [a], passages: [p], names: [] });
    const plain = buildCard(joined, 'fentanyl', [], 3);
    const inContext = buildCard(joined, 'fentanyl', ['sinaloa-cartel', 'claudia-sheinbaum'], 3);
    const rank = (card: typeof plain) => card?.excerpts.findIndex((e) => e.document.saved) ?? -1;
    expect(rank(inContext)).toBeGreaterThanOrEqual(0);
    expect(rank(plain) === -1 || rank(inContext) <= rank(plain)).toBe(true);
    expect(inContext?.excerpts.find((e) => e.document.saved)?.sharedEntityIds).toEqual([
      'sinaloa-cartel',
      'claudia-sheinbaum',
    ]);
  });

  it("give a reader's name a card: the note as the reader's, excerpts from the library, names seen with it", () => {
    const a = article('https://example.com/c', { publishedAt: null });
    const p1 = passage(a.id, 1, 'Ovidio Guzmán, a leader of the Sinaloa Cartel, was extradited.', {
      'Ovidio Guzmán': ovidio.id,
      'Sinaloa Cartel': 'sinaloa-cartel',
    });
    const card = buildCard(
      withLibrary(corpus, { articles: [a], passages: [p1], names: [ovidio] }),
      ovidio.id,
      [],
    );
    expect(card?.entity).toMatchObject({
      name: 'Ovidio Guzmán',
      summary: '',
      reader: { note: 'Son of El Chapo; extradited in 2023 (my note).', pack: null },
      // The accent-less spelling is the same alias, folded: nothing else to list.
      aliases: [],
    });
    expect(card?.excerpts).toHaveLength(1);
    expect(card?.excerpts[0]?.document).toMatchObject({ date: null, dateBasis: 'unknown' });
    expect(card?.related.map((r) => r.id)).toEqual(['sinaloa-cartel']);
  });

  it('give the same card when told which entity it is for, without ranking the others', () => {
    const a = article('https://example.com/d');
    const p1 = passage(a.id, 1, 'Ovidio Guzmán, a leader of the Sinaloa Cartel, was extradited.', {
      'Ovidio Guzmán': ovidio.id,
      'Sinaloa Cartel': 'sinaloa-cartel',
    });
    const slice = { articles: [a], passages: [p1], names: [ovidio] };
    const focused = withLibrary(corpus, slice, ovidio.id);
    expect(buildCard(focused, ovidio.id, [])).toEqual(
      buildCard(withLibrary(corpus, slice), ovidio.id, []),
    );
    // The cartel's own list is the bundled one: the library passage was not ranked for it.
    const cartel = (c: CorpusData) => c.entities.find((e) => e.id === 'sinaloa-cartel');
    expect(cartel(focused)?.passages).toEqual(cartel(corpus)?.passages);
    expect(cartel(withLibrary(corpus, slice))?.passages.length).toBe(
      (cartel(corpus)?.passages.length ?? 0) + 1,
    );
  });
});
