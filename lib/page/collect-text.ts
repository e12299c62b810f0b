/**
 * Reads the prose under a root as blocks of text, with a TreeWalker that never enters skipped
 * subtrees. Inline elements (`<b>`, `<a>`, `<span>`…) do not break a block, so
 * `Claudia <b>Sheinbaum</b>` is one run of text for the matcher.
 */
import { isEditable } from './editable';
import { isSkipped, type SkipOptions } from './skip-rules';
import type { TextBlock, TextSegment } from './types';

/** Elements that flow inside a line of text; anything else starts a new block. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  'ruby',
  'rb',
  'rt',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'frontera-mention',
]);

/** Elements that are inline but separate words (a line break, an image between two words). */
const SEPARATOR_TAGS = new Set(['br', 'img', 'hr']);

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

/** The nearest ancestor (or self) that is a block: where a run of text belongs. */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && isInlineElement(el)) el = el.parentElement;
  return el;
}

/** Whitespace of any kind becomes one plain space per character, so offsets stay 1:1. */
const WHITESPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/g;

export interface CollectOptions extends SkipOptions {
  /** When given, only text nodes in this set are read (the article text Readability kept). */
  onlyNodes?: ReadonlySet<Text> | null;
}

/** A resumable walk: `step` reads until the deadline and says whether anything is left. */
export class TextCollector {
  /** One walk per root, in page order (the story's top, then its body). */
  private readonly walkers: TreeWalker[];
  private walking = 0;
  private readonly onlyNodes: ReadonlySet<Text> | null;
  private current: {
    element: Element;
    parts: string[];
    segments: TextSegment[];
    length: number;
  } | null = null;
  private pendingSeparator = false;
  private lastParent: Element | null = null;
  private lastBlock: Element | null = null;
  readonly blocks: TextBlock[] = [];
  /**
   * Leave out blocks that are chrome by their text: a lone "Advertising" label, a block that is
   * all links (category lists, "Jump to navigation", promo captions). Only where Readability did
   * not choose the text, since it already left those out.
   */
  private readonly dropChromeBlocks: boolean;
  /** Lone ad labels are never the story, whoever chose the text. */
  private readonly dropAdLabels: boolean;
  /** Text nodes visited (for the benchmark's comparison with a bare walk). */
  nodesVisited = 0;

  constructor(roots: Node | readonly Node[], options: CollectOptions) {
    this.onlyNodes = options.onlyNodes ?? null;
    const skip = { chrome: options.chrome, chromeByName: options.onlyNodes == null };
    this.dropAdLabels = options.chrome;
    this.dropChromeBlocks = options.chrome && options.onlyNodes == null;
    const filter = {
      acceptNode(node: Node): number {
        if (node.nodeType === 3) return 1; // FILTER_ACCEPT
        const el = node as Element;
        if (isSkipped(el, skip)) return 2; // FILTER_REJECT: never enter
        // Separators are returned so the walk can mark a word break; other elements are passed.
        return SEPARATOR_TAGS.has(el.localName) ? 1 : 3; // FILTER_SKIP
      },
    };
    // A root inside an editor (or a designMode document) is never read: nothing to mark there.
    const list = (Array.isArray(roots) ? roots : [roots as Node]).filter(
      (root: Node) => !isEditable(root),
    );
    this.walkers = list.map((root) =>
      (root.ownerDocument ?? (root as Document)).createTreeWalker(
        root,
        // 1 = SHOW_ELEMENT, 4 = SHOW_TEXT (numbers, so this also runs where NodeFilter is missing)
        1 | 4,
        filter,
      ),
    );
  }

