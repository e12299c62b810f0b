/**
 * The background-side figures of `npm run bench:library`, in Node (tsx): the real modules (card
 * service with its library slice, library search, library service's save path, the match
 * service) over fake-indexeddb, with the real scan.json / corpus.json / search.json. Each figure
 * is measured twice in the same run: over an empty library (today) and over the generated one.
 *
 * fake-indexeddb is an in-memory JavaScript IndexedDB, not Chromium's: its timings are of the
 * same order but not the same. The Chromium part (library-browser.ts) measures the same paths
 * through the built extension.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createCardService } from '../../lib/background/card-service';
import { dexieStore } from '../../lib/background/dexie-store';
import {
  createLibrarySearch,
  keepInStep,
  type LibrarySearch,
} from '../../lib/background/library-search';
import { createLibraryService, type LibraryService } from '../../lib/background/library-service';
import { createMatchService } from '../../lib/background/match-service';
import type { CorpusData, ScanData, SearchData } from '../../lib/corpus/types';
import { saveArticle } from '../../lib/library/articles';
import { type LibraryDb, openLibrary, type StoredName } from '../../lib/library/db';
import { addName } from '../../lib/library/names';
import type { LibraryPassage, SavedArticle } from '../../lib/library/types';
import type { ArticleReply } from '../../lib/messages';
import { createSearcher } from '../../lib/search';
import type { GeneratedArticle, GeneratedLibrary } from './library-gen';
import { type Stats, stats } from './library-stats';
import { SEARCH_QUERIES } from './search-queries';

export interface NodeInputs {
  scan: ScanData;
  corpus: CorpusData;
  search: SearchData;
  library: GeneratedLibrary;
  /** Articles not in the library, saved into both sides. */
  toSave: GeneratedArticle[];
  /** Rounds over every keystroke and card. */
  rounds: number;
  log(line: string): void;
}

export interface SideFigures {
  /** Per keystroke: the popup's corpus search, the background's library search, both. */
  corpusSearch: Stats;
  librarySearch: Stats;
  keystroke: Stats;
  /** Cards for bundled names found in the library (same set on both sides). */
  cardBundled: Stats;
  /** Cards for the reader's names (the library side only). */
  cardReader: Stats | null;
  /** The first save after start (the matcher compiles), then the rest. */
  firstSaveMs: number;
  save: Stats;
  /** Building the search index from the records, and loading its saved copy. */
  indexBuildMs: number;
  indexLoadMs: number | null;
}

export interface NodeFigures {
  without: SideFigures;
  with: SideFigures;
  fillMs: number;
  passages: number;
  keystrokes: number;
  records: { articles: SavedArticle[]; passages: LibraryPassage[]; names: StoredName[] };
  /** Bundled entity ids most mentioned in the library, reader name ids most mentioned. */
  heavyBundled: string[];
  heavyReader: string[];
}

