/**
 * Shapes shared by the page modules: the text Frontera reads from a page, the mentions it found
 * there, and the two things the page layer talks to (the content script's lifetime and the popover).
 */
import type { EntityType, NearRule } from '../corpus/types';
import type { Mention } from '../match';

/** A piece of a block's text that lives in one text node. Offsets are into `TextBlock.text`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/**
 * The text of one block-level element as a reader sees it: its own text nodes and those of its
 * inline descendants, joined. Nested blocks are blocks of their own.
 */
export interface TextBlock {
  element: Element;
  text: string;
  segments: TextSegment[];
}

/** One mention found on the page, tied to the text nodes it covers. */
export interface PageMention {
  /** Unique per content-script run; stable while the mention lives. */
  key: number;
  mention: Mention;
  entityId: string;
  /** The block element whose text the mention was found in. */
  block: Element;
  /** Every text node the mention covers, in order (more than one for `Claudia <b>Sheinbaum</b>`). */
  nodes: Text[];
  /** Offset into nodes[0]. */
  startOffset: number;
  /** Offset into nodes[nodes.length - 1]. */
  endOffset: number;
  /** Accessible mode only: the focusable element that stands for the mention. */
  element?: HTMLElement;
}

/**
 * The content script's lifetime: WXT's `ContentScriptContext` satisfies it, tests pass a fake.
 * Every timer, listener and observer of the page layer goes through it, so all of them stop
 * when the extension is reloaded or removed.
 */
export interface PageHost {
  readonly isValid: boolean;
  setTimeout(handler: () => void, timeout?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  onInvalidated(cb: () => void): () => void;
  addEventListener<TTarget extends EventTarget>(
    target: TTarget,
    type: string,
    // biome-ignore lint/suspicious/noExplicitAny: event types differ per target; handlers narrow them
    handler: (event: any) => void,
    options?: AddEventListenerOptions,
  ): void;
}

/** Something the popover can place itself next to: a range or an element. */
export interface PopoverAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
}

export type PopoverTrigger = 'hover' | 'focus' | 'keyboard' | 'click';

export interface PopoverTarget {
  anchor: PopoverAnchor;
  entityId: string;
  mention: Mention;
  trigger: PopoverTrigger;
  /** Where focus goes back when the card closes (the mention element in accessible mode). */
  returnFocusTo?: HTMLElement;
}

/**
 * What the page layer needs from the popover: a structural subset of lib/ui/popover's
 * `PopoverController`, so the page layer can be tested with a fake.
 */
export interface PopoverPort {
  /** Opens now ('click'/'keyboard' pin the card and move focus into it). */
  open(target: PopoverTarget): unknown;
  /** Opens after the hover-intent delay unless cancelled first. */
  scheduleOpen(target: PopoverTarget, delayMs?: number): void;
  cancelScheduled(): void;
  /** Closes an unpinned card after a grace period (time to move the pointer into it). */
  scheduleClose(delayMs?: number): void;
  close(): void;
  isPinned(): boolean;
  /** True when the viewport point is over the card. */
  containsPoint(x: number, y: number): boolean;
  setSettings?(settings: { theme: 'system' | 'light' | 'dark'; hoverDelayMs: number }): void;
}

/** What the popover tells the page (see `lazy-popover.ts`; `app.ts` listens). */
export interface PopoverEvents {
  /** The card closed (Escape, a click outside, the pointer gone…). */
  'card-closed': undefined;
}

/** What the page hands the card's UI when it is made, once, on the first hover or focus. */
export interface CardHooks {
  /** The ids of the entities the page shows now: a card request carries them. */
  pageEntityIds(): string[];
  /** The UI's card closed: the popover reports it as 'card-closed'. */
  closed(): void;
}

/** How often the page mentions one entity (the badge, the popup's "On this page"). */
export interface PageEntityCount {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

/** What the page layer knows of an entity it found: for labels, filters and the topic. */
export interface MatchedEntity {
  id: string;
  name: string;
  type: EntityType;
  /** What finding it adds to the page's topic score (lib/topic). */
  points: number;
  /** Its points count only on a page placed in Mexico (a supporting name). */
  needsMexico?: boolean;
  /** Finding it places the page in Mexico. */
  placesInMexico?: boolean;
}

export interface BlockMatch {
  /** Mentions per text, in the order the texts were given. */
  mentions: Mention[][];
  /** The entities those mentions name. */
  entities: MatchedEntity[];
  /** Topic points a page needs before anything is drawn; 0 = every page is on topic. */
  onTopicAt: number;
  /** Some of these texts name Mexico (corpus/topic.yaml `mexico.words`). */
  namesMexico?: boolean;
  /** Where generic names are drawn (absent: everywhere on an on-topic page). */
  near?: NearRule;
}

/**
 * Finds mentions in a page's text blocks, wherever the matcher runs (the background, or in the
 * page for tests and tools). Texts are read in order: entities found in one corroborate
 * ambiguous names in the next, like `contextEntities` (found elsewhere on the page) do.
 */
export interface BlockMatcher {
  match(texts: readonly string[], contextEntities: readonly string[]): Promise<BlockMatch>;
  /**
   * Whether a page whose whole text is `text` could be on topic: a cheap gate, so that the
   * article is not even looked for on the many pages that are about something else.
   */
  couldBeOnTopic?(text: string): Promise<boolean>;
}
