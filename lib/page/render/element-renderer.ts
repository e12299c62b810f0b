/**
 * Accessible mode (and the fallback where CSS highlights are missing): each mention becomes a
 * real, focusable `<frontera-mention>` element, so keyboard and screen-reader users reach it.
 *
 * Wrapping must be reversible to the byte: the page's own text node always stays in place and
 * keeps the text before the mention; Frontera adds the mention element and a text node for the
 * rest after it. Restoring puts the original text back into the page's node and removes what
 * Frontera added, so references the page holds (React's, for one) stay valid.
 */
import type { HighlightStyle } from '../../settings';
import { compareMentions } from '../mentions';
import type { PageMention } from '../types';
import { lazyPageStyles, STYLE_ATTRIBUTE } from './page-styles';
import type { MentionRenderer } from './types';

export const MENTION_TAG = 'frontera-mention';
export const HELP_ID = 'frontera-mention-help';
const INTERACTIVE = 'a[href], button, label, summary, [role="button"], [role="link"], [tabindex]';

interface Split {
  /** The page's text as it was before Frontera split it. */
  data: string;
  /** Nodes Frontera inserted after the page's node (mention elements, remainder text). */
  created: Node[];
  /** Mentions wrapped inside this node's text. */
  keys: Set<number>;
}

export interface ElementRenderer extends MentionRenderer {
  /** Reacts, synchronously, to the page changing text Frontera split (see `observe.ts`). */
  pageChanged(records: readonly MutationRecord[]): void;
}

