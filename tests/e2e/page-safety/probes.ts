/**
 * Functions run in the page by the page-safety suite (both browsers' `evaluate`, so each one is
 * self-contained): what Frontera marked inside an element, and edits made the way a reader or
 * the page's own editor makes them.
 */

/** Frontera's marks inside `sel`: highlighted ranges and accessible mode's elements, as text. */
export function markedIn(sel: string): string[] {
  const root = document.querySelector(sel);
  if (!root) return [];
  const out: string[] = [];
  for (const name of ['frontera-mention', 'frontera-mention-fill', 'frontera-hover']) {
    const h = CSS.highlights?.get(name);
    if (!h) continue;
    for (const r of h as unknown as Iterable<AbstractRange>) {
      if (!root.contains(r.startContainer) && !root.contains(r.endContainer)) continue;
      const range = document.createRange();
      range.setStart(
        r.startContainer,
        Math.min(r.startOffset, r.startContainer.textContent?.length ?? 0),
      );
      range.setEnd(r.endContainer, Math.min(r.endOffset, r.endContainer.textContent?.length ?? 0));
      out.push(range.toString());
    }
  }
  for (const el of root.querySelectorAll('frontera-mention')) out.push(el.textContent ?? '');
  return out;
}

/** Puts the caret after `offset` characters of the first text node of `sel`, focusing its editor. */
export function caretIn([sel, offset]: readonly [string, number]): boolean {
  const el = document.querySelector(sel);
  const node = el?.firstChild;
  if (!el || !node || node.nodeType !== 3) return false;
  const editor = (el.closest('[contenteditable]') as HTMLElement | null) ?? document.body;
  editor.focus();
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}

/** An IME composition as a browser delivers it (start, updates, the text, end). */
export function compose(text: string): void {
  const target = document.activeElement ?? document.body;
  target.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
  for (let i = 1; i <= text.length; i++) {
    target.dispatchEvent(
      new CompositionEvent('compositionupdate', { bubbles: true, data: text.slice(0, i) }),
    );
  }
  document.execCommand('insertText', false, text);
  target.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: text }));
}

/** A paste as the page's editor performs it: the pasted markup inserted at the caret. */
export function paste(html: string): void {
  const target = document.activeElement ?? document.body;
  const data = new DataTransfer();
  data.setData('text/html', html);
  target.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, clipboardData: data }));
  document.execCommand('insertHTML', false, html);
}

/** Undoes edits until `sel`'s markup is `html` again (at most `max` steps); the steps taken. */
export function undoTo([sel, html, max]: readonly [string, string, number]): number {
  const el = document.querySelector(sel);
  let steps = 0;
  while (el && el.innerHTML !== html && steps < max) {
    document.execCommand('undo');
    steps++;
  }
  return steps;
}