  /** Reads until `deadline` (a performance.now() value); returns true when the walk is done. */
  step(deadline = Number.POSITIVE_INFINITY, now: () => number = () => performance.now()): boolean {
    let n = 0;
    for (; this.walking < this.walkers.length; this.walking++) {
      const walker = this.walkers[this.walking] as TreeWalker;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType !== 3) {
          this.pendingSeparator = true;
          continue;
        }
        this.nodesVisited++;
        this.addText(node as Text);
        if (++n % 64 === 0 && now() >= deadline) return false;
      }
      // Each root is its own block: a headline never runs on into the body's first line.
      this.flush();
    }
    return true;
  }

  private addText(node: Text): void {
    if (this.onlyNodes && !this.onlyNodes.has(node)) {
      this.pendingSeparator = true;
      return;
    }
    const data = node.data;
    if (data.length === 0) return;
    // Neighbouring text nodes usually share a parent: remember its block.
    const parent = node.parentElement;
    let block: Element | null;
    if (parent !== null && parent === this.lastParent) block = this.lastBlock;
    else {
      block = blockOf(node);
      this.lastParent = parent;
      this.lastBlock = block;
    }
    if (!block) return;
    if (!this.current || this.current.element !== block) {
      this.flush();
      this.current = { element: block, parts: [], segments: [], length: 0 };
      this.pendingSeparator = false;
    }
    const cur = this.current;
    if (this.pendingSeparator && cur.length > 0) {
      cur.parts.push(' ');
      cur.length += 1;
    }
    this.pendingSeparator = false;
    cur.segments.push({ node, start: cur.length, end: cur.length + data.length });
    cur.parts.push(data);
    cur.length += data.length;
  }

  private flush(): void {
    const cur = this.current;
    this.current = null;
    if (!cur) return;
    const text = cur.parts.join('').replace(WHITESPACE, ' ');
    // A block of whitespace only (indentation between tags) has nothing to match.
    if (text.trim().length === 0) return;
    const block = { element: cur.element, text, segments: cur.segments };
    if (this.dropAdLabels && AD_LABEL.test(text)) return;
    if (this.dropChromeBlocks && isChromeBlock(block)) return;
    this.blocks.push(block);
  }
}

/** Labels of ad slots and sponsored boxes, alone in their block. */
const AD_LABEL =
  /^\s*(?:advertisement|advertising|ad|sponsored(?: content)?|publicidad|anuncio|patrocinado|contenido patrocinado)\s*$/i;

/** Links make up at least this share of a block's letters: a list of links, not prose. */
const LINK_DENSITY = 0.8;

/** A block that is chrome by its text: an ad label, or (almost) all links. */
export function isChromeBlock(block: TextBlock): boolean {
  if (AD_LABEL.test(block.text)) return true;
  let linked = 0;
  let total = 0;
  for (const seg of block.segments) {
    const length = seg.node.data.trim().length;
    total += length;
    let el: Element | null = seg.node.parentElement;
    while (el && el !== block.element && el.localName !== 'a') el = el.parentElement;
    if (el?.localName === 'a' || block.element.localName === 'a') linked += length;
  }
  return total > 0 && linked / total >= LINK_DENSITY;
}

/** All text blocks under `root`, in document order, in one go. */
export function collectTextBlocks(
  root: Node | readonly Node[],
  options: CollectOptions,
): TextBlock[] {
  const collector = new TextCollector(root, options);
  collector.step();
  return collector.blocks;
}

/** A boundary point (text node + offset) for an offset into a block's text. */
export function boundaryAt(
  block: TextBlock,
  offset: number,
  side: 'start' | 'end',
): { index: number; node: Text; offset: number } | null {
  const segs = block.segments;
  let lo = 0;
  let hi = segs.length - 1;
  // Binary search for the segment holding the offset; a start belongs to the segment it begins,
  // an end to the segment it closes.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segs[mid] as TextSegment;
    if (side === 'start' ? offset >= seg.end : offset > seg.end) lo = mid + 1;
    else if (side === 'start' ? offset < seg.start : offset <= seg.start) hi = mid - 1;
    else return { index: mid, node: seg.node, offset: offset - seg.start };
  }
  // The offset falls in a separator between segments: clamp to the nearest real text.
  if (side === 'start') {
    const seg = segs[lo];
    return seg ? { index: lo, node: seg.node, offset: 0 } : null;
  }
  const seg = segs[hi];
  return seg ? { index: hi, node: seg.node, offset: seg.node.data.length } : null;
}
