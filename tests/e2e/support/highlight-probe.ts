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
