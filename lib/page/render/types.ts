import type { HighlightStyle } from '../../settings';
import type { PageMention, PopoverAnchor } from '../types';

/** What a renderer asks of the page layer to tell which mention is under the pointer. */
export interface HitContext {
  /** The mentions found at a caret position (a text node and an offset), shown or not. */
  at(node: Node, offset: number): Iterable<PageMention>;
  isShown(pm: PageMention): boolean;
}

/**
 * Shows mentions on the page, and answers for how it shows them: what is under the pointer,
 * where a card goes, what takes focus. Two implementations: CSS highlights (default) and
 * elements (accessible mode); the page layer never asks which one it has.
 */
export interface MentionRenderer {
  add(mentions: readonly PageMention[]): void;
  remove(mentions: readonly PageMention[]): void;
  /** Removes every trace of Frontera from the page. */
  clear(): void;
  setStyle(style: HighlightStyle): void;
  /** The mention under the pointer (drawn even in "hover only" style). */
  setHovered(pm: PageMention | null): void;
  /** The mention whose card is open or that keyboard navigation reached. */
  setActive(pm: PageMention | null): void;
  /** The shown mention at a viewport point; `target` is the pointer event's target. */
  hitTest(x: number, y: number, target: EventTarget | null, ctx: HitContext): PageMention | null;
  /**
   * The mention an event target belongs to when mentions are elements of their own (focus and
   * keys reach them); null for anything else, and always with highlights.
   */
  mentionFor(target: EventTarget | null): PageMention | null;
  /** What the card is placed next to (and navigation scrolls to). */
  anchor(pm: PageMention): PopoverAnchor | null;
  /** The element that takes focus for the mention (and gets it back when the card closes). */
  focusTarget(pm: PageMention): HTMLElement | null;
  /**
   * Reacts, synchronously, to the page changing its DOM (see `observe.ts`). Only a renderer that
   * puts nodes of its own into the page has one: the page's every change pays for the call.
   */
  pageChanged?(records: readonly MutationRecord[]): void;
  /**
   * A live range over the mention's text as the page shows it now. Only a renderer that splits
   * the page's text nodes needs one (the text of a mention it did not wrap may have moved into a
   * node it split off); without it, the range over the mention's own nodes is right.
   */
  liveRange?(pm: PageMention): Range | null;
  /**
   * Called once, when the renderer first adds its stylesheet to the page (with the first mention
   * it draws): the caller may want to let the browser restyle the document right away.
   */
  onStylesAdded?: () => void;
}
