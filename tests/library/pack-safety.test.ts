/**
 * A pack never takes over the reader's own work (issue 18): the three ways a file could, each as
 * the tester found it. A pack whose passages carry the ids of an article the reader saved, a pack
 * that lists the reader's own article, and a pack that gives two of its articles the same passage
 * ids. After the import, and after removing the pack, the reader's records are as they were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removePack } from '../../lib/library/contents';
import type { LibraryDb } from '../../lib/library/db';
import { addName } from '../../lib/library/names';
import { type PackFile, parsePack } from '../../lib/library/pack';
import { readAll } from '../../lib/library/records';
import { commitImport, previewImport } from '../../lib/library/transfer';
import {
  BUNDLED,
  freshLibrary,
  NOW,
  packOf,
  sampleLibrary,
  saveStory,
} from '../options/library-support';

const MINE = 'https://ledger.example/vetting';

/** The reader's own records (origin null), as readAll gives them. */
async function mine(db: LibraryDb) {
  const { contents } = await readAll(db);
  const articles = contents.articles.filter((a) => a.origin === null);
  const ids = new Set(articles.map((a) => a.id));
  return {
    articles,
    passages: contents.passages.filter((p) => ids.has(p.articleId)),
    names: contents.names.filter((n) => n.origin === null),
  };
}

/** A pack of one article of its own ("another"), edited by `edit` as a hostile file would be. */
async function hostilePack(edit: (pack: PackFile) => void): Promise<string> {
  const source = freshLibrary();
  await saveStory(source, 'https://ledger.example/another', 'The pack’s story');
  await saveStory(source, MINE, 'The pack’s version of your story');
  await addName(source, { name: 'El Mayo', type: 'person' }, []);
  const pack = JSON.parse(await packOf(source)) as PackFile;
  edit(pack);
  return JSON.stringify(pack);
}

async function importAndRemove(db: LibraryDb, file: string) {
  const preview = await previewImport(db, file, BUNDLED);
  await commitImport(db, preview, NOW);
  const afterImport = await mine(db);
  await removePack(db, preview.pack.id);
  return { preview, afterImport, afterRemove: await mine(db) };
}

describe('a pack never takes over the reader’s records', () => {
  it('a pack whose passages carry the ids of my article’s passages is refused, naming the record', async () => {
    const db = await sampleLibrary();
    const before = await mine(db);
    const file = await hostilePack((pack) => {
      pack.articles = pack.articles.filter((a) => a.id !== MINE);
      for (const p of pack.articles[0]?.passages ?? []) p.id = `${MINE}#${p.position}`;
    });
    await expect(previewImport(db, file, BUNDLED)).rejects.toMatchObject({
      code: 'invalid-pack',
      message: expect.stringContaining(
        `articles[0].passages[0].id: expected "https://ledger.example/another#1"`,
      ),
    });
    expect(await mine(db)).toEqual(before);
  });

  it('a pack that lists my own article leaves it mine, before and after removing the pack', async () => {
    const db = await sampleLibrary();
    const before = await mine(db);
    const { preview, afterImport, afterRemove } = await importAndRemove(
      db,
      await hostilePack(() => {}),
    );

    expect(preview.plan.addArticles.map((a) => a.id)).toEqual(['https://ledger.example/another']);
    expect(preview.plan.updateArticles).toEqual([]);
    expect(preview.plan.keptArticles).toEqual([
      expect.objectContaining({ title: 'The pack’s version of your story', owner: null }),
    ]);
    expect(afterImport).toEqual(before);
    expect(afterRemove).toEqual(before);
  });

  it('a pack that lists my own name leaves it mine, before and after removing the pack', async () => {
    const db = await sampleLibrary();
    const before = await mine(db);
    const file = await hostilePack((pack) => {
      const mayo = pack.names[0];
      if (mayo) Object.assign(mayo, { id: 'mine:los-chapitos', name: 'Los Chapitos (pack)' });
    });
    const { preview, afterImport, afterRemove } = await importAndRemove(db, file);
    expect(preview.plan.updateNames).toEqual([]);
    expect(preview.plan.keptNames).toEqual([
      expect.objectContaining({ name: 'Los Chapitos (pack)', owner: null }),
    ]);
    expect(afterImport).toEqual(before);
    expect(afterRemove).toEqual(before);
  });

  it('a pack that reuses one article’s passage ids in another is refused, naming the record', () => {
    const broken = (pack: PackFile) => {
      const [a, b] = pack.articles;
      if (a && b) for (const p of b.passages) p.id = `${a.id}#${p.position}`;
    };
    return expect(hostilePack(broken).then((file) => parsePack(file))).rejects.toMatchObject({
      code: 'invalid-pack',
      message: expect.stringMatching(/articles\[1\]\.passages\[0\]\.id: expected ".*#1"/),
    });
  });
});

