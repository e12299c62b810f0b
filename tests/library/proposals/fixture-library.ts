/**
 * The fixture articles (tests/fixtures/proposals) saved as one library: each article's passages
 * with the known names the real knowledge base's matcher finds in them, and the knowledge base's
 * aliases as what Frontera knows. Shared by the quality test and `npm run bench:proposals`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMatchService } from '../../../lib/background/match-service';
import type { ScanData } from '../../../lib/corpus/types';
import {
  type ArticleInput,
  type KnownNames,
  knownNamesFrom,
  type Proposal,
} from '../../../lib/library/proposals';
import { fold } from '../../../lib/text';

const root = join(import.meta.dirname, '../../..');
const dir = join(root, 'tests/fixtures/proposals');

export interface Labels {
  names: Record<string, { name: string; type: string; variants: string[] }>;
  articles: Record<string, string[]>;
  known: string[];
}

export interface FixtureArticle {
  id: string;
  input: ArticleInput;
}

export function loadScan(): ScanData {
  return JSON.parse(readFileSync(join(root, 'public/data/scan.json'), 'utf8')) as ScanData;
}

export function loadLabels(): Labels {
  return JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels;
}

/** Passages are the article's paragraphs (blank-line separated), its headline the first. */
export function articleTexts(): { id: string; language: 'en' | 'es'; passages: string[] }[] {
  return readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.txt$/, ''),
      language: f.startsWith('es-') ? 'es' : 'en',
      passages: readFileSync(join(dir, 'articles', f), 'utf8')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    }));
}

export function fixtureLibrary(): { articles: FixtureArticle[]; known: KnownNames } {
  const scan = loadScan();
  const matches = createMatchService(scan);
  const articles = articleTexts().map((a) => {
    const mentions = matches.articleMentions(a.passages);
    return {
      id: a.id,
      input: {
        language: a.language,
        passages: a.passages.map((text, i) => ({ text, mentions: mentions[i] ?? [] })),
      } satisfies ArticleInput,
    };
  });
  return { articles, known: knownNamesFrom(scan.aliases.map((a) => a.text)) };
}

export interface Quality {
  top: { proposal: Proposal; label: string | null; duplicate: boolean }[];
  /** Labelled names in at least two articles. */
  recurring: string[];
  /** Of those, the ones in the top list. */
  recurringFound: string[];
  /** Share of the top list that is a labelled name, each name counted once. */
  precision: number;
  /** Share of the recurring names the top list holds. */
  recall: number;
  /** Recall over the `top.length` recurring names named in the most articles. */
  recallOfMostNamed: number;
}

/** Which labelled name a proposal is: its name or one of its forms is the label or a variant. */
export function labelOf(p: Proposal, labels: Labels): string | null {
  const forms = new Set([p.name, ...p.forms].map(fold));
  const own = fold(p.name);
  let fallback: string | null = null;
  for (const [id, l] of Object.entries(labels.names)) {
    const spellings = [l.name, ...l.variants].map(fold);
    if (spellings.includes(own)) return id;
    if (fallback === null && spellings.some((s) => forms.has(s))) fallback = id;
  }
  return fallback;
}

export function quality(proposals: readonly Proposal[], labels: Labels, n = 20): Quality {
  const counts = new Map<string, number>();
  for (const ids of Object.values(labels.articles)) {
    for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const recurring = [...counts.entries()]
    .filter(([, c]) => c >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => id);
  const seen = new Set<string>();
  const top = proposals.slice(0, n).map((proposal) => {
    const label = labelOf(proposal, labels);
    const duplicate = label !== null && seen.has(label);
    if (label !== null) seen.add(label);
    return { proposal, label, duplicate };
  });
  const real = top.filter((t) => t.label !== null && !t.duplicate).length;
  const recurringFound = recurring.filter((id) => seen.has(id));
  // The most-named: the n recurring names named in the most articles (ties kept in).
  const cut = counts.get(recurring[Math.min(n, recurring.length) - 1] ?? '') ?? 2;
  const mostNamed = recurring.filter((id) => (counts.get(id) ?? 0) > cut);
  const atCut = recurring.filter((id) => counts.get(id) === cut);
  const room = Math.max(0, Math.min(n, recurring.length) - mostNamed.length);
  const foundAtCut = Math.min(room, atCut.filter((id) => seen.has(id)).length);
  const mostFound = mostNamed.filter((id) => seen.has(id)).length + foundAtCut;
  return {
    top,
    recurring,
    recurringFound,
    precision: top.length === 0 ? 0 : real / top.length,
    recall: recurring.length === 0 ? 1 : recurringFound.length / recurring.length,
    recallOfMostNamed: mostFound / Math.max(1, mostNamed.length + room),
  };
}
