/**
 * Runs in the page (passed to `page.evaluate` by both browsers' harnesses, so it must stay
 * self-contained): every range of a Frontera highlight, in reading order, with its text and where
 * it sits.
 */
export interface HighlightInfo {
  text: string;
  /** class/id/tag of the ancestors, innermost first: where on the page the mention is. */
  where: string[];
}

export function readHighlights(name: string): HighlightInfo[] {
  const h = CSS.highlights.get(name);
  if (!h) return [];
  const out: { text: string; where: string[]; y: number }[] = [];
  for (const r of h as unknown as Iterable<AbstractRange>) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const where: string[] = [];
    for (let el = range.startContainer.parentElement; el; el = el.parentElement) {
      if (el.id) where.push(`#${el.id}`);
      if (el.classList.length) where.push(`.${[...el.classList].join('.')}`);
      where.push(el.localName);
    }
    out.push({
      text: range.toString().replace(/\s+/g, ' '),
      where,
      y: range.getBoundingClientRect().top + scrollY,
    });
  }
  return out.sort((a, b) => a.y - b.y).map(({ text, where }) => ({ text, where }));
}

/**
 * Runs in the page: scrolls the `n`-th highlighted mention whose text is `t` into view and says
 * where the pointer should go to hover it (null when there is none).
 */
export function mentionPoint([t, n]: readonly [string, number]): { x: number; y: number } | null {
  const h = CSS.highlights.get('frontera-mention');
  if (!h) return null;
  const matches: Range[] = [];
  for (const r of h as unknown as Iterable<AbstractRange>) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    if (range.toString().replace(/\s+/g, ' ') === t) matches.push(range);
  }
  matches.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  const range = matches[n];
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
}

/** A box on screen (viewport coordinates). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Runs in the page: the client rects of every occurrence of `text` in the page's text nodes
 * (one occurrence per text node is enough for the fixtures), after scrolling the first into view.
 */
export function textRects(text: string): Box[][] {
  const out: Box[][] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let first = true;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    if (first) (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    first = false;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + text.length);
    out.push(
      [...range.getClientRects()]
        .filter((r) => r.width > 0)
        .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
    );
  }
  return out;
}

/** How many occurrences (from textRects) are covered, rect for rect, by one of `boxes`. */
export function coveredOccurrences(occurrences: Box[][], boxes: Box[]): number {
  const near = (a: Box, b: Box) =>
    Math.abs(a.x - b.x) < 2 &&
    Math.abs(a.y - b.y) < 2 &&
    Math.abs(a.width - b.width) < 2 &&
    Math.abs(a.height - b.height) < 2;
  return occurrences.filter(
    (rects) => rects.length > 0 && rects.every((r) => boxes.some((b) => near(r, b))),
  ).length;
}