describe('an article a pack brought, saved by the reader, is the reader’s', () => {
  it('removing the pack keeps it', async () => {
    const db = freshLibrary();
    const source = freshLibrary();
    await saveStory(source, MINE, 'The pack’s story');
    await commitImport(db, await previewImport(db, await packOf(source), BUNDLED), NOW);
    await saveStory(db, MINE, 'Saved by me');
    await removePack(db, 'newsroom');
    expect((await mine(db)).articles.map((a) => [a.title, a.origin])).toEqual([
      ['Saved by me', null],
    ]);
  });
});

// ---- The property: random libraries, random (hostile) packs ----

const URLS = ['a', 'b', 'c', 'd'].map((x) => `https://ledger.example/${x}`);
const NAMES = ['El Mayo', 'Los Chapitos', 'Ovidio Guzmán', 'La Tuta'];
const ALIASES = ['Chapitos', 'El Ratón', 'CDS', 'Zambada', 'Sinaloa Cartel'];
const slugOf = (name: string) =>
  `mine:${name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}`;

const someOf = <T>(items: readonly T[]) => fc.subarray([...items]);

/** A library: articles the reader saved, names the reader added, maybe a pack "desk" of its own. */
const readerLibrary = fc.record({
  saved: someOf(URLS),
  names: fc.array(fc.tuple(fc.constantFrom(...NAMES), someOf(ALIASES)), { maxLength: 3 }),
  desk: fc.option(fc.record({ articles: someOf(URLS), names: someOf(NAMES) }), { nil: null }),
});

/** A file as a hostile author would write it: ids of the reader's records, foreign origins. */
const hostileFile = fc.record({
  kind: fc.constantFrom('pack' as const, 'library' as const),
  id: fc.constantFrom('newsroom', 'desk'),
  articles: someOf(URLS),
  origin: fc.constantFrom(null, 'desk', 'newsroom'),
  names: fc.array(
    fc.record({
      name: fc.constantFrom(...NAMES),
      // The reader's own id for it, or one of the pack's own.
      readerId: fc.boolean(),
      aliases: someOf(ALIASES),
    }),
    { maxLength: 3 },
  ),
  passageIds: fc.constantFrom('own', 'reader', 'shared'),
});

type Library = typeof readerLibrary extends fc.Arbitrary<infer T> ? T : never;
type Hostile = typeof hostileFile extends fc.Arbitrary<infer T> ? T : never;

async function buildLibrary(spec: Library): Promise<LibraryDb> {
  const db = freshLibrary();
  if (spec.desk) {
    const desk = freshLibrary();
    for (const url of spec.desk.articles) await saveStory(desk, url, `Desk: ${url}`);
    for (const n of spec.desk.names) await addName(desk, { name: n, type: 'person' }, []);
    const file = await packOf(desk, 'pack', 'desk');
    await commitImport(db, await previewImport(db, file, BUNDLED), NOW);
  }
  for (const url of spec.saved) await saveStory(db, url, `Mine: ${url}`);
  for (const [n, aliases] of spec.names) {
    // A name whose alias is taken is refused, as the add-name form refuses it.
    await addName(db, { name: n, type: 'person', aliases }, BUNDLED.aliases).catch(() => {});
  }
  return db;
}

