/**
 * Turns a source document into passages: a paragraph or a short section each, long paragraphs
 * split at sentence boundaries, fragments merged into a neighbour, tables and lists rendered
 * as readable lines. Passage ids are `${docId}/${nn}` in reading order, so they stay the same
 * as long as the source text does.
 */
import { type Block, parseBlocks } from './blocks';
import { reduceInline, type Stamp } from './inline';
import { splitAtSentences } from './sentences';
import type { Passage, PassageKind, SourceDocumentMeta } from './types';

/** Longer paragraphs are split at sentence boundaries. */
export const MAX_PASSAGE_CHARS = 900;
/** Shorter paragraphs are merged into a neighbour in the same section. */
export const MIN_PASSAGE_CHARS = 120;
/** Paragraphs inside one passage (after a merge) are separated by a blank line. */
export const PARAGRAPH_BREAK = '\n\n';
/** Lines of a list, table or callout are separated by a line break; items start with this. */
export const ITEM_BULLET = '• ';

interface Unit {
  kind: PassageKind;
  headingPath: string[];
  text: string;
  stamps: Stamp[];
}

function joinLines(parts: { text: string; stamps: Stamp[] }[], separator: string) {
  let text = '';
  const stamps: Stamp[] = [];
  for (const part of parts) {
    if (text !== '') text += separator;
    stamps.push(...part.stamps.map((s) => ({ ...s, offset: s.offset + text.length })));
    text += part.text;
  }
  return { text, stamps };
}

function rowText(cells: string[], header: string[] | null): string {
  const [label, ...rest] = cells.map((c) => reduceInline(c).text);
  if (rest.length === 0) return label ?? '';
  // A two-column "Aspect | Details" table reads as "Aspect: details"; wider tables name columns.
  if (rest.length === 1 || !header) return `${label}: ${rest.join('; ')}`;
  return `${label}: ${rest.map((value, i) => `${header[i + 1] ?? ''}: ${value}`).join('; ')}`;
}

function blockToUnit(block: Exclude<Block, { type: 'heading' }>, headingPath: string[]): Unit {
  switch (block.type) {
    case 'paragraph': {
      const { text, stamps } = reduceInline(block.text);
      return { kind: 'paragraph', headingPath, text, stamps };
    }
    case 'list': {
      const parts = [
        ...(block.intro ? [reduceInline(block.intro)] : []),
        ...block.items.map((item) => {
          const r = reduceInline(item);
          return { text: ITEM_BULLET + r.text, stamps: r.stamps };
        }),
      ];
      return { kind: 'list', headingPath, ...joinLines(parts, '\n') };
    }
    case 'table': {
      const lines = block.rows.map((row) => ({ text: rowText(row, block.header), stamps: [] }));
      return { kind: 'table', headingPath, ...joinLines(lines, '\n') };
    }
    case 'callout': {
      const parts = [
        ...(block.title ? [reduceInline(block.title)] : []),
        ...block.lines.map(reduceInline),
        ...block.items.map((item) => {
          const r = reduceInline(item);
          return { text: ITEM_BULLET + r.text, stamps: r.stamps };
        }),
      ];
      return { kind: 'callout', headingPath, ...joinLines(parts, '\n') };
    }
  }
}

function splitLong(unit: Unit): Unit[] {
  if (unit.kind !== 'paragraph' || unit.text.length <= MAX_PASSAGE_CHARS) return [unit];
  return splitAtSentences(unit.text, MAX_PASSAGE_CHARS).map(({ start, end }) => ({
    ...unit,
    text: unit.text.slice(start, end).trim(),
    stamps: unit.stamps
      .filter((s) => s.offset >= start && (s.offset < end || end === unit.text.length))
      .map((s) => ({ ...s, offset: s.offset - start })),
  }));
}

const samePath = (a: string[], b: string[]) =>
  a.length === b.length && a.every((heading, i) => heading === b[i]);

