/**
 * The chart libraries of a name's page, in a module of their own: NamePicture.tsx loads it with
 * `import()` only when a name's page is shown, so the reader's other views, the popup and the
 * content script never download Observable Plot or d3-force.
 *
 * - The timeline is drawn by Observable Plot (an SVG with axes that follow `currentColor`, its
 *   bars coloured by the reader's theme through their class names, see reader-css.ts).
 * - The map is laid out by d3-force and drawn by Preact (NameMapView.tsx) as SVG links: no
 *   WebGL, so it draws the same in headless browsers without a GPU, and each node is a real
 *   link (click or Enter goes to that name's page).
 */
import { barY, plot, ruleY } from '@observablehq/plot';
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { MapNode, NameMap, Timeline } from './name-picture';

export interface TimelineLabels {
  /** The y axis: "Passages". */
  y: string;
  lang: string;
}

/** Whole-number ticks from 0 to `max` (counts of passages have no halves). */
export function countTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 4));
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  if ((ticks.at(-1) ?? 0) < max) ticks.push(ticks.length * step);
  return ticks;
}

/** Every month from the first to the last, so a gap in time shows as a gap in the bars. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * The timeline as an SVG: a bar per month (every month from the first to the last, empty ones
 * too), the corpus's passages below the library's; about eight months labelled, whatever the span.
 */
export function drawTimeline(
  timeline: Timeline,
  labels: TimelineLabels,
  width: number,
  doc: Document = document,
): Element {
  const rows = timeline.months.map((m) => ({ ...m, total: m.bundled + m.library }));
  const domain =
    rows.length > 0 ? monthsBetween(rows[0]?.month as string, rows.at(-1)?.month as string) : [];
  const every = Math.max(1, Math.ceil(domain.length / 8));
  const max = Math.max(1, ...rows.map((r) => r.total));
  const label = (month: string) =>
    new Date(`${month}-01T00:00:00Z`).toLocaleDateString(labels.lang, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return plot({
    document: doc,
    width,
    height: 180,
    marginLeft: 44,
    style: { background: 'transparent', color: 'currentColor', overflow: 'visible' },
    x: {
      type: 'band',
      domain,
      label: null,
      padding: 0.15,
      ticks: domain.filter((_, i) => i % every === 0),
      tickFormat: label,
    },
    y: { label: labels.y, ticks: countTicks(max), tickFormat: 'd', grid: true, domain: [0, max] },
    marks: [
      barY(rows, { x: 'month', y1: 0, y2: 'bundled', className: 'rd-bar-bundled' }),
      barY(rows, { x: 'month', y1: 'bundled', y2: 'total', className: 'rd-bar-library' }),
      ruleY([0]),
    ],
  });
}

export interface PlacedNode extends MapNode {
  x: number;
  y: number;
  r: number;
}

export interface MapLayout {
  nodes: PlacedNode[];
  edges: { source: PlacedNode; target: PlacedNode; weight: number }[];
  width: number;
  height: number;
}

/** A node's radius: its area grows with its mentions, within bounds a label still fits beside. */
export function radiusOf(mentions: number, most: number): number {
  return 5 + 17 * Math.sqrt(mentions / Math.max(1, most));
}

type SimNode = SimulationNodeDatum & { id: string; r: number };

/**
 * Yields to the browser between slices of the layout, so input and paint come first:
 * `scheduler.yield()` where the browser has it (the layout resumes ahead of other queued work),
 * else a new task.
 */
export const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** Thrown (and caught by the caller) when a layout is no longer wanted. */
export class LayoutCancelled extends Error {}

/**
 * Where each name of the map goes: a force layout (links pull names that share passages together,
 * every name pushes the others away) run in slices of at most `sliceMs`, yielding between them
 * so no task is long, then fitted into `width` × `height`.
 */
export async function layoutMap(
  map: NameMap,
  width: number,
  height: number,
  {
    sliceMs = 8,
    ticks = 150,
    yieldTask = nextTask,
    cancelled = () => false,
  }: {
    sliceMs?: number;
    ticks?: number;
    yieldTask?: () => Promise<void>;
    /** Asked between slices: a page whose data changed stops the old layout. */
    cancelled?: () => boolean;
  } = {},
): Promise<MapLayout> {
  const most = Math.max(1, ...map.nodes.filter((n) => !n.centre).map((n) => n.mentions));
  const sim: SimNode[] = map.nodes.map((n) => ({
    id: n.id,
    r: n.centre ? 24 : radiusOf(n.mentions, most),
    ...(n.centre ? { fx: 0, fy: 0 } : {}),
  }));
  const heaviest = Math.max(1, ...map.edges.map((e) => e.weight));
  const links: SimulationLinkDatum<SimNode>[] = map.edges.map((e) => ({
    source: e.source,
    target: e.target,
    weight: e.weight,
  }));
  const simulation = forceSimulation(sim)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((d) => d.id)
        .distance(90)
        .strength((l) => 0.05 + (0.4 * ((l as { weight?: number }).weight ?? 1)) / heaviest),
    )
    .force('charge', forceManyBody<SimNode>().strength(-220))
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.r + 14),
    )
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.08))
    // Cool down over `ticks` steps (d3's default takes ~300): half the work, the same picture
    // for maps of at most MAP_MAX_NAMES names.
    .alphaDecay(1 - 0.001 ** (1 / ticks))
    .stop();
  let done = 0;
  while (done < ticks) {
    const t0 = performance.now();
    // At least one step per slice, so a slow machine still makes progress.
    do {
      simulation.tick();
      done++;
    } while (done < ticks && performance.now() - t0 < sliceMs);
    if (done < ticks) {
      await yieldTask();
      if (cancelled()) throw new LayoutCancelled();
    }
  }
  return fitInto(map, sim, width, height);
}

/** Scales the laid-out positions into the drawing, leaving room for the labels beside nodes. */
function fitInto(map: NameMap, sim: SimNode[], width: number, height: number): MapLayout {
  const pad = 30;
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    (width - 2 * pad - 160) / Math.max(1, x1 - x0),
    (height - 2 * pad) / Math.max(1, y1 - y0),
    1.5,
  );
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const nodes: PlacedNode[] = map.nodes.map((n, i) => {
    const s = sim[i] as SimNode;
    return {
      ...n,
      r: s.r,
      x: width / 2 + ((s.x ?? 0) - cx) * scale,
      y: height / 2 + ((s.y ?? 0) - cy) * scale,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = map.edges.flatMap((e) => {
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    return source && target ? [{ source, target, weight: e.weight }] : [];
  });
  return { nodes, edges, width, height };
}
