/**
 * The proposed names as the library keeps them: each saved article's candidates (written with
 * the article, lib/library/articles.ts) and the names the reader dismissed. Ranking is pure
 * (lib/library/proposals); this reads what it ranks and writes a dismissal or its undoing.
 */
import type { LibraryDb } from './db';
import { keepValid, packsSwitchedOff } from './records';
import type { ArticleProposals, DismissedName } from './types';

/** The candidates of every saved article in use (not those of a pack switched off). */
export async function proposalsInUse(db: LibraryDb): Promise<ArticleProposals[]> {
  const [rows, off] = await Promise.all([db.proposals.toArray(), packsSwitchedOff(db)]);
  const proposals = keepValid('proposals', rows);
  if (off.size === 0) return proposals;
  const origins = new Map(
    (await db.articles.toArray()).map((a: { id: string; origin: string | null }) => [
      a.id,
      a.origin,
    ]),
  );
  return proposals.filter((p) => {
    const origin = origins.get(p.articleId);
    return origin === null || origin === undefined || !off.has(origin);
  });
}

/** One saved article's candidates; null when the article is not saved (or has none recorded). */
export async function proposalsOf(
  db: LibraryDb,
  articleId: string,
): Promise<ArticleProposals | null> {
  const row = await db.proposals.get(articleId);
  return row ? (keepValid('proposals', [row])[0] ?? null) : null;
}

/** The dismissed names, latest first. */
export async function dismissedNames(db: LibraryDb): Promise<DismissedName[]> {
  const rows = keepValid('dismissed', await db.dismissed.toArray());
  return rows.sort((a, b) => (a.dismissedAt < b.dismissedAt ? 1 : -1));
}

export async function dismissProposal(
  db: LibraryDb,
  key: string,
  name: string,
  now: () => Date = () => new Date(),
): Promise<void> {
  await db.dismissed.put({ key, name, dismissedAt: now().toISOString() });
}

export async function undoDismiss(db: LibraryDb, key: string): Promise<void> {
  await db.dismissed.delete(key);
}
