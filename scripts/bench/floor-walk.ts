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
