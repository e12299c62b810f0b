/**
 * Reading the whole library, record by record through the pack schema: a record that does not
 * parse (written by a broken build, changed by hand) is skipped with a warning and reported,
 * never allowed to break a card, a search or an export.
 */
import type { LibraryDb } from './db';
import { recordDecoders } from './pack';
import type { LibraryContents, SkippedRecord } from './types';

export type RecordTable = keyof typeof recordDecoders;
type RecordOf<K extends RecordTable> = ReturnType<(typeof recordDecoders)[K]>;

/**
 * The rows of `table` that parse, each rebuilt by the pack schema; a row that does not is left
 * out with a warning (and noted in `skipped` when given). What a card, the matcher or an export
 * reads passes through here, so one bad record never breaks them.
 */
export function keepValid<K extends RecordTable>(
  table: K,
  rows: readonly unknown[],
  skipped?: SkippedRecord[],
): RecordOf<K>[] {
  const decode = recordDecoders[table] as (v: unknown, p: string) => RecordOf<K>;
  const out: RecordOf<K>[] = [];
  for (const row of rows) {
    const r = row as { id?: unknown; articleId?: unknown; key?: unknown } | null;
    const key = String(r?.id ?? r?.articleId ?? r?.key ?? '?');
    try {
      out.push(decode(row, `${table}[${key}]`));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      console.warn(`Frontera: skipped a record of your library (${table} ${key}): ${reason}`);
      skipped?.push({ table, key, reason });
    }
  }
  return out;
}

async function readTable<K extends RecordTable>(
  db: LibraryDb,
  table: K,
  skipped: SkippedRecord[],
): Promise<RecordOf<K>[]> {
  return keepValid(table, await db.table(table).toArray(), skipped);
}

export async function readAll(
  db: LibraryDb,
): Promise<{ contents: LibraryContents; skipped: SkippedRecord[] }> {
  const skipped: SkippedRecord[] = [];
  const [articles, passages, names, packs, proposals, dismissed] = await Promise.all([
    readTable(db, 'articles', skipped),
    readTable(db, 'passages', skipped),
    readTable(db, 'names', skipped),
    readTable(db, 'packs', skipped),
    readTable(db, 'proposals', skipped),
    readTable(db, 'dismissed', skipped),
  ]);
  // A passage (or candidates) of an article that was skipped has nothing to be quoted as.
  const ids = new Set(articles.map((a) => a.id));
  return {
    contents: {
      articles,
      passages: passages.filter((p) => ids.has(p.articleId)),
      names,
      packs,
      proposals: proposals.filter((p) => ids.has(p.articleId)),
      dismissed,
    },
    skipped,
  };
}

/** The ids of the packs the reader switched off (a pack record that does not parse counts as on). */
export async function packsSwitchedOff(db: LibraryDb): Promise<Set<string>> {
  return new Set(
    keepValid('packs', await db.packs.toArray())
      .filter((p) => !p.enabled)
      .map((p) => p.id),
  );
}
