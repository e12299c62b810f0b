/**
 * A scan: read the text under a root, send it to the matcher in batches of blocks, hand the
 * mentions over as they come back. The page's part of the work (reading, drawing) is cut into
 * short slices with a yield to the page in between, so a long article never blocks input or
 * painting (no long task), and the first highlights appear before the whole page is read.
 */
import { type CollectOptions, TextCollector } from './collect-text';
import { isCurrent, toPageMention } from './mentions';
import type { BlockMatch, BlockMatcher, PageMention, TextBlock } from './types';

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
  /** Called with the mentions found in each batch of blocks, in document order. */
  onMentions: (mentions: PageMention[]) => void;
  /** Called before `onMentions` with what the matcher said of the batch and its blocks. */
  onMatch?: (match: BlockMatch, blocks: readonly TextBlock[]) => void;
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
  /** Time spent working in the page (reading, drawing), without the pauses for the page. */
  workMs: number;
  /** Time waiting for the matcher (off the page's thread when it runs in the background). */
  matchMs: number;
  /** The longest uninterrupted stretch of work: what the page had to wait for at most. */
  longestSliceMs: number;
}

/**
 * Characters of text sent to the matcher at once. The first batch is small, so the first
 * highlights come early on a long page; later ones are large, since every batch drawn costs
 * the page a restyle of its highlights.
 */
const FIRST_BATCH_CHARS = 16_000;
const BATCH_CHARS = 256_000;

/**
 * False for a block the reader cannot see (display: none, visibility: hidden, e.g. the mobile copy
 * of a paragraph on a desktop page): its mentions would be counted and navigated to, but never
 * shown. Style is usually computed already when the page is idle, so this is cheap.
 */
export function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check !== 'function' || check.call(el, { visibilityProperty: true });
}

export async function scanRoot(
  root: Node | readonly Node[],
  collect: CollectOptions,
  matcher: BlockMatcher,
  options: ScanOptions,
): Promise<ScanResult | null> {
  const now = options.now ?? (() => performance.now());
  const slice = options.sliceMs ?? DEFAULT_SLICE_MS;
  const collector = new TextCollector(root, collect);
  let taken = 0;
  let mentions = 0;
  let walked = false;
  let batches = 0;
  let batch: TextBlock[] = [];
  let batchChars = 0;
  const stats = { slices: 0, workMs: 0, matchMs: 0, longestSliceMs: 0 };
  // Entities this scan has found so far (the caller's store only learns of them per batch).
  const foundHere = new Set<string>();
  const work = <T>(fn: () => T): T => {
    const begin = now();
    try {
      return fn();
    } finally {
      const spent = now() - begin;
      stats.slices++;
      stats.workMs += spent;
      stats.longestSliceMs = Math.max(stats.longestSliceMs, spent);
    }
  };
  for (;;) {
    const ready = work(() => {
      const start = now();
      const deadline = start + slice;
      // The walk gets part of the slice, so the blocks it found are checked and sent in the same
      // slice: otherwise the first batch would wait for the whole walk of a long page.
      if (!walked) walked = collector.step(start + slice * 0.6, now);
      // Blocks in the list are complete (the walk only lists a block once it has moved past it).
      const blocks = collector.blocks;
      // At least one block per slice, so even a zero-length slice makes progress.
      for (let k = 0; taken < blocks.length && (k === 0 || now() < deadline); k++) {
        const block = blocks[taken++] as TextBlock;
        if (!isRendered(block.element)) continue;
        batch.push(block);
        batchChars += block.text.length;
      }
      const limit = batches === 0 ? FIRST_BATCH_CHARS : BATCH_CHARS;
      return batch.length > 0 && (batchChars >= limit || (walked && taken >= blocks.length));
    });
    if (ready) {
      const sent = batch;
      batch = [];
      batchChars = 0;
      batches++;
      const context = new Set(foundHere);
      for (const id of options.contextEntities?.() ?? []) context.add(id);
      const asked = now();
      const match = await matcher.match(
        sent.map((b) => b.text),
        [...context],
      );
      stats.matchMs += now() - asked;
      if (options.isCancelled()) return null;
      const found = work(() => {
        const out: PageMention[] = [];
        sent.forEach((block, i) => {
          for (const m of match.mentions[i] ?? []) {
            const pm = toPageMention(block, m);
            // The page may have changed the text (or made it editable) while the matcher ran.
            if (!pm || !isCurrent(pm)) continue;
            out.push(pm);
            foundHere.add(pm.entityId);
          }
        });
        options.onMatch?.(match, sent);
        if (out.length) options.onMentions(out);
        return out.length;
      });
      mentions += found;
    }
    if (walked && taken >= collector.blocks.length && batch.length === 0) break;
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