function keystrokesOf(queries: readonly string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

const now = () => performance.now();

function openDb(name: string): LibraryDb {
  return openLibrary({ name, indexedDB: new IDBFactory(), IDBKeyRange });
}

export function articleReply(a: GeneratedArticle): ArticleReply {
  return {
    url: a.url,
    title: a.title,
    site: a.site,
    byline: a.byline,
    language: a.language,
    publishedAt: a.publishedAt,
    texts: a.texts,
    method: 'readability',
    root: 'article',
  } as ArticleReply;
}

/** Fills `db` as a reader would have: names added one by one, articles saved one by one. */
async function fill(db: LibraryDb, inputs: NodeInputs): Promise<void> {
  const { scan, library } = inputs;
  for (const n of library.names) await addName(db, { name: n.name, type: n.type }, scan.aliases);
  const matches = createMatchService(scan);
  matches.setReaderNames(await dexieStore(db).names());
  let i = 0;
  for (const a of library.articles) {
    await saveArticle(
      db,
      { ...a, texts: a.texts },
      (texts) => matches.articleMentions(texts),
      () => new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    );
    i++;
    if (i % 500 === 0) inputs.log(`  saved ${i} / ${library.articles.length} articles`);
  }
}

async function waitFor<T>(read: () => Promise<T | undefined>, ms: number): Promise<T | undefined> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (v !== undefined || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Side {
  db: LibraryDb;
  search: LibrarySearch;
  library: LibraryService;
  card(entityId: string, page: readonly string[]): Promise<unknown>;
}

function wire(db: LibraryDb, inputs: NodeInputs): Side {
  // As entrypoints/background/index.ts wires them.
  const matches = createMatchService(inputs.scan);
  const bundledNames = new Map(inputs.scan.entities.map((e) => [e.id, e.name]));
  const store = dexieStore(db, (id) => bundledNames.get(id) ?? id);
  const search = createLibrarySearch(db, { saveAfterMs: 1000 });
  const library = createLibraryService({
    store,
    matches,
    articleOf: async () => null,
    onChange: keepInStep(search),
  });
  const cards = createCardService(
    async () => inputs.corpus,
    (entityId) => store.slice(entityId),
  );
  return { db, search, library, card: (id, page) => cards.getCard(id, page) };
}

async function measureSide(
  side: Side,
  inputs: NodeInputs,
  keystrokes: readonly string[],
  cards: { bundled: string[]; reader: string[]; page: string[] },
  indexLoad: boolean,
): Promise<SideFigures> {
  await side.library.ready;
  // The search index: built from the records on the first search (what a first start pays
  // when no saved copy exists).
  let t = now();
  await side.search.ready();
  const indexBuildMs = now() - t;
  let indexLoadMs: number | null = null;
  if (indexLoad) {
    // Its saved copy is written a few seconds after the build; a new worker loads it.
    await waitFor(async () => (await side.db.meta.get('search-index')) ?? undefined, 10_000);
    const fresh = createLibrarySearch(side.db, { saveAfterMs: 1000 });
    t = now();
    await fresh.ready();
    indexLoadMs = now() - t;
  }

  const searcher = createSearcher(inputs.search);
  for (const k of keystrokes) {
    searcher.search(k);
    await side.search.search(k, 12);
  }
  const corpusMs: number[] = [];
  const libraryMs: number[] = [];
  const both: number[] = [];
  for (let r = 0; r < inputs.rounds; r++) {
    for (const k of keystrokes) {
      const t0 = now();
      searcher.search(k);
      const t1 = now();
      await side.search.search(k, 12);
      const t2 = now();
      corpusMs.push(t1 - t0);
      libraryMs.push(t2 - t1);
      both.push(t2 - t0);
    }
  }

  const cardTimes = async (ids: string[]) => {
    const out: number[] = [];
    for (let r = 0; r < inputs.rounds; r++) {
      for (const id of ids) {
        const t0 = now();
        await side.card(id, cards.page);
        out.push(now() - t0);
      }
    }
    return stats(out);
  };
  await side.card(cards.bundled[0] as string, cards.page); // loads the corpus
  const cardBundled = await cardTimes(cards.bundled);
  const cardReader = cards.reader.length > 0 ? await cardTimes(cards.reader) : null;

  const saves: number[] = [];
  let firstSaveMs = Number.NaN;
  for (const [i, a] of inputs.toSave.entries()) {
    const t0 = now();
    const reply = await side.library.save(articleReply(a));
    const ms = now() - t0;
    if (!reply.ok) throw new Error(`save failed: ${reply.message}`);
    if (i === 0) firstSaveMs = ms;
    else saves.push(ms);
  }
  return {
    corpusSearch: stats(corpusMs),
    librarySearch: stats(libraryMs),
    keystroke: stats(both),
    cardBundled,
    cardReader,
    firstSaveMs,
    save: stats(saves),
    indexBuildMs,
    indexLoadMs,
  };
}

/** The entity ids the library's passages mention most, bundled and the reader's apart. */
function heaviest(passages: readonly LibraryPassage[], count: number) {
  const n = new Map<string, number>();
  for (const p of passages) for (const id of p.entityIds) n.set(id, (n.get(id) ?? 0) + 1);
  const sorted = [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const pick = (mine: boolean) =>
    sorted.filter(([id]) => id.startsWith('mine:') === mine).map(([id]) => id);
  const reader = pick(true);
  // The heaviest half, and as many from the long tail (most names are mentioned rarely).
  const tail = reader.slice(Math.floor(reader.length / 2));
  const spread = Array.from(
    { length: Math.ceil(count / 2) },
    (_, i) => tail[Math.floor((i * tail.length) / Math.ceil(count / 2))],
  ).filter((x): x is string => !!x);
  return {
    bundled: pick(false).slice(0, count),
    reader: [...reader.slice(0, Math.floor(count / 2)), ...spread],
  };
}

export async function nodeFigures(inputs: NodeInputs): Promise<NodeFigures> {
  const readerQueries = [
    inputs.library.names[0]?.name ?? '',
    (inputs.library.names[Math.floor(inputs.library.names.length / 2)]?.name ?? '').toLowerCase(),
    // Words of a saved article, as a reader looking for it would type them.
    (inputs.library.articles[7]?.texts[1] ?? '').split(' ').slice(3, 6).join(' '),
  ].filter((q) => q.trim() !== '');
  const keystrokes = keystrokesOf([...SEARCH_QUERIES, ...readerQueries]);

  inputs.log(
    `Node: filling a fake-indexeddb library (${inputs.library.names.length} names, ${inputs.library.articles.length} articles, through addName and saveArticle)…`,
  );
  const full = openDb('bench-with');
  const t0 = now();
  await fill(full, inputs);
  const fillMs = now() - t0;
  const [articles, passages, names] = await Promise.all([
    full.articles.toArray(),
    full.passages.toArray(),
    full.names.toArray(),
  ]);
  inputs.log(
    `  filled in ${(fillMs / 1000).toFixed(1)} s: ${passages.length} passages; measuring…`,
  );
  const heavy = heaviest(passages, 20);
  const page = heavy.bundled.slice(0, 8);

  const without = await measureSide(
    wire(openDb('bench-without'), inputs),
    inputs,
    keystrokes,
    { bundled: heavy.bundled, reader: [], page },
    false,
  );
  const withLib = await measureSide(
    wire(full, inputs),
    inputs,
    keystrokes,
    { bundled: heavy.bundled, reader: heavy.reader, page },
    true,
  );
  return {
    without,
    with: withLib,
    fillMs,
    passages: passages.length,
    keystrokes: keystrokes.length,
    // The library as saved, without what the Node side saved into it afterwards.
    records: {
      articles,
      passages,
      names,
    },
    heavyBundled: heavy.bundled,
    heavyReader: heavy.reader,
  };
}
