/**
 * The library moved in and out through the options page: export to a pack file, and import in
 * two steps, a preview the reader reads and confirms, then one transaction that happens whole or
 * not at all. Works on the Dexie database directly (the options page is in the extension's own
 * origin); the caller tells the background afterwards ('library:changed').
 *
 * Clashes are settled before anything is written, as the reader's own names are (names.ts): an
 * alias another name already answers to, without a context rule, is left out of the imported
 * name; a name whose very name is taken is not imported at all. The matcher could not tell them
 * apart, and a bundled name (a checked fact) is never overridden by a file.
 */
import type { AliasContext } from '../corpus/types';
import { addContents, contentTables, removePack } from './contents';
import { isQuotaError, type LibraryDb } from './db';
import { exportPack, PACK_MAX_BYTES, type PackFile, packToContents, parsePack } from './pack';
import {
  type AliasClash,
  aliasKey,
  type ExistingLibrary,
  type ImportPlan,
  planImport,
  withoutKept,
} from './pack-plan';
import { readAll } from './records';
import { type LibraryContents, LibraryError, type ReaderName, type SkippedRecord } from './types';

/** A copy of the reader's library is written under this id and title. */
export const LIBRARY_EXPORT_ID = 'my-library';
export const LIBRARY_EXPORT_TITLE = 'My Frontera library';

const pad = (n: number) => String(n).padStart(2, '0');

/** `frontera-library-2025-03-02.frontera.json`, by the reader's own calendar day. */
export function exportFileName(now: Date): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `frontera-library-${day}.frontera.json`;
}

export interface LibraryExport {
  text: string;
  fileName: string;
  /** Records that did not parse and so are not in the file. */
  skipped: SkippedRecord[];
}

/**
 * The whole library as a pack file (kind 'library': it restores as it was). exportPack sorts the
 * records and fixes the keys' order, so the same library at the same moment gives the same bytes.
 */
export async function exportLibrary(db: LibraryDb, now: Date): Promise<LibraryExport> {
  const { contents, skipped } = await readAll(db);
  const text = exportPack(contents, {
    id: LIBRARY_EXPORT_ID,
    title: LIBRARY_EXPORT_TITLE,
    now: now.toISOString(),
  });
  return { text, fileName: exportFileName(now), skipped };
}

/** The bundled names an import is checked against: scan.json's aliases and entity names. */
export interface BundledNames {
  aliases: readonly { text: string; entityId: string; context?: AliasContext }[];
  entities: readonly { id: string; name: string }[];
}

/** A clash as the preview shows it: who else claims the alias, and what the import does. */
export interface SettledClash extends AliasClash {
  /** The other name's display name (bundled, the reader's, or another in the same file). */
  withName: string;
  outcome: 'alias-left-out' | 'name-refused';
}

export interface ImportPreview {
  /** The file as it will be written: clashing aliases left out, refused names removed. */
  pack: PackFile;
  /** What importing `pack` does (its clashes are settled, so it lists none). */
  plan: ImportPlan;
  clashes: SettledClash[];
}

/** One round of settling: each clash leaves out an alias, or the name whose name is taken. */
function settle(pack: PackFile, clashes: readonly AliasClash[]) {
  const refused = new Set<string>();
  const dropped = new Map<string, Set<string>>();
  const outcomes = clashes.map((c) => {
    const owner = pack.names.find((n) => n.id === c.nameId);
    const key = aliasKey(c.alias);
    if (!owner || aliasKey(owner.name) === key) {
      refused.add(c.nameId);
      return { clash: c, outcome: 'name-refused' as const };
    }
    const keys = dropped.get(c.nameId) ?? new Set<string>();
    keys.add(key);
    dropped.set(c.nameId, keys);
    return { clash: c, outcome: 'alias-left-out' as const };
  });
  const names: ReaderName[] = pack.names
    .filter((n) => !refused.has(n.id))
    .map((n) => {
      const keys = dropped.get(n.id);
      if (!keys) return n;
      // Only claims without a context clash; one with a context rule stays.
      return { ...n, aliases: n.aliases.filter((a) => a.context || !keys.has(aliasKey(a.text))) };
    });
  return { pack: { ...pack, names }, outcomes };
}

async function existingLibrary(db: LibraryDb, bundled: BundledNames): Promise<ExistingLibrary> {
  const [articles, names, packs] = await Promise.all([
    db.articles.toArray(),
    db.names.toArray(),
    db.packs.toArray(),
  ]);
  return {
    // A record too broken to read still holds its id: it counts as the reader's, never replaced.
    articles: new Map(articles.map((a) => [a.id, typeof a.origin === 'string' ? a.origin : null])),
    // A stored name too broken to read claims no alias (records.ts skips it everywhere else).
    names: names.map((n) =>
      typeof n?.name === 'string' && Array.isArray(n.aliases)
        ? n
        : {
            id: n.id,
            name: '',
            aliases: [],
            origin: typeof n.origin === 'string' ? n.origin : null,
          },
    ),
    bundledAliases: bundled.aliases,
    packs: new Map(packs.map((r) => [r.id, typeof r.title === 'string' ? r.title : r.id])),
  };
}

