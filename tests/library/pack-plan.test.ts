// @vitest-environment node
/**
 * The import dialog's preview: before anything is written, the reader sees which articles are
 * new and which replace a saved copy, which names come in, and every alias that clashes with a
 * name Frontera already knows (bundled or the reader's), compared as the corpus compares them.
 */
import { describe, expect, it } from 'vitest';
import type { PackFile } from '../../lib/library/pack';
import { type ExistingLibrary, planImport } from '../../lib/library/pack-plan';
import type { ReaderName, SavedArticle } from '../../lib/library/types';

const NOW = '2025-03-01T12:00:00.000Z';

const article = (id: string): SavedArticle & { passages: []; candidates: [] } => ({
  id,
  url: id,
  title: id,
  site: 'Example',
  byline: null,
  language: 'en',
  publishedAt: null,
  savedAt: NOW,
  updatedAt: NOW,
  extraction: 'readability',
  origin: 'newsroom',
  passages: [],
  candidates: [],
});

const name = (id: string, display: string, aliases: ReaderName['aliases'] = []): ReaderName => ({
  id,
  name: display,
  type: 'person',
  aliases,
  note: null,
  createdAt: NOW,
  updatedAt: NOW,
  origin: 'newsroom',
});

const pack = (over: Partial<PackFile> = {}): PackFile => ({
  format: 'frontera-pack',
  version: 1,
  kind: 'pack',
  id: 'newsroom',
  title: 'Newsroom',
  description: null,
  createdAt: NOW,
  generator: 'test',
  articles: [article('https://a.example/1'), article('https://a.example/2')],
  names: [
    name('mine:newsroom:el-mayo', 'El Mayo', [{ text: 'Ismael Zambada' }]),
    name('mine:newsroom:ovidio', 'Ovidio Guzmán', [{ text: 'El Ratón' }]),
  ],
  packs: [],
  dismissed: [],
  ...over,
});

const empty: ExistingLibrary = {
  articles: new Map(),
  names: [],
  bundledAliases: [],
  packs: new Map(),
};

/** One of the reader's own names, as stored. */
const mineName = (id: string, display: string, aliases: ReaderName['aliases'] = []) => ({
  ...name(id, display, aliases),
  origin: null,
});