function writeFile(spec: Hostile): string {
  const at = NOW.toISOString();
  const articles = spec.articles.map((url) => {
    const passageId = (position: number) =>
      spec.passageIds === 'own'
        ? `${url}#${position}`
        : spec.passageIds === 'reader'
          ? `${URLS[(URLS.indexOf(url) + 1) % URLS.length]}#${position}`
          : `${spec.articles[0]}#${position}`;
    return {
      id: url,
      url,
      title: `Pack: ${url}`,
      site: 'Pack',
      byline: null,
      language: 'en',
      publishedAt: null,
      savedAt: at,
      updatedAt: at,
      extraction: 'pack-build',
      origin: spec.origin,
      passages: [1, 2].map((position) => ({
        id: passageId(position),
        articleId: url,
        position,
        headingPath: [],
        text: `Passage ${position} of the pack's ${url}`,
        entityIds: [],
        mentions: [],
      })),
    };
  });
  const ids = new Set<string>();
  const names = spec.names
    .map((n, i) => ({
      id: n.readerId ? slugOf(n.name) : `mine:${spec.id}:${i}`,
      name: n.name,
      type: 'person',
      aliases: n.aliases.map((text) => ({ text })),
      note: 'From the pack',
      createdAt: at,
      updatedAt: at,
      origin: spec.origin,
    }))
    // Two names of one id are a broken file, refused whole: each id once keeps the property's point.
    .filter((n) => !ids.has(n.id) && ids.add(n.id));
  return JSON.stringify({
    format: 'frontera-pack',
    version: 1,
    kind: spec.kind,
    id: spec.id,
    title: 'A pack',
    description: null,
    createdAt: at,
    generator: 'hostile',
    articles,
    names,
    packs: [],
  });
}

/** Every record as stored, with whose it is, keyed by table and id. */
async function records(db: LibraryDb) {
  const { contents } = await readAll(db);
  const origin = new Map(contents.articles.map((a) => [a.id, a.origin]));
  return new Map<string, { origin: string | null; record: unknown }>([
    ...contents.articles.map((a) => [`article ${a.id}`, { origin: a.origin, record: a }] as const),
    ...contents.passages.map(
      (p) => [`passage ${p.id}`, { origin: origin.get(p.articleId) ?? null, record: p }] as const,
    ),
    ...contents.names.map((n) => [`name ${n.id}`, { origin: n.origin, record: n }] as const),
  ]);
}

/** The records of `before` that are not the imported pack's own: each must be exactly as it was. */
function notThePacks(all: Awaited<ReturnType<typeof records>>, file: Hostile) {
  return new Map([...all].filter(([, r]) => !(file.kind === 'pack' && r.origin === file.id)));
}

describe('whatever the file, the library’s records are as they were (property)', () => {
  it('after the import and after removing the pack', async () => {
    await fc.assert(
      fc.asyncProperty(readerLibrary, hostileFile, async (spec, file) => {
        const db = await buildLibrary(spec);
        const before = notThePacks(await records(db), file);
        const mineBefore = await mine(db);
        let imported = true;
        try {
          await commitImport(db, await previewImport(db, writeFile(file), BUNDLED), NOW);
        } catch (err) {
          // A file that reuses passage ids is refused whole; nothing is written.
          expect(file.passageIds).not.toBe('own');
          expect(err).toMatchObject({ code: 'invalid-pack' });
          imported = false;
        }
        if (file.passageIds !== 'own' && file.articles.length > 1) expect(imported).toBe(false);
        const after = await records(db);
        for (const [key, was] of before) expect(after.get(key), key).toEqual(was);
        // A pack adds nothing to the reader's own records; a copy of a library may restore some.
        if (file.kind === 'pack') expect(await mine(db)).toEqual(mineBefore);
        if (imported && file.kind === 'pack') {
          await removePack(db, file.id);
          expect(await mine(db)).toEqual(mineBefore);
          const removed = await records(db);
          for (const [key, was] of before) expect(removed.get(key), key).toEqual(was);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
