/**
 * Turns the matcher's offsets into page mentions: the text nodes a mention covers, so it can be
 * highlighted, hovered and navigated to, even when it runs across inline elements.
 */
import type { Matcher, Mention } from '../match';
import { boundaryAt } from './collect-text';
import { isEditable } from './editable';
import type { PageMention, TextBlock } from './types';

let nextKey = 1;

/** The page mention for one matcher mention in `block`, or null if its text is gone. */
export function toPageMention(block: TextBlock, mention: Mention): PageMention | null {
  const start = boundaryAt(block, mention.start, 'start');
  const end = boundaryAt(block, mention.end, 'end');
  if (!start || !end || end.index < start.index) return null;
  if (end.index === start.index && end.offset <= start.offset) return null;
  const nodes: Text[] = [];
  for (let i = start.index; i <= end.index; i++)
    nodes.push((block.segments[i] as { node: Text }).node);
  return {
    key: nextKey++,
    mention,
    entityId: mention.entityId,
    block: block.element,
    nodes,
    startOffset: start.offset,
    endOffset: end.offset,
  };
}

/** Every mention in the blocks, in document order. */
export function findMentions(blocks: readonly TextBlock[], matcher: Matcher): PageMention[] {
  const out: PageMention[] = [];
  for (const block of blocks) {
    for (const m of matcher.find(block.text)) {
      const pm = toPageMention(block, m);
      if (pm) out.push(pm);
    }
  }
  return out;
}

/** A live Range over the mention (for geometry: client rects, scrolling). */
export function mentionRange(pm: PageMention, doc: Document = document): Range | null {
  const first = pm.nodes[0];
  const last = pm.nodes[pm.nodes.length - 1];
  if (!first || !last || !first.isConnected || !last.isConnected) return null;
  try {
    const r = doc.createRange();
    r.setStart(first, Math.min(pm.startOffset, first.length));
    r.setEnd(last, Math.min(pm.endOffset, last.length));
    return r;
  } catch {
    return null;
  }
}

/** True while every text node of the mention is still in the page. */
export function isAlive(pm: PageMention): boolean {
  for (const n of pm.nodes) if (!n.isConnected) return false;
  return true;
}

/** The text the mention's nodes hold now, between its offsets. */
export function textNow(pm: PageMention): string {
  const last = pm.nodes.length - 1;
  let out = '';
  pm.nodes.forEach((n, i) => {
    out += n.data.slice(i === 0 ? pm.startOffset : 0, i === last ? pm.endOffset : undefined);
  });
  return out;
}

const squeeze = (s: string) => s.replace(/[\s\u200b]+/g, '');

/**
 * True while the mention's nodes are in the page, hold the text it was found in, and are not
 * editable: only such a mention may be drawn. (Whitespace aside: a block's text puts a space
 * where a line break separates two nodes.)
 */
export function isCurrent(pm: PageMention): boolean {
  const first = pm.nodes[0];
  if (!first || !isAlive(pm) || isEditable(first)) return false;
  return squeeze(textNow(pm)) === squeeze(pm.mention.text);
}

/** Document order of two mentions. */
export function compareMentions(a: PageMention, b: PageMention): number {
  if (a === b) return 0;
  const na = a.nodes[0];
  const nb = b.nodes[0];
  if (!na || !nb) return 0;
  if (na === nb) return a.startOffset - b.startOffset;
  const pos = na.compareDocumentPosition(nb);
  // 4 = DOCUMENT_POSITION_FOLLOWING: b comes after a.
  return pos & 4 ? -1 : pos & 2 ? 1 : 0;
}
