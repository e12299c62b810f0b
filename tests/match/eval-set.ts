/**
 * The labelled evaluation set (tests/fixtures/eval/): loading the `[[text|entity-id|method]]`
 * markup into plain text + expected mentions, and scoring a matcher against it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Matcher, MatchMethod } from '../../lib/match';

export const EVAL_DIR = join(import.meta.dirname, '..', 'fixtures', 'eval');

/**
 * Mixed pages: one section about the subject among unrelated ones. Only that section is
 * labelled, so they measure what a page draws (topic gate, nearness), not the bare matcher.
 */
export const MIXED_PAGES = new Set([
  'en/15-world-roundup.txt',
  'en/16-city-history-mixed.txt',
  'es/15-resumen-del-dia.txt',
]);

export interface Label {
  start: number;
  end: number;
  text: string;
  entityId: string;
  /** Which layer should find it (for recall by method). */
  method: MatchMethod;
}

export interface EvalDoc {
  id: string;
  language: 'en' | 'es';
  text: string;
  labels: Label[];
}

const MARK = /\[\[([^\]|]+)\|([^\]|]+)(?:\|(exact|fuzzy|context))?\]\]/g;

/** Strip the markup, recording where each marked span lands in the plain text. */
export function parseMarkup(marked: string): { text: string; labels: Label[] } {
  let text = '';
  const labels: Label[] = [];
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const surface = m[1] as string;
    labels.push({
      start: text.length,
      end: text.length + surface.length,
      text: surface,
      entityId: m[2] as string,
      method: (m[3] as MatchMethod | undefined) ?? 'exact',
    });
    text += surface;
    last = (m.index as number) + m[0].length;
  }
  text += marked.slice(last);
  if (text.includes('[['))
    throw new Error(
      `Unclosed or malformed label near: ${text.slice(text.indexOf('[['), text.indexOf('[[') + 60)}`,
    );
  return { text, labels };
}

export function loadEvalSet(dir = EVAL_DIR): EvalDoc[] {
  const docs: EvalDoc[] = [];
  // offtopic/: texts about something else (sports, music, other countries' migration…) where
  // nothing may be drawn: they carry no labels.
  for (const sub of ['en', 'es', 'corpus', 'offtopic/en', 'offtopic/es']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, sub)).filter((n) => n.endsWith('.txt'));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const raw = readFileSync(join(dir, sub, name), 'utf8');
      // Corpus documents say their language on the first line: "lang: es".
      const header = /^lang: (en|es)\n/.exec(raw);
      const body = header ? raw.slice(header[0].length) : raw;
      const language = (header?.[1] ?? sub.replace('offtopic/', '')) as 'en' | 'es';
      const { text, labels } = parseMarkup(body);
      docs.push({ id: `${sub}/${name}`, language, text, labels });
    }
  }
  return docs;
}

export interface Paragraph {
  /** Its text, without a heading's `#` marks. */
  text: string;
  /** Offset of `text` in the document. */
  start: number;
  /** 1 for the headline (`# `), 2 for a section heading (`## `), 0 for a paragraph. */
  level: number;
}

/** The paragraphs of a text (blank-line separated), each with its offset: a page's blocks. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    if (!m[0].trim()) continue;
    const mark = /^(#{1,2}) /.exec(m[0]);
    const skip = mark ? mark[0].length : 0;
    out.push({
      text: m[0].slice(skip),
      start: (m.index as number) + skip,
      level: mark ? (mark[1] as string).length : 0,
    });
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  /** Keyed "all", "en", "es", "exact", "fuzzy", "context", "written", "corpus". */
  groups: Record<string, Counts>;
  falsePositives: { doc: string; text: string; entityId: string; method: string; at: number }[];
  falseNegatives: { doc: string; text: string; entityId: string; method: string; at: number }[];
}

/**
 * Strict scoring: a mention counts only with the labelled entity and exact offsets. Labels of
 * entities the knowledge base does not have are left out (nothing could find them); every
 * unlabelled mention is a false positive. Precision by method groups mentions by the method the
 * matcher reported, recall by the method the label expects.
 */
