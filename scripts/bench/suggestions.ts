/**
 * `npm run bench:suggestions` (issue 17): how long the reader's "Suggested names" takes to be
 * answered over a library of 2,000 saved articles — reading every article's candidates from the
 * database and ranking them (the background's `library:suggestions`), as the reader's list asks.
 * The candidates are generated (seeded): ~25 per article, drawn with a skew from 4,000 names, so
 * a few are named in hundreds of articles and most in a handful. Runs in Node over
 * fake-indexeddb (the same Dexie code as the extension); drawing the list is not included.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { dexieProposalStore } from '../../lib/background/dexie-store';
import { createPageProposals } from '../../lib/background/page-proposals';
import { createSuggestions } from '../../lib/background/suggestions-service';
import { openLibrary } from '../../lib/library/db';
import { candidateKey, knownNamesFrom } from '../../lib/library/proposals';
import type { ArticleCandidate } from '../../lib/library/proposals/types';
import type { SavedArticle } from '../../lib/library/types';
import { rng } from './library-gen';
import { stats } from './library-stats';

const ARTICLES = Number(process.env.ARTICLES ?? 2000);
const PER_ARTICLE = 25;
const POOL = 4000;
const ROUNDS = 15;

const rand = rng(17);
const pool = Array.from({ length: POOL }, (_, i) => `Nombre${i} Apellido${i % 97}`);
const db = openLibrary({ name: 'bench-suggestions', indexedDB: new IDBFactory(), IDBKeyRange });
const at = '2026-01-01T00:00:00.000Z';
const articles: SavedArticle[] = [];
const rows: { articleId: string; candidates: ArticleCandidate[] }[] = [];
for (let a = 0; a < ARTICLES; a++) {
  const id = `https://bench.example/${a}`;
  articles.push({
    id,
    url: id,
    title: `Story ${a}`,
    site: 'Bench',
    byline: null,
    language: 'en',
    publishedAt: null,
    savedAt: at,
    updatedAt: at,
    extraction: 'readability',
    origin: null,
  });
  const seen = new Map<string, ArticleCandidate>();
  for (let c = 0; c < PER_ARTICLE; c++) {
    // Skewed: rand()^3 puts most picks on the first names of the pool.
    const name = pool[Math.floor(rand() ** 3 * POOL)] as string;
    const key = candidateKey(name);
    const had = seen.get(key);
    if (had) had.mentions++;
    else seen.set(key, { key, name, forms: [name], type: 'person', mentions: 1, besideKnown: 1 });
  }
  rows.push({ articleId: id, candidates: [...seen.values()] });
}
await db.articles.bulkPut(articles);
await db.proposals.bulkPut(rows);

const known = knownNamesFrom(['Claudia Sheinbaum', pool[0] as string]);
const suggestions = createSuggestions({
  store: dexieProposalStore(db),
  known: () => known,
  pages: createPageProposals(() => known),
  tabUrl: async () => undefined,
});

const list = () => suggestions.handlers['library:suggestions']({}, {});
type Before = 'other change' | 'one article saved' | 'nothing';
/**
 * Times `ROUNDS` requests, each after `before`: a change of the library that reads every row
 * again (an import, a removal; also the first request after the background starts), one article
 * saved (its row alone read again), or nothing (the candidates kept in memory).
 */
async function measure(before: Before) {
  const times: number[] = [];
  let listed = 0;
  for (let r = 0; r < ROUNDS + 2; r++) {
    if (before === 'other change') suggestions.changed({ kind: 'other' });
    if (before === 'one article saved') {
      suggestions.changed({ kind: 'article', id: rows[r % rows.length]?.articleId as string });
    }
    const t0 = performance.now();
    listed = (await list()).proposals.length;
    times.push(performance.now() - t0);
  }
  return { s: stats(times.slice(2)), listed }; // the first two warm Dexie and the JIT
}
const candidates = rows.reduce((n, r) => n + r.candidates.length, 0);
for (const [what, before] of [
  ['after a change or a start (read all + check + rank)', 'other change'],
  ['after one article saved (its row read + rank)', 'one article saved'],
  ['kept in memory (rank)', 'nothing'],
] as const) {
  const { s, listed } = await measure(before);
  console.log(
    `suggestions over ${ARTICLES} saved articles (${candidates} candidates, ${listed} listed), ${what}: ` +
      `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (n=${s.n}); target < 300 ms`,
  );
}