/**
 * Reads a file and works out what importing it would do, writing nothing. Throws LibraryError
 * ('pack-too-large', 'pack-too-new', 'invalid-pack') for a file it will not import.
 */
export async function previewImport(
  db: LibraryDb,
  file: string | ArrayBuffer,
  bundled: BundledNames,
): Promise<ImportPreview> {
  const parsed = parsePack(file);
  const existing = await existingLibrary(db, bundled);
  const display = new Map<string, string>([
    ...bundled.entities.map((e): [string, string] => [e.id, e.name]),
    ...existing.names.map((n): [string, string] => [n.id, n.name]),
    ...parsed.names.map((n): [string, string] => [n.id, n.name]),
  ]);
  // What the library already has and the file may not replace is left out first, and stays so.
  const first = planImport(parsed, existing);
  const kept = {
    keptArticles: first.keptArticles,
    keptNames: first.keptNames,
    keptPacks: first.keptPacks,
  };
  let pack = withoutKept(parsed, first);
  const clashes: SettledClash[] = [];
  // Refusing a name the library already has keeps the stored one, whose aliases may clash in
  // turn: settle until nothing does. Each round removes something, so this ends.
  for (;;) {
    const plan = planImport(pack, existing);
    if (plan.clashes.length === 0) return { pack, plan: { ...plan, ...kept }, clashes };
    const round = settle(pack, plan.clashes);
    pack = round.pack;
    for (const { clash, outcome } of round.outcomes) {
      clashes.push({
        ...clash,
        withName: display.get(clash.withEntity) ?? clash.withEntity,
        outcome,
      });
    }
  }
}

/**
 * The records of `contents` whose id the library does not hold (after a pack's earlier version
 * was removed): the last guard that an import adds beside the
 * library and never over it.
 */
async function withoutTaken(db: LibraryDb, contents: LibraryContents): Promise<LibraryContents> {
  const [articles, names, packs] = await Promise.all([
    db.articles.bulkGet(contents.articles.map((a) => a.id)),
    db.names.bulkGet(contents.names.map((n) => n.id)),
    db.packs.bulkGet(contents.packs.map((r) => r.id)),
  ]);
  const free = <T>(records: T[], found: unknown[]) => records.filter((_, i) => !found[i]);
  const kept = {
    articles: free(contents.articles, articles),
    names: free(contents.names, names),
    packs: free(contents.packs, packs),
  };
  const ids = new Set(kept.articles.map((a) => a.id));
  return {
    ...kept,
    passages: contents.passages.filter((p) => ids.has(p.articleId)),
    // An article left out takes its proposed names with it; what the file dismissed still holds.
    proposals: (contents.proposals ?? []).filter((p) => ids.has(p.articleId)),
    dismissed: contents.dismissed,
  };
}

/**
 * Writes what the preview showed, in one transaction: on any failure (a full disk included) the
 * library is exactly as it was. A pack imported again replaces its earlier version whole, so an
 * article it no longer carries does not linger.
 */
export async function commitImport(
  db: LibraryDb,
  preview: ImportPreview,
  now: Date = new Date(),
): Promise<void> {
  const contents = packToContents(preview.pack, { importedAt: now.toISOString() });
  try {
    await db.transaction('rw', contentTables(db), async () => {
      if (preview.plan.alreadyImported) await removePack(db, preview.pack.id);
      // Another tab may have saved one of these since the preview: what is there now stays.
      await addContents(db, await withoutTaken(db, contents));
    });
  } catch (err) {
    if (isQuotaError(err)) {
      throw new LibraryError(
        'storage-full',
        'The browser has no room left for this pack; your library is as it was.',
      );
    }
    throw err;
  }
}

/**
 * A file the reader picked, as bytes for previewImport; one over the size limit is refused by
 * its size, before a byte of it is read into memory.
 */
export async function readPackFile(file: Blob): Promise<ArrayBuffer> {
  if (file.size > PACK_MAX_BYTES) {
    throw new LibraryError(
      'pack-too-large',
      `This file is ${(file.size / (1024 * 1024)).toFixed(1)} MB; a pack may be at most ${(
        PACK_MAX_BYTES / (1024 * 1024)
      ).toFixed(1)} MB.`,
    );
  }
  return file.arrayBuffer();
}
