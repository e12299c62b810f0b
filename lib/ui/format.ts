/**
 * How a card words things: entity type labels, dates that say how sure they are, video
 * timestamps, and excerpts clipped around the mention. Pure; shared by popover, popup and reader.
 */
import type { TextSpan } from '../corpus/card';
import type { SourceDocumentMeta } from '../corpus/types';
import { t, uiLanguage } from '../i18n';

export { kindLabel, typeLabel } from '../i18n';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const MESES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/**
 * A document's date as a reader should take it: "21 January 2025" (or "21 de enero de 2025") when the text states
 * it, "January 2025 (implied)" when the text only implies it, "date not stated" otherwise.
 * Never invents precision the corpus does not have.
 */
export function formatDocDate(doc: Pick<SourceDocumentMeta, 'date' | 'dateBasis'>): string {
  if (!doc.date || doc.dateBasis === 'unknown') return t('dateNotStated');
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(doc.date);
  let text = doc.date;
  if (m) {
    const [, y, mo, d] = m;
    const es = uiLanguage() === 'es';
    const month = mo ? (es ? MESES : MONTHS)[Number(mo) - 1] : undefined;
    const parts = [d ? String(Number(d)) : '', month ?? '', y].filter(Boolean);
    text = es ? parts.join(' de ') : parts.join(' ');
  }
  return doc.dateBasis === 'implied' ? t('dateImplied', text) : text;
}

/** 210 → "03:30"; 3725 → "1:02:05". */
export function formatTimestamp(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(sec)}` : `${two(m)}:${two(sec)}`;
}

export interface TextSegment {
  text: string;
  mark: boolean;
}

/**
 * Splits `text` into plain and marked segments, clipped to about `maxChars` around the first
 * mark (on word boundaries, with ellipses), so a long passage still reads as a glance-sized
 * excerpt with the name in view.
 */
export function excerptSegments(
  text: string,
  marks: readonly TextSpan[],
  maxChars = 320,
): TextSegment[] {
  let from = 0;
  let to = text.length;
  if (text.length > maxChars) {
    const first = marks[0];
    const centre = first ? Math.floor((first.start + first.end) / 2) : 0;
    from = Math.max(0, Math.min(centre - Math.floor(maxChars / 3), text.length - maxChars));
    to = Math.min(text.length, from + maxChars);
    if (from > 0) {
      const space = text.indexOf(' ', from);
      if (space >= 0 && space < from + 30) from = space + 1;
    }
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > to - 30 && space > from) to = space;
    }
  }
  const out: TextSegment[] = [];
  const push = (s: string, mark: boolean) => {
    if (s.length > 0) out.push({ text: s, mark });
  };
  let at = from;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, to);
    if (end <= start) continue;
    push(text.slice(at, start), false);
    push(text.slice(start, end), true);
    at = end;
  }
  push(text.slice(at, to), false);
  if (from > 0) out.unshift({ text: '…', mark: false });
  if (to < text.length) out.push({ text: '…', mark: false });
  return out;
}
