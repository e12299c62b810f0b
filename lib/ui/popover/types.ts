/** The popover's contracts: what the content script passes in and what it gets back. */
import type { CardView } from '../../corpus/card';
import type { Mention } from '../../match';
import type { Settings } from '../../settings';
import type { CardLinks } from '../links';

/** Anything with client rects: a Range, a mention element, or a hand-made virtual element. */
export interface PopoverAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | DOMRect[];
  /** An element in the anchor's scrolling context (derived automatically for a Range). */
  contextElement?: Element;
}

export type OpenTrigger = 'hover' | 'focus' | 'keyboard' | 'click';

export interface OpenArgs {
  anchor: PopoverAnchor;
  entityId: string;
  mention?: Mention;
  trigger: OpenTrigger;
  /** Where focus returns when a pinned card closes; default: whatever had focus before. */
  returnFocusTo?: HTMLElement | null;
}

export interface PopoverOptions {
  getCard(entityId: string): Promise<CardView | null>;
  links: CardLinks;
  settings?: Pick<Settings, 'theme' | 'hoverDelayMs'>;
  onOpenChange?(open: boolean, entityId: string | null): void;
}

export interface PopoverController {
  open(args: OpenArgs): Promise<void>;
  scheduleOpen(args: OpenArgs, delayMs?: number): void;
  cancelScheduled(): void;
  scheduleClose(delayMs?: number): void;
  close(): void;
  isPinned(): boolean;
  currentEntityId(): string | null;
  containsPoint(x: number, y: number): boolean;
  contains(node: Node | null): boolean;
  setSettings(settings: Pick<Settings, 'theme' | 'hoverDelayMs'>): void;
  destroy(): void;
}

export interface PopoverEnv {
  /** Where PopoverView renders (inside the shadow root). */
  container: HTMLElement;
  /** The element the page sees (the shadow host); clicks inside it are "inside the card". */
  host: Element;
  window: Window;
}