export function score(matcher: Matcher, docs: EvalDoc[], known: ReadonlySet<string>): Score {
  const groups: Record<string, Counts> = {};
  const bump = (keys: string[], field: keyof Counts) => {
    for (const k of keys) {
      groups[k] ??= { tp: 0, fp: 0, fn: 0 };
      (groups[k] as Counts)[field]++;
    }
  };
  const falsePositives: Score['falsePositives'] = [];
  const falseNegatives: Score['falseNegatives'] = [];
  for (const doc of docs) {
    const kind = doc.id.startsWith('corpus/')
      ? 'corpus'
      : doc.id.startsWith('offtopic/')
        ? 'offtopic'
        : 'written';
    const labels = doc.labels.filter((l) => known.has(l.entityId));
    const key = (x: { start: number; end: number; entityId: string }) =>
      `${x.start}:${x.end}:${x.entityId}`;
    const expected = new Map(labels.map((l) => [key(l), l]));
    const found = matcher.find(doc.text);
    const hit = new Set<string>();
    for (const m of found) {
      const k = key(m);
      if (expected.has(k)) {
        hit.add(k);
        bump(['all', doc.language, kind, `p:${m.method}`], 'tp');
      } else {
        bump(['all', doc.language, kind, `p:${m.method}`], 'fp');
        falsePositives.push({
          doc: doc.id,
          text: m.text,
          entityId: m.entityId,
          method: m.method,
          at: m.start,
        });
      }
    }
    for (const l of labels) {
      if (hit.has(key(l))) bump([`r:${l.method}`], 'tp');
      else {
        bump(['all', doc.language, kind, `r:${l.method}`], 'fn');
        falseNegatives.push({
          doc: doc.id,
          text: l.text,
          entityId: l.entityId,
          method: l.method,
          at: l.start,
        });
      }
    }
  }
  return { groups, falsePositives, falseNegatives };
}

export function precision(c: Counts | undefined): number {
  if (!c || c.tp + c.fp === 0) return 1;
  return c.tp / (c.tp + c.fp);
}

export function recall(c: Counts | undefined, tp = c?.tp ?? 0): number {
  if (!c || tp + c.fn === 0) return 1;
  return tp / (tp + c.fn);
}

/** A table of precision/recall by language and by method, for the test log and the report. */
export function report(name: string, s: Score): string {
  const g = s.groups;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  const row = (label: string, c: Counts | undefined) =>
    `  ${label.padEnd(16)} P ${pct(precision(c))}  R ${pct(recall(c))}  (tp ${c?.tp ?? 0}, fp ${c?.fp ?? 0}, fn ${c?.fn ?? 0})`;
  const methodRow = (m: string) => {
    const p = g[`p:${m}`];
    const r = g[`r:${m}`];
    return `  ${m.padEnd(16)} P ${pct(precision(p))}  R ${pct(recall(r))}  (found ${(p?.tp ?? 0) + (p?.fp ?? 0)}, wrong ${p?.fp ?? 0}; labelled ${(r?.tp ?? 0) + (r?.fn ?? 0)}, missed ${r?.fn ?? 0})`;
  };
  return [
    `Evaluation with ${name}`,
    row('all', g.all),
    row('English', g.en),
    row('Spanish', g.es),
    row('written texts', g.written),
    row('corpus docs', g.corpus),
    `  off-topic texts  ${g.offtopic?.fp ?? 0} highlights (0 expected)`,
    methodRow('exact'),
    methodRow('fuzzy'),
    methodRow('context'),
    ...(s.falsePositives.length > 0
      ? [
          '  false positives:',
          ...s.falsePositives.map(
            (f) => `    ${f.doc}@${f.at} "${f.text}" → ${f.entityId} (${f.method})`,
          ),
        ]
      : []),
    ...(s.falseNegatives.length > 0
      ? [
          '  missed:',
          ...s.falseNegatives.map(
            (f) => `    ${f.doc}@${f.at} "${f.text}" → ${f.entityId} (${f.method})`,
          ),
        ]
      : []),
  ].join('\n');
}
