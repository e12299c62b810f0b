/**
 * A scan: read the text under a root, find mentions, hand them over in batches. The work is cut
 * into short slices with a yield to the page in between, so a long article never blocks input
 * or painting (no long task), and the first highlights appear before the whole page is read.
 */
import type { FindOptions, Matcher } from '../match';
import { type CollectOptions, TextCollector } from './collect-text';
import { toPageMention } from './mentions';
import type { PageMention, TextBlock } from './types';

/** Gives the page a turn: `scheduler.yield()` where there is one (resumes first), else a task. */
export const yieldToPageDefault = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Work per slice. Well under the 50 ms that makes a long task, with room for one block that
 * takes longer than expected; large enough that pauses for the page do not dominate the scan.
 */
export const DEFAULT_SLICE_MS = 16;

export interface ScanOptions {
  /** Milliseconds of work per slice before yielding to the page. */
  sliceMs?: number;
  /** Gives the page a turn; resolves when the scan may continue. */
  yieldToPage: () => Promise<void>;
  /** Checked after each slice: a cancelled scan stops and returns null. */
  isCancelled: () => boolean;
  /** Called with the mentions found in each slice, in document order. */
  onMentions: (mentions: PageMention[]) => void;
  /**
   * Entities already found elsewhere on the page: they corroborate ambiguous names in this block
   * (the matcher's `withEntities` rules), e.g. "Sinaloa" in a story already about its cartel.
   */
  contextEntities?: () => Iterable<string>;
  now?: () => number;
}

export interface ScanResult {
  blocks: number;
  textNodes: number;
  mentions: number;
  /** Slices of work the scan was cut into (one yield to the page between each). */
  slices: number;
  /** Time spent working (reading, matching, drawing), without the pauses for the page. */
  workMs: number;
  /** Of which: inside the matcher. */
  matchMs: number;
  /** The longest uninterrupted stretch of work: what the page had to wait for at most. */
  longestSliceMs: number;
}

/**
 * False for a block the reader cannot see (display: none, visibility: hidden, e.g. the mobile copy
 * of a paragraph on a desktop page): its mentions would be counted and navigated to, but never
 * shown. Style is usually computed already when the page is idle, so this is cheap.
 */
export function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check !== 'function' || check.call(el, { visibilityProperty: true });
}

/** Finds the mentions in one block of text. */
export function matchBlock(
  block: TextBlock,
  matcher: Matcher,
  out: PageMention[],
  find?: FindOptions,
): void {
  if (!isRendered(block.element)) return;
  for (const m of matcher.find(block.text, find)) {
    const pm = toPageMention(block, m);
    if (pm) out.push(pm);
  }
}

export async function scanRoot(
  root: Node,
  collect: CollectOptions,
  matcher: Matcher,
  options: ScanOptions,
): Promise<ScanResult | null> {
  const now = options.now ?? (() => performance.now());
  const slice = options.sliceMs ?? DEFAULT_SLICE_MS;
  const collector = new TextCollector(root, collect);
  let matched = 0;
  let mentions = 0;
  let walked = false;
  const stats = { slices: 0, workMs: 0, matchMs: 0, longestSliceMs: 0 };
  // Entities this scan has found so far (the caller's store only learns of them per slice).
  const foundHere = new Set<string>();
  for (;;) {
    const begin = now();
    const deadline = begin + slice;
    if (!walked) walked = collector.step(deadline, now);
    // Blocks in the list are complete (the walk only lists a block once it has moved past it).
    const blocks = collector.blocks;
    const batch: PageMention[] = [];
    const matchBegin = now();
    let t = matchBegin;
    while (matched < blocks.length) {
      const contextEntities = new Set(foundHere);
      for (const id of options.contextEntities?.() ?? []) contextEntities.add(id);
      const before = batch.length;
      matchBlock(blocks[matched] as TextBlock, matcher, batch, { contextEntities });
      for (let k = before; k < batch.length; k++) foundHere.add((batch[k] as PageMention).entityId);
      matched++;
      t = now();
      if (t >= deadline) break;
    }
    stats.matchMs += t - matchBegin;
    if (batch.length) {
      mentions += batch.length;
      options.onMentions(batch);
    }
    const spent = now() - begin;
    stats.slices++;
    stats.workMs += spent;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
    if (walked && matched >= blocks.length) break;
    await options.yieldToPage();
    if (options.isCancelled()) return null;
  }
  return {
    blocks: collector.blocks.length,
    textNodes: collector.nodesVisited,
    mentions,
    ...stats,
  };
}
