// @vitest-environment node
/**
 * The pack file, as a reader meets it: exporting the library and importing the file elsewhere
 * gives the same library back; a file that is too big, not a pack, malformed or from a later
 * Frontera is refused with a message that says why (and where), before anything is imported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../lib/corpus/types';
import {
  exportPack,
  PACK_FORMAT,
  PACK_VERSION,
  type PackFile,
  packToContents,
  parsePack,
} from '../../lib/library/pack';
import {
  type LibraryContents,
  LibraryError,
  type LibraryPassage,
  type PackRecord,
  type ReaderName,
  type SavedArticle,
} from '../../lib/library/types';

const NOW = '2025-03-01T12:00:00.000Z';

// ---- Generators of valid libraries: unicode and accents, empty lists, optional fields ----

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('Cártel de Sinaloa', 'García Harfuch', 'El “Mayo” Zambada', '—', ''),
);
const nonEmpty = text.filter((t) => t.trim() !== '');
const iso = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const kebab = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

const passageOf = (articleId: string, position: number): fc.Arbitrary<LibraryPassage> =>
  fc
    .record({
      headingPath: fc.array(text, { maxLength: 3 }),
      text: fc.string({ unit: 'grapheme', minLength: 0, maxLength: 80 }),
      entityIds: fc.array(nonEmpty, { maxLength: 3 }),
      cuts: fc.array(fc.tuple(fc.nat(), fc.nat(), nonEmpty), { maxLength: 3 }),
    })
    .map(({ headingPath, text, entityIds, cuts }) => ({
      id: `${articleId}#${position}`,
      articleId,
      position,
      headingPath,
      text,
      entityIds,
      // Mentions must lie inside the text: derive them from it.
      mentions:
        text.length === 0
          ? []
          : cuts.map(([a, b, entityId]) => {
              const start = a % text.length;
              return { entityId, start, end: start + 1 + (b % (text.length - start)) };
            }),
    }));

const aliasSpec = fc.record(
  {
    text: nonEmpty,
    caseSensitive: fc.boolean(),
    fuzzy: fc.boolean(),
    context: fc.record(
      {
        near: fc.array(nonEmpty, { maxLength: 2 }),
        notNear: fc.array(nonEmpty, { maxLength: 2 }),
        blockedBy: fc.array(nonEmpty, { maxLength: 2 }),
        withEntities: fc.array(nonEmpty, { maxLength: 2 }),
        window: fc.integer({ min: 1, max: 20 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['text'] },
);

function library(): fc.Arbitrary<LibraryContents> {
  return fc
    .record({
      packIds: fc.uniqueArray(kebab, { maxLength: 3 }),
      articleIds: fc.uniqueArray(fc.webUrl(), { maxLength: 4 }),
      nameIds: fc.uniqueArray(nonEmpty, { maxLength: 4 }),
    })
    .chain(({ packIds, articleIds, nameIds }) => {
      const origin = fc.oneof(fc.constant(null), ...packIds.map((id) => fc.constant(id)));
      const article = (id: string): fc.Arbitrary<[SavedArticle, LibraryPassage[]]> =>
        fc
          .tuple(
            fc.record({
              id: fc.constant(id),
              url: fc.constant(id),
              title: text,
              site: text,
              byline: fc.option(text, { nil: null }),
              language: fc.constantFrom('en' as const, 'es' as const, null),
              publishedAt: fc.option(iso, { nil: null }),
              savedAt: iso,
              updatedAt: iso,
              extraction: fc.constantFrom('readability', 'article', 'main'),
              origin,
            }),
            fc.integer({ min: 0, max: 3 }),
          )
          .chain(([a, n]) =>
            fc
              .tuple(...Array.from({ length: n }, (_, i) => passageOf(id, i + 1)))
              .map((ps): [SavedArticle, LibraryPassage[]] => [a, ps]),
          );
      const name = (id: string): fc.Arbitrary<ReaderName> =>
        fc.record({
          id: fc.constant(`mine:${id}`),
          name: nonEmpty,
          type: fc.constantFrom(...ENTITY_TYPES),
          aliases: fc.array(aliasSpec, { maxLength: 3 }),
          note: fc.option(text, { nil: null }),
          createdAt: iso,
          updatedAt: iso,
          origin,
        });
      const pack = (id: string): fc.Arbitrary<PackRecord> =>
        fc.record({
          id: fc.constant(id),
          title: text,
          description: fc.option(text, { nil: null }),
          formatVersion: fc.constant(1),
          importedAt: iso,
          enabled: fc.boolean(),
          articleCount: fc.nat(50),
          nameCount: fc.nat(50),
        });
      return fc
        .record({
          articles: fc.tuple(...articleIds.map(article)),
          names: fc.tuple(...nameIds.map(name)),
          packs: fc.tuple(...packIds.map(pack)),
        })
        .chain(({ articles, names, packs }) =>
          // Shuffled: the export must not depend on the order the database hands records over.
          fc
            .tuple(
              fc.shuffledSubarray(articles, { minLength: articles.length }),
              fc.shuffledSubarray(names, { minLength: names.length }),
              fc.shuffledSubarray(packs, { minLength: packs.length }),
            )
            .map(([a, n, p]) => ({
              articles: a.map(([article]) => article),
              passages: a.flatMap(([, passages]) => passages).reverse(),
              names: n,
              packs: p,
            })),
        );
    });
}

const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const sorted = (c: LibraryContents) => ({
  articles: byId(c.articles),
  passages: byId(c.passages),
  names: byId(c.names),
  packs: byId(c.packs),
});

const meta = { id: 'my-library', title: 'Mi biblioteca', now: NOW };

describe('export then import', () => {
  it('reproduces the library exactly (a copy of my library restores as it was)', () => {
    fc.assert(
      fc.property(library(), (contents) => {
        const back = packToContents(parsePack(exportPack(contents, meta)));
        expect(sorted(back)).toEqual(sorted(contents));
      }),
      { numRuns: 200 },
    );
  });

  it('exports the same library to the same bytes, whatever order its records come in', () => {
    fc.assert(
      fc.property(library(), (contents) => {
        const shuffled: LibraryContents = {
          articles: [...contents.articles].reverse(),
          passages: [...contents.passages].reverse(),
          names: [...contents.names].reverse(),
          packs: [...contents.packs].reverse(),
        };
        expect(exportPack(shuffled, meta)).toBe(exportPack(contents, meta));
        // Reading it in and writing it out again changes nothing either.
        const again = packToContents(parsePack(exportPack(contents, meta)));
        expect(exportPack(again, meta)).toBe(exportPack(contents, meta));
      }),
      { numRuns: 100 },
    );
  });

  it('a library shared as a pack: everything belongs to the pack, which is listed', () => {
    fc.assert(
      fc.property(library(), (contents) => {
        const text = exportPack(contents, { ...meta, id: 'newsroom', kind: 'pack' });
        const back = packToContents(parsePack(text), { importedAt: NOW });
        const own = (c: LibraryContents) => ({
          ...sorted(c),
          articles: byId(c.articles).map((a) => ({ ...a, origin: 'newsroom' })),
          names: byId(c.names).map((n) => ({ ...n, origin: 'newsroom' })),
        });
        expect({ ...sorted(back), packs: [] }).toEqual({ ...own(contents), packs: [] });
        expect(back.packs).toEqual([
          {
            id: 'newsroom',
            title: 'Mi biblioteca',
            description: null,
            formatVersion: PACK_VERSION,
            importedAt: NOW,
            enabled: true,
            articleCount: contents.articles.length,
            nameCount: contents.names.length,
          },
        ]);
      }),
      { numRuns: 50 },
    );
  });

  it('an empty library makes a valid file', () => {
    const empty: LibraryContents = { articles: [], passages: [], names: [], packs: [] };
    const pack = parsePack(exportPack(empty, meta));
    expect(pack).toMatchObject({
      format: PACK_FORMAT,
      version: PACK_VERSION,
      kind: 'library',
      id: 'my-library',
    });
    expect(packToContents(pack)).toEqual({ ...empty, proposals: [], dismissed: [] });
  });

  it('refuses to export a passage whose article is not in the library', () => {
    const orphan: LibraryPassage = {
      id: 'x#1',
      articleId: 'x',
      position: 1,
      headingPath: [],
      text: 'a',
      entityIds: [],
      mentions: [],
    };
    expect(() =>
      exportPack({ articles: [], passages: [orphan], names: [], packs: [] }, meta),
    ).toThrow(/belongs to no article/);
  });
});

// ---- Files that are refused ----

const valid = (): PackFile =>
  JSON.parse(
    exportPack(
      {
        articles: [
          {
            id: 'https://example.com/a',
            url: 'https://example.com/a',
            title: 'A',
            site: 'Example',
            byline: null,
            language: 'es',
            publishedAt: null,
            savedAt: NOW,
            updatedAt: NOW,
            extraction: 'readability',
            origin: null,
          },
        ],
        passages: [
          {
            id: 'https://example.com/a#1',
            articleId: 'https://example.com/a',
            position: 1,
            headingPath: [],
            text: 'El Mayo Zambada',
            entityIds: ['mine:el-mayo'],
            mentions: [{ entityId: 'mine:el-mayo', start: 0, end: 7 }],
          },
        ],
        names: [
          {
            id: 'mine:el-mayo',
            name: 'El Mayo',
            type: 'person',
            aliases: [{ text: 'Ismael Zambada' }],
            note: null,
            createdAt: NOW,
            updatedAt: NOW,
            origin: null,
          },
        ],
        packs: [],
      },
      meta,
    ),
  );

function refusal(input: string | ArrayBuffer, maxBytes?: number): LibraryError {
  try {
    parsePack(input, maxBytes === undefined ? {} : { maxBytes });
  } catch (error) {
    if (error instanceof LibraryError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('parsePack refuses', () => {
  it('a file over the size limit, before reading it as JSON', () => {
    const error = refusal('x'.repeat(2000), 1000);
    expect(error.code).toBe('pack-too-large');
    expect(refusal(new ArrayBuffer(2 * 1024 * 1024), 1024 * 1024).message).toBe(
      'This file is 2.0 MB; a pack may be at most 1.0 MB.',
    );
    // Counted in UTF-8 bytes: 400 "é" are 800 bytes.
    expect(refusal(`"${'é'.repeat(400)}"`, 700).code).toBe('pack-too-large');
  });

  it.each([
    ['not JSON', 'hello, world', /not JSON/],
    ['a JSON list', '[1, 2]', /foreign file/],
    ['another JSON file', '{"name":"frontera","version":"0.1.0"}', /foreign file/],
  ])('%s: invalid-pack', (_, input, message) => {
    const error = refusal(input);
    expect(error.code).toBe('invalid-pack');
    expect(error.message).toMatch(message);
  });

  it('bytes that are not UTF-8 text', () => {
    const error = refusal(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]).buffer);
    expect(error.code).toBe('invalid-pack');
    expect(error.message).toMatch(/not text/);
  });

  it('a later format version, saying which version this Frontera reads', () => {
    const error = refusal(
      JSON.stringify({ ...valid(), version: PACK_VERSION + 1, articles: 'changed' }),
    );
    expect(error.code).toBe('pack-too-new');
    expect(error.message).toContain('format version 3; this Frontera reads version 2');
  });

  it.each<[string, (p: PackFile & Record<string, unknown>) => void, string]>([
    [
      'a passage text that is not a string',
      (p) => Object.assign(p.articles[0]?.passages[0] ?? {}, { text: 42 }),
      'articles[0].passages[0].text: expected a string',
    ],
    [
      'a missing field',
      (p) => delete (p.names[0] as Partial<ReaderName>).createdAt,
      'names[0].createdAt: missing',
    ],
    [
      'an unknown entity type',
      (p) => Object.assign(p.names[0] ?? {}, { type: 'gang' }),
      'names[0].type: expected one of "person"',
    ],
    [
      'a name id that could take a bundled entity',
      (p) => Object.assign(p.names[0] ?? {}, { id: 'sinaloa-cartel' }),
      'names[0].id: expected an id starting with "mine:"',
    ],
    [
      'a mention outside its passage',
      (p) => Object.assign(p.articles[0]?.passages[0]?.mentions[0] ?? {}, { end: 99 }),
      'articles[0].passages[0].mentions[0]: expected start < end',
    ],
    [
      'a passage filed under another article',
      (p) => Object.assign(p.articles[0]?.passages[0] ?? {}, { articleId: 'elsewhere' }),
      'articles[0].passages[0].articleId: expected "https://example.com/a"',
    ],
    [
      'two articles with one id',
      (p) => p.articles.push(structuredClone(p.articles[0] as PackFile['articles'][number])),
      'articles[1].id: duplicate id',
    ],
    [
      'an id that is not kebab-case',
      (p) => Object.assign(p, { id: 'My Pack' }),
      'id: expected a kebab-case id',
    ],
    [
      'an alias context of the wrong shape',
      (p) => Object.assign(p.names[0]?.aliases[0] ?? {}, { context: { near: 'cartel' } }),
      'names[0].aliases[0].context.near: expected a list',
    ],
  ])('%s, naming the path', (_, spoil, message) => {
    const pack = valid() as PackFile & Record<string, unknown>;
    spoil(pack);
    const error = refusal(JSON.stringify(pack));
    expect(error.code).toBe('invalid-pack');
    expect(error.message).toContain(message);
  });

  it('accepts a byte-order mark and fields it does not know', () => {
    const pack = { ...valid(), addedLater: true };
    expect(parsePack(`\uFEFF${JSON.stringify(pack)}`).names[0]?.id).toBe('mine:el-mayo');
    expect(parsePack(new TextEncoder().encode(JSON.stringify(pack)).buffer).id).toBe('my-library');
  });
});