export function createElementRenderer(
  doc: Document,
  style: HighlightStyle,
  describe: (pm: PageMention) => string,
  stylesDeclared = false,
): ElementRenderer {
  const styles = lazyPageStyles(doc, stylesDeclared);
  let currentStyle = style;
  const splits = new Map<Text, Split>();
  const wrapped = new Map<number, { pm: PageMention; elements: HTMLElement[] }>();
  const byElement = new WeakMap<Element, PageMention>();
  let help: HTMLElement | null = null;

  function ensureHelp(): void {
    if (help?.isConnected) return;
    help = doc.createElement('frontera-mention-help');
    help.id = HELP_ID;
    help.hidden = true;
    help.textContent = 'Frontera background. Press Enter to open the card, Escape to close it.';
    (doc.body ?? doc.documentElement).appendChild(help);
  }

  /** Wraps [a, b) of the page's node `node` (which holds only text before anything wrapped). */
  function wrapPiece(
    node: Text,
    a: number,
    b: number,
    pm: PageMention,
    part: number,
  ): HTMLElement | null {
    const parent = node.parentNode;
    if (!parent || b <= a || b > node.data.length) return null;
    let split = splits.get(node);
    if (!split) {
      split = { data: node.data, created: [], keys: new Set() };
      splits.set(node, split);
    }
    const data = node.data;
    const el = doc.createElement(MENTION_TAG);
    el.id = `frontera-m${pm.key}-${part}`;
    el.setAttribute(STYLE_ATTRIBUTE, currentStyle);
    el.setAttribute('data-frontera-entity', pm.entityId);
    el.textContent = data.slice(a, b);
    const rest = data.slice(b);
    const next = node.nextSibling;
    parent.insertBefore(el, next);
    split.created.push(el);
    if (rest) {
      const restNode = doc.createTextNode(rest);
      parent.insertBefore(restNode, next);
      split.created.push(restNode);
    }
    node.data = data.slice(0, a);
    split.keys.add(pm.key);
    byElement.set(el, pm);
    return el;
  }

  function wrap(pm: PageMention): void {
    const last = pm.nodes.length - 1;
    const pieces: HTMLElement[] = [];
    // Last piece first: earlier offsets in the page's nodes stay valid.
    for (let i = last; i >= 0; i--) {
      const node = pm.nodes[i] as Text;
      const a = i === 0 ? pm.startOffset : 0;
      const b = i === last ? pm.endOffset : node.data.length;
      const el = wrapPiece(node, a, b, pm, i);
      if (el) pieces.unshift(el);
    }
    const first = pieces[0];
    if (!first) return;
    wrapped.set(pm.key, { pm, elements: pieces });
    pm.element = first;
    // Inside a link or a control, a second focusable thing would be nested interactive content:
    // the mention stays visible, and the keyboard command reaches its card.
    if (first.parentElement?.closest(INTERACTIVE)) return;
    first.tabIndex = 0;
    first.setAttribute('role', 'button');
    first.setAttribute('aria-haspopup', 'dialog');
    first.setAttribute('aria-expanded', 'false');
    first.setAttribute('aria-describedby', HELP_ID);
    first.setAttribute(
      'aria-label',
      `${pm.mention.text.replace(/\s+/g, ' ').trim()}: ${describe(pm)}`,
    );
  }

  /** Puts the page's text back into `node` and removes what Frontera inserted after it. */
  function restore(node: Text, split: Split, keepPageText: boolean): PageMention[] {
    for (const n of split.created) n.parentNode?.removeChild(n);
    if (!keepPageText && node.data !== split.data) node.data = split.data;
    splits.delete(node);
    const unwrapped: PageMention[] = [];
    for (const key of split.keys) {
      const w = wrapped.get(key);
      if (!w) continue;
      wrapped.delete(key);
      w.pm.element = undefined;
      unwrapped.push(w.pm);
    }
    return unwrapped;
  }

  /** Unwraps every mention touching these page nodes; returns the mentions that were unwrapped. */
  function restoreNodes(nodes: Iterable<Text>): PageMention[] {
    const out: PageMention[] = [];
    for (const node of nodes) {
      const split = splits.get(node);
      if (split) out.push(...restore(node, split, false));
    }
    // A mention spanning several nodes must be unwrapped in all of them.
    const more = out.flatMap((pm) => pm.nodes).filter((n) => splits.has(n));
    if (more.length) out.push(...restoreNodes(more));
    return out;
  }

  /** Unwraps the other pieces of mentions the page broke. */
  function dropWith(unwrapped: PageMention[]): void {
    restoreNodes(unwrapped.flatMap((pm) => pm.nodes));
  }

  function rewrap(mentions: PageMention[]): void {
    const unique = [...new Map(mentions.map((m) => [m.key, m])).values()];
    unique.sort(compareMentions).reverse();
    for (const pm of unique) wrap(pm);
  }

  /**
   * Where an offset of a page node's original text is now: in the node itself, or in one of the
   * nodes Frontera split off it (a mention element's text, a remainder).
   */
  function livePoint(node: Text, offset: number): { node: Node; offset: number } {
    const split = splits.get(node);
    if (!split || offset <= node.data.length) return { node, offset };
    let rest = offset - node.data.length;
    const created = new Set(split.created);
    for (let n = node.nextSibling; n && created.has(n); n = n.nextSibling) {
      const text = n.nodeType === 3 ? (n as Text) : (n.firstChild as Text | null);
      const length = text?.data.length ?? 0;
      if (text && rest <= length) return { node: text, offset: rest };
      rest -= length;
    }
    return { node, offset: node.data.length };
  }

  const renderer: ElementRenderer = {
    liveRange(pm) {
      const first = pm.nodes[0];
      const last = pm.nodes[pm.nodes.length - 1];
      if (!first?.isConnected || !last?.isConnected) return null;
      const start = livePoint(first, pm.startOffset);
      const end = livePoint(last, pm.endOffset);
      try {
        const r = doc.createRange();
        r.setStart(start.node, start.offset);
        r.setEnd(end.node, end.offset);
        return r;
      } catch {
        return null;
      }
    },
    add(mentions) {
      if (mentions.length === 0) return;
      if (styles.ensure()) renderer.onStylesAdded?.();
      ensureHelp();
      const fresh = mentions.filter((m) => !wrapped.has(m.key));
      const touched = restoreNodes(fresh.flatMap((m) => m.nodes));
      rewrap([...fresh, ...touched]);
    },
    remove(mentions) {
      const keys = new Set(mentions.map((m) => m.key));
      const touched = restoreNodes(
        mentions.filter((m) => wrapped.has(m.key)).flatMap((m) => m.nodes),
      );
      rewrap(touched.filter((m) => !keys.has(m.key)));
      // The help text goes with the last mention: it must not stay in a block turned editor.
      if (wrapped.size === 0) {
        help?.remove();
        help = null;
      }
    },
    clear() {
      restoreNodes([...splits.keys()]);
      wrapped.clear();
      help?.remove();
      help = null;
      styles.remove();
    },
    setStyle(next) {
      currentStyle = next;
      for (const { elements } of wrapped.values()) {
        for (const el of elements) el.setAttribute(STYLE_ATTRIBUTE, next);
      }
    },
    setHovered() {
      // :hover styles the element itself.
    },
    setActive(pm) {
      for (const { pm: other, elements } of wrapped.values()) {
        const el = elements[0];
        if (el?.hasAttribute('aria-expanded')) {
          el.setAttribute('aria-expanded', String(pm !== null && other.key === pm.key));
        }
      }
    },
    // The pointer is over the mention's own element.
    hitTest(_x, _y, target, ctx) {
      const pm = renderer.mentionFor(target);
      return pm && ctx.isShown(pm) ? pm : null;
    },
    /** The mention an element inside a `<frontera-mention>` belongs to. */
    mentionFor(target) {
      const el = target instanceof Element ? target.closest(MENTION_TAG) : null;
      return el ? (byElement.get(el) ?? null) : null;
    },
    focusTarget(pm) {
      return wrapped.get(pm.key)?.elements[0] ?? null;
    },
    anchor(pm) {
      const els = wrapped.get(pm.key)?.elements;
      const first = els?.[0];
      const last = els?.[els.length - 1];
      if (!first || !last || !first.isConnected) return null;
      const r = doc.createRange();
      r.setStartBefore(first);
      r.setEndAfter(last);
      return r;
    },
    pageChanged(records) {
      for (const rec of records) {
        if (rec.type === 'characterData') {
          const split = splits.get(rec.target as Text);
          // The page wrote new text into its node: that text wins; drop what we added after it.
          if (split) dropWith(restore(rec.target as Text, split, true));
        } else if (rec.type === 'childList') {
          for (const n of rec.removedNodes) {
            const split = n.nodeType === 3 ? splits.get(n as Text) : undefined;
            // The page took its node out: take our additions out with it.
            if (split) dropWith(restore(n as Text, split, true));
          }
        }
      }
    },
  };
  return renderer;
}