function canJoin(a: Unit | undefined, b: Unit | undefined): boolean {
  return (
    !!a &&
    !!b &&
    a.kind === 'paragraph' &&
    b.kind === 'paragraph' &&
    samePath(a.headingPath, b.headingPath) &&
    a.text.length + b.text.length <= MAX_PASSAGE_CHARS * 1.3
  );
}

function join(a: Unit, b: Unit): Unit {
  return { ...a, ...joinLines([a, b], PARAGRAPH_BREAK) };
}

/** A question or an announcement ("Key points:") up to this long is joined to what follows. */
const MAX_LEAD_IN_CHARS = 300;

/**
 * Merges each short paragraph into a neighbour in the same section: forward when it announces
 * what follows (ends with ":" or "?", like an interviewer's question before the answer),
 * otherwise backward. Questions longer than a fragment still join their answer.
 */
function mergeFragments(units: Unit[]): Unit[] {
  const out = [...units];
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < out.length && !changed; i++) {
      const unit = out[i] as Unit;
      if (unit.kind !== 'paragraph') continue;
      const leadIn = /[:?]["”’)]?$/.test(unit.text) && unit.text.length < MAX_LEAD_IN_CHARS;
      const fragment = unit.text.length < MIN_PASSAGE_CHARS;
      if (!leadIn && !fragment) continue;
      const prev = out[i - 1];
      const next = out[i + 1];
      const sides = leadIn ? (fragment ? ['next', 'prev'] : ['next']) : ['prev', 'next'];
      for (const side of sides) {
        if (side === 'prev' && prev && canJoin(prev, unit)) {
          out.splice(i - 1, 2, join(prev, unit));
          changed = true;
        } else if (side === 'next' && next && canJoin(unit, next)) {
          out.splice(i, 2, join(unit, next));
          changed = true;
        }
        if (changed) break;
      }
    }
  }
  return out;
}

/** Zero-padded position: 1 → "01". */
export function passageId(docId: string, position: number): string {
  return `${docId}/${String(position).padStart(2, '0')}`;
}

/** Splits a document body into passages. `bodyLine` only matters for messages. */
export function splitPassages(meta: SourceDocumentMeta, body: string, bodyLine = 1): Passage[] {
  const units: Unit[] = [];
  const headings: { level: number; text: string }[] = [];
  for (const block of parseBlocks(body, bodyLine)) {
    if (block.type === 'heading') {
      // A heading that repeats the document title adds nothing to a passage's place.
      if (headings.length === 0 && reduceInline(block.text).text === meta.title) continue;
      while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= block.level) {
        headings.pop();
      }
      headings.push({ level: block.level, text: reduceInline(block.text).text });
      continue;
    }
    const unit = blockToUnit(
      block,
      headings.map((h) => h.text),
    );
    if (unit.text.trim() !== '') units.push(...splitLong(unit));
  }
  return toPassages(meta.id, meta.videoId !== null, mergeFragments(units));
}

function toPassages(docId: string, timed: boolean, units: Unit[]): Passage[] {
  return units.map((unit, i) => ({
    id: passageId(docId, i + 1),
    docId,
    position: i + 1,
    headingPath: unit.headingPath,
    kind: unit.kind,
    text: unit.text,
    time: timed ? (unit.stamps[0]?.seconds ?? null) : null,
  }));
}

/**
 * Splits plain text blocks (an article as a page shows it: no Markdown, nothing to reduce) into
 * passages by the same rules as a corpus document: long paragraphs at sentence boundaries,
 * fragments merged into a neighbour under the same heading. The ids are `${docId}/${nn}`; the
 * library renames them.
 */
export function splitTextBlocks(
  docId: string,
  blocks: readonly { text: string; headingPath?: string[] }[],
): Passage[] {
  const units: Unit[] = blocks
    .map((b) => ({
      kind: 'paragraph' as const,
      headingPath: b.headingPath ?? [],
      text: b.text.replace(/\s+/g, ' ').trim(),
      stamps: [],
    }))
    .filter((u) => u.text !== '')
    .flatMap(splitLong);
  return toPassages(docId, false, mergeFragments(units));
}
