/**
 * What a reader (or the page's own editor) can edit: Frontera never marks it, and unmarks a
 * block the moment it becomes editable, so nothing of Frontera's ever ends up in what a CMS
 * saves. Editable means a `designMode` document, a form field, or anything inside an element
 * whose `contenteditable` is not "false" (an island marked "false" inside an editor still
 * belongs to the editor's content).
 */

const FIELD_TAGS = new Set(['textarea', 'input', 'select']);

/** True when the document as a whole is being edited (`document.designMode = "on"`). */
export function isDocumentEditable(doc: Document | null | undefined): boolean {
  return doc?.designMode === 'on';
}

/** True when `el` itself makes its subtree editable. */
export function makesEditable(el: Element): boolean {
  if (FIELD_TAGS.has(el.localName)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True when `node` is editable content or inside it. */
export function isEditable(node: Node): boolean {
  if (isDocumentEditable(node.ownerDocument ?? (node as Document))) return true;
  for (
    let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (makesEditable(el)) return true;
  }
  return false;
}