describe('planImport', () => {
  it('into an empty library: everything is added, nothing clashes', () => {
    const plan = planImport(pack(), empty);
    expect(plan.addArticles.map((a) => a.id)).toEqual([
      'https://a.example/1',
      'https://a.example/2',
    ]);
    expect(plan.addArticles[0]).not.toHaveProperty('passages');
    expect(plan.updateArticles).toEqual([]);
    expect(plan.addNames.map((n) => n.id)).toEqual([
      'mine:newsroom:el-mayo',
      'mine:newsroom:ovidio',
    ]);
    expect(plan.clashes).toEqual([]);
    expect(plan.alreadyImported).toBe(false);
  });

  it('a pack imported again updates its own articles and names, and says so', () => {
    const plan = planImport(pack(), {
      ...empty,
      articles: new Map([['https://a.example/2', 'newsroom']]),
      names: [name('mine:newsroom:ovidio', 'Ovidio Guzmán', [{ text: 'El Ratón' }])],
      packs: new Map([['newsroom', 'Newsroom']]),
    });
    expect(plan.addArticles.map((a) => a.id)).toEqual(['https://a.example/1']);
    expect(plan.updateArticles.map((a) => a.id)).toEqual(['https://a.example/2']);
    expect(plan.updateNames.map((n) => n.id)).toEqual(['mine:newsroom:ovidio']);
    expect(plan.keptArticles).toEqual([]);
    // The name it replaces is not a clash with itself.
    expect(plan.clashes).toEqual([]);
    expect(plan.alreadyImported).toBe(true);
  });

  it('the reader’s own article and name are kept, and the file’s copies left out', () => {
    const plan = planImport(pack(), {
      ...empty,
      articles: new Map([['https://a.example/2', null]]),
      names: [mineName('mine:newsroom:ovidio', 'Ovidio')],
    });
    expect(plan.addArticles.map((a) => a.id)).toEqual(['https://a.example/1']);
    expect(plan.updateArticles).toEqual([]);
    expect(plan.keptArticles).toEqual([
      expect.objectContaining({ id: 'https://a.example/2', owner: null, ownerTitle: null }),
    ]);
    expect(plan.updateNames).toEqual([]);
    expect(plan.keptNames).toEqual([
      expect.objectContaining({ id: 'mine:newsroom:ovidio', owner: null }),
    ]);
  });

  it('another pack’s article is kept as that pack’s, named by its title', () => {
    const plan = planImport(pack(), {
      ...empty,
      articles: new Map([['https://a.example/1', 'desk']]),
      packs: new Map([['desk', 'The desk’s pack']]),
    });
    expect(plan.keptArticles).toEqual([
      expect.objectContaining({
        id: 'https://a.example/1',
        owner: 'desk',
        ownerTitle: 'The desk’s pack',
      }),
    ]);
    expect(plan.alreadyImported).toBe(false);
  });

  it('a copy of my library is never "already imported", and keeps what the library has', () => {
    const library = pack({
      kind: 'library',
      id: 'my-library',
      articles: [
        { ...article('https://a.example/1'), origin: null },
        { ...article('https://a.example/2'), origin: 'desk' },
        { ...article('https://a.example/3'), origin: null },
      ],
    });
    const plan = planImport(library, {
      ...empty,
      articles: new Map([['https://a.example/1', null]]),
      packs: new Map([
        ['my-library', 'My library'],
        ['desk', 'Desk'],
      ]),
    });
    expect(plan.alreadyImported).toBe(false);
    expect(plan.addArticles.map((a) => a.id)).toEqual(['https://a.example/3']);
    // Its own copy of the reader's article, and an article of a pack the library already has.
    expect(plan.keptArticles.map((a) => [a.id, a.owner])).toEqual([
      ['https://a.example/1', null],
      ['https://a.example/2', 'desk'],
    ]);
  });

  it('an alias equal to a bundled one, folded (accents, case), is a clash', () => {
    const plan = planImport(
      pack({ names: [name('mine:x:cds', 'Cartel de Sinaloa'), name('mine:x:ok', 'Someone')] }),
      {
        ...empty,
        bundledAliases: [
          { text: 'Cártel de Sinaloa', entityId: 'sinaloa-cartel' },
          { text: 'Sinaloa Cartel', entityId: 'sinaloa-cartel' },
        ],
      },
    );
    expect(plan.clashes).toEqual([
      {
        alias: 'Cartel de Sinaloa',
        name: 'Cartel de Sinaloa',
        nameId: 'mine:x:cds',
        withEntity: 'sinaloa-cartel',
        bundled: true,
      },
    ]);
  });

  it('an alias equal to one of the reader’s names, or to another name in the pack, is a clash', () => {
    const plan = planImport(
      pack({
        names: [
          name('mine:x:chapo', 'Joaquín Guzmán', [{ text: 'el chapo' }]),
          name('mine:x:other', 'Ivan Archivaldo', [{ text: 'El Chapo' }]),
        ],
      }),
      { ...empty, names: [mineName('mine:el-chapo', 'El Chapo')] },
    );
    expect(plan.clashes).toEqual([
      {
        alias: 'el chapo',
        name: 'Joaquín Guzmán',
        nameId: 'mine:x:chapo',
        withEntity: 'mine:el-chapo',
        bundled: false,
      },
      {
        alias: 'El Chapo',
        name: 'Ivan Archivaldo',
        nameId: 'mine:x:other',
        withEntity: 'mine:el-chapo',
        bundled: false,
      },
      {
        alias: 'El Chapo',
        name: 'Ivan Archivaldo',
        nameId: 'mine:x:other',
        withEntity: 'mine:x:chapo',
        bundled: false,
      },
    ]);
  });

  it('a context rule on either side resolves the clash, as in the corpus', () => {
    const plan = planImport(
      pack({
        names: [
          name('mine:x:vance', 'Vance', [{ text: 'JD', context: { near: ['senator'] } }]),
          name('mine:x:sinaloa', 'Los de Sinaloa', [{ text: 'Sinaloa' }]),
        ],
      }),
      {
        ...empty,
        bundledAliases: [
          { text: 'JD', entityId: 'jd-vance' },
          { text: 'Sinaloa', entityId: 'sinaloa-cartel', context: { near: ['cartel'] } },
        ],
      },
    );
    expect(plan.clashes).toEqual([]);
  });
});
