/**
 * Splits a source body into blocks: headings, paragraphs, lists, tables and callouts.
 * A block is a run of non-blank lines; a heading line (`## …`) is always a block of its own.
 */

export type Block =
  | { type: 'heading'; level: number; text: string; line: number }
  | { type: 'paragraph'; text: string; line: number }
  /** `intro` is the line that announces the list ("Key points:"), when there is one. */
  | { type: 'list'; intro: string | null; items: string[]; line: number }
  /** Body rows only: the header row and the separator row are dropped. */
  | { type: 'table'; header: string[] | null; rows: string[][]; line: number }
  | { type: 'callout'; title: string; lines: string[]; items: string[]; line: number };

const HEADING = /^(#{1,6})\s+(.*\S)\s*$/;
const LIST_MARKER = /^\s*[-+*•]\s+/;
const CALLOUT_HEAD = /^\[!(\w+)\][+-]?\s*(.*)$/;
/** Separator cells are made of dashes of any kind (the seeds have "—" and "–"), colons, spaces. */
const SEPARATOR_CELL = /^[\s:\-\u2010-\u2015\u2212]*$/;

/** Parses a body. `firstLine` is the file line of the body's first line (for messages). */
export function parseBlocks(body: string, firstLine = 1): Block[] {
  const blocks: Block[] = [];
  const lines = body.split('\n');
  let run: { text: string; line: number }[] = [];

  const flush = () => {
    if (run.length > 0) blocks.push(classify(run));
    run = [];
  };

  lines.forEach((text, i) => {
    const line = firstLine + i;
    const heading = HEADING.exec(text);
    if (heading) {
      flush();
      blocks.push({
        type: 'heading',
        level: heading[1]?.length ?? 2,
        text: heading[2] ?? '',
        line,
      });
    } else if (text.trim() === '') flush();
    else run.push({ text, line });
  });
  flush();
  return blocks;
}

function splitRow(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((cell) => cell.trim());
}

function isSeparatorRow(cells: string[]): boolean {
  return cells.every((cell) => SEPARATOR_CELL.test(cell));
}

function classify(run: { text: string; line: number }[]): Block {
  const line = run[0]?.line ?? 0;
  const texts = run.map((r) => r.text);
  const first = texts[0] ?? '';

  if (texts.every((t) => t.startsWith('>'))) {
    const inner = texts.map((t) => t.replace(/^>\s?/, ''));
    const head = CALLOUT_HEAD.exec(inner[0] ?? '');
    const rest = head ? inner.slice(1) : inner;
    const items: string[] = [];
    const plain: string[] = [];
    for (const t of rest) {
      if (t.trim() === '') continue;
      if (LIST_MARKER.test(t)) items.push(t.replace(LIST_MARKER, '').trim());
      else plain.push(t.trim());
    }
    return { type: 'callout', title: head?.[2]?.trim() ?? '', lines: plain, items, line };
  }

  if (first.trimStart().startsWith('|')) {
    const rows = texts.filter((t) => t.trim() !== '').map(splitRow);
    let header: string[] | null = null;
    if (rows.length > 1 && isSeparatorRow(rows[1] ?? [])) {
      header = rows[0] ?? null;
      rows.splice(0, 2);
    }
    return { type: 'table', header, rows: rows.filter((r) => !isSeparatorRow(r)), line };
  }

  const rest = texts.slice(1);
  const markedItems = rest.some((t) => LIST_MARKER.test(t));
  const announced = first.trimEnd().endsWith(':') && rest.length >= 1;
  if (texts.length > 1 && (markedItems || announced || LIST_MARKER.test(first))) {
    const introIsItem = LIST_MARKER.test(first);
    return {
      type: 'list',
      intro: introIsItem ? null : first.trim(),
      items: (introIsItem ? texts : rest).map((t) => t.replace(LIST_MARKER, '').trim()),
      line,
    };
  }

  // Markdown semantics: lines of one block are one paragraph.
  return { type: 'paragraph', text: texts.map((t) => t.trim()).join(' '), line };
}
