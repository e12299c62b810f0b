/**
 * The benchmark's floor, run in the page: one bare TreeWalker pass over the scanned root with the
 * node filter Frontera's text collector uses (lib/page/collect-text.ts: text accepted, skipped
 * subtrees rejected, separators accepted, other elements passed through), reading every text
 * node's data. It is bundled and injected into the page, so the filter is the real skip-rules
 * code, not a copy.
 */
import { isSkipped } from '../../lib/page/skip-rules';

/** Inline elements that separate words: the collector's SEPARATOR_TAGS (not exported there). */
const SEPARATOR_TAGS = new Set(['br', 'img', 'hr']);

export interface FloorWalk {
  textNodes: number;
  chars: number;
}

export function floorWalk(root: Node, chrome: boolean): FloorWalk {
  const skip = { chrome };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode(node: Node): number {
      if (node.nodeType === 3) return 1;
      const el = node as Element;
      if (isSkipped(el, skip)) return 2;
      return SEPARATOR_TAGS.has(el.localName) ? 1 : 3;
    },
  });
  let textNodes = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    textNodes++;
    chars += (node as Text).data.length;
  }
  return { textNodes, chars };
}

export interface FloorDraw extends FloorWalk {
  ranges: number;
}

/** The highlight name the floor draws under (styled by a sheet the benchmark serves in <head>). */
export const FLOOR_HIGHLIGHT = 'bench-floor';

/**
 * The floor with drawing: the same walk (collecting the text nodes), then `count` StaticRanges,
 * one word each, at word positions spread evenly over the text, registered in CSS.highlights under
 * FLOOR_HIGHLIGHT. What any highlighter must at least do to draw that many mentions; the rendering
 * that follows is the browser's.
 */
export function floorDraw(root: Node, chrome: boolean, count: number): FloorDraw {
  const skip = { chrome };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode(node: Node): number {
      if (node.nodeType === 3) return 1;
      const el = node as Element;
      if (isSkipped(el, skip)) return 2;
      return SEPARATOR_TAGS.has(el.localName) ? 1 : 3;
    },
  });
  const texts: Text[] = [];
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    texts.push(node as Text);
    chars += (node as Text).data.length;
  }
  const ranges: StaticRange[] = [];
  let t = 0;
  let before = 0;
  for (let k = 0; k < count && chars > 0; k++) {
    const at = Math.floor(((k + 0.5) * chars) / count);
    while (t < texts.length - 1 && before + (texts[t] as Text).data.length <= at) {
      before += (texts[t] as Text).data.length;
      t++;
    }
    const text = texts[t] as Text;
    const data = text.data;
    let start = Math.min(at - before, data.length);
    while (start < data.length && /\s/.test(data[start] as string)) start++;
    let end = start;
    while (end < data.length && !/\s/.test(data[end] as string)) end++;
    if (end === start) continue;
    ranges.push(
      new StaticRange({
        startContainer: text,
        startOffset: start,
        endContainer: text,
        endOffset: end,
      }),
    );
  }
  CSS.highlights.set(FLOOR_HIGHLIGHT, new Highlight(...ranges));
  return { textNodes: texts.length, chars, ranges: ranges.length };
}
