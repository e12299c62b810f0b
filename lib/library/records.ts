/**
 * Reading the whole library, record by record through the pack schema: a record that does not
 * parse (written by a broken build, changed by hand) is skipped with a warning and reported,
 * never allowed to break a card, a search or an export.
 */
import type { LibraryDb } from './db';
import { recordDecoders } from './pack';
import type { LibraryContents, SkippedRecord } from './types';

type Table = keyof typeof recordDecoders;

async function readTable<K extends Table>(
  db: LibraryDb,
  table: K,
  skipped: SkippedRecord[],
): Promise<ReturnType<(typeof recordDecoders)[K]>[]> {
  const decode = recordDecoders[table] as (
    v: unknown,
    p: string,
  ) => ReturnType<(typeof recordDecoders)[K]>;
  const out: ReturnType<(typeof recordDecoders)[K]>[] = [];
  const rows: unknown[] = await db.table(table).toArray();
  for (const row of rows) {
    const key = String((row as { id?: unknown } | null)?.id ?? '?');
    try {
      out.push(decode(row, `${table}[${key}]`));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      console.warn(`Frontera: skipped a record of your library (${table} ${key}): ${reason}`);
      skipped.push({ table, key, reason });
    }
  }
  return out;
}

export async function readAll(
  db: LibraryDb,
): Promise<{ contents: LibraryContents; skipped: SkippedRecord[] }> {
  const skipped: SkippedRecord[] = [];
  const [articles, passages, names, packs] = await Promise.all([
    readTable(db, 'articles', skipped),
    readTable(db, 'passages', skipped),
    readTable(db, 'names', skipped),
    readTable(db, 'packs', skipped),
  ]);
  // A passage of an article that was skipped has nothing to be quoted as.
  const ids = new Set(articles.map((a) => a.id));
  return {
    contents: { articles, passages: passages.filter((p) => ids.has(p.articleId)), names, packs },
    skipped,
  };
}
