/**
 * Where on the page the story is: every text block Frontera read, in page order, with whether it
 * names an entity with evidence. On a page that is on topic, generic names (migration, China,
 * Trump) are drawn only in blocks near that evidence (lib/topic/near.ts, corpus/topic.yaml
 * `near`), so one paragraph about Mexico in a long page does not light up all of it.
 */
import type { NearRule } from '../corpus/types';
import { blockPoints, nearEvidence, type StoryBlock, type StoryNearness } from '../topic';
import type { BlockMatch, TextBlock } from './types';

interface Placed {
  element: Element;
  ordinal: number;
}

export class StoryMap {
  private ordinals = new WeakMap<Element, number>();
  /** Known blocks in page order (ordinals increase along it). */
  private readonly placed: Placed[] = [];
  private readonly blocks = new Map<number, StoryBlock>();
  private nearness: StoryNearness | null = null;
  private rule: NearRule | undefined;
  private needed = 0;

  /** Forgets everything (a new page). */
  clear(): void {
    this.ordinals = new WeakMap();
    this.placed.length = 0;
    this.blocks.clear();
    this.nearness = null;
  }

  /**
   * Records a batch of blocks and what the matcher found in them. `points` says what an entity
   * brings (PageTopic knows, from this and earlier answers); `needed`, what a page needs.
   */
  learn(sent: readonly TextBlock[], match: BlockMatch, points: (entityId: string) => number): void {
    this.rule = match.near;
    this.needed = match.onTopicAt;
    sent.forEach((block, i) => {
      const ordinal = this.ordinalOf(block.element) ?? this.place(block.element);
      const blockPts = blockPoints(match.mentions[i] ?? [], points);
      // A block read again (the page changed it) keeps its place, with what it says now.
      this.blocks.set(ordinal, {
        ordinal,
        length: block.text.length,
        points: blockPts,
        heading: isHeading(block.element),
      });
    });
    this.nearness = null;
  }

  /** Whether generic names may be drawn in this block. */
  allowsGeneric(block: Element): boolean {
    if (!this.rule) return true;
    this.nearness ??= nearEvidence([...this.blocks.values()], this.rule, this.needed);
    if (this.nearness.everywhere) return true;
    const ordinal = this.ordinals.get(block);
    return ordinal !== undefined && this.nearness.isNear(ordinal);
  }

  /** The rule is in force: generic names wait for the whole story before they are drawn. */
  get restrictsGeneric(): boolean {
    return this.rule !== undefined;
  }

  private ordinalOf(el: Element): number | undefined {
    return this.ordinals.get(el);
  }

  /**
   * Gives a block the page has not shown before an ordinal between its neighbours' (a block a
   * page adds later, a live blog's new entry), found by binary search in page order.
   */
  private place(el: Element): number {
    const list = this.placed;
    let lo = 0;
    let hi = list.length;
    const last = list[hi - 1];
    // Blocks of a first scan come in page order: the common case is "after the last".
    if (!last || follows(el, last.element)) lo = hi;
    else {
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (follows(el, (list[mid] as Placed).element)) lo = mid + 1;
        else hi = mid;
      }
    }
    const before = list[lo - 1]?.ordinal;
    const after = list[lo]?.ordinal;
    const ordinal =
      before === undefined
        ? after === undefined
          ? 0
          : after - 1
        : after === undefined
          ? before + 1
          : (before + after) / 2;
    list.splice(lo, 0, { element: el, ordinal });
    this.ordinals.set(el, ordinal);
    return ordinal;
  }
}

const HEADING = /^h[1-6]$/;

/** A heading starts a section of the page (a live blog's entry, a long page's part). */
export function isHeading(el: Element): boolean {
  return HEADING.test(el.localName) || el.getAttribute('role') === 'heading';
}

/** `el` comes after `other` in the page (4 = DOCUMENT_POSITION_FOLLOWING). */
function follows(el: Element, other: Element): boolean {
  return (other.compareDocumentPosition(el) & 4) !== 0;
}
