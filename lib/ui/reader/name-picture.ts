/**
 * A name's page as a picture, as data: when the passages that mention it were written (by month,
 * the corpus's and the library's apart) and which names are seen with it (how often each, and
 * how often each two of them share a passage). Pure: drawn by NamePicture.tsx, told as tables
 * for keyboard and screen-reader users from the same figures.
 */
import type { EntityType } from '../../corpus/types';
import type { NamePageData, NameSourceGroup } from './name-page';

export type PassageSource = NameSourceGroup['source'];

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  bundled: number;
  library: number;
}

export interface Timeline {
  /** Months that have at least one passage, oldest first. */
  months: MonthCount[];
  /** Passages whose source states no date, or only a year (they have no month to go in). */
  undated: { bundled: number; library: number };
}

/** `YYYY-MM` of an ISO date or partial date; null for a bare year or anything else. */
export function monthOf(date: string | null): string | null {
  const m = date ? /^(\d{4})-(\d{2})(?:$|-)/.exec(date) : null;
  return m ? `${m[1]}-${m[2]}` : null;
}

/**
 * The name's passages counted by the month of their source's date (the corpus document's date,
 * the saved article's stated publication date): a passage is as old as what it is from.
 */
export function passageTimeline(groups: readonly NameSourceGroup[]): Timeline {
  const byMonth = new Map<string, MonthCount>();
  const undated = { bundled: 0, library: 0 };
  for (const g of groups) {
    const month = monthOf(g.date);
    const n = g.passages.length;
    if (n === 0) continue;
    if (!month) {
      undated[g.source] += n;
      continue;
    }
    const row = byMonth.get(month) ?? { month, bundled: 0, library: 0 };
    row[g.source] += n;
    byMonth.set(month, row);
  }
  const months = [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  return { months, undated };
}

export interface MapNode {
  id: string;
  name: string;
  type: EntityType;
  /** The name the page is about (drawn in the middle). */
  centre: boolean;
  /** Passages of the page that mention it (for the centre: all of the page's passages). */
  mentions: number;
}

export interface MapEdge {
  source: string;
  target: string;
  /** Passages of the page that mention both. */
  weight: number;
}

export interface NameMap {
  nodes: MapNode[];
  edges: MapEdge[];
  /** How many names are seen with it in all (the map keeps the most frequent `max`). */
  seenWithCount: number;
}

/** The most names a map draws besides its centre: more would be a hairball nobody can read. */
export const MAP_MAX_NAMES = 30;

/**
 * The names seen with the page's name, as a graph: the name in the middle, the `max` names
 * mentioned most often in its passages around it, an edge between any two that share one of its
 * passages, weighted by how many.
 */
export function coMentionMap(data: NamePageData, max = MAP_MAX_NAMES): NameMap {
  const kept = data.seenWith.slice(0, max);
  const ids = new Set(kept.map((s) => s.id));
  const nodes: MapNode[] = [
    { id: data.id, name: data.name, type: data.type, centre: true, mentions: data.passageCount },
    ...kept.map((s) => ({
      id: s.id,
      name: s.name,
      type: s.type,
      centre: false,
      mentions: s.count,
    })),
  ];
  const pairs = new Map<string, MapEdge>();
  const add = (a: string, b: string) => {
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source}\u0000${target}`;
    const edge = pairs.get(key) ?? { source, target, weight: 0 };
    edge.weight += 1;
    pairs.set(key, edge);
  };
  for (const g of data.groups) {
    for (const p of g.passages) {
      const here = p.others.filter((o) => ids.has(o));
      for (let i = 0; i < here.length; i++) {
        add(data.id, here[i] as string);
        for (let j = i + 1; j < here.length; j++) add(here[i] as string, here[j] as string);
      }
    }
  }
  const edges = [...pairs.values()].sort(
    (a, b) =>
      b.weight - a.weight ||
      (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1),
  );
  return { nodes, edges, seenWithCount: data.seenWith.length };
}

/** For the table: each name of the map with the others it shares passages with, most first. */
export function neighbours(map: NameMap, id: string): { id: string; weight: number }[] {
  return map.edges
    .filter((e) => e.source === id || e.target === id)
    .map((e) => ({ id: e.source === id ? e.target : e.source, weight: e.weight }));
}
