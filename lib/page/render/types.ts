import type { HighlightStyle } from '../../settings';
import type { PageMention } from '../types';

/** Shows mentions on the page. Two implementations: CSS highlights (default) and elements. */
export interface MentionRenderer {
  readonly kind: 'highlight' | 'elements';
  add(mentions: readonly PageMention[]): void;
  remove(mentions: readonly PageMention[]): void;
  /** Removes every trace of Frontera from the page. */
  clear(): void;
  setStyle(style: HighlightStyle): void;
  /** The mention under the pointer (drawn even in "hover only" style). */
  setHovered(pm: PageMention | null): void;
  /** The mention whose card is open or that keyboard navigation reached. */
  setActive(pm: PageMention | null): void;
  /**
   * Called once, when the renderer first adds its stylesheet to the page (with the first mention
   * it draws): the caller may want to let the browser restyle the document right away.
   */
  onStylesAdded?: () => void;
}
