/**
 * Reads one file of corpus/sources/: YAML front matter (SourceDocumentMeta) and a Markdown body.
 * The front matter must hold exactly the fields of SourceDocumentMeta, so a typo in a key is an
 * error rather than a silently missing date.
 */
import { isMap } from 'yaml';
import type { CorpusProblem } from './problems';
import {
  type DateBasis,
  DOCUMENT_KINDS,
  type DocumentKind,
  type Language,
  type SourceDocumentMeta,
} from './types';
import { lineOf, parseYamlLines } from './yaml-lines';

export interface SourceDocument {
  meta: SourceDocumentMeta;
  /** The Markdown body, front matter removed. */
  body: string;
  /** 1-based line of the file where the body starts (for messages about the body). */
  bodyLine: number;
  file: string;
}

export type ParseSourceResult =
  | { ok: true; doc: SourceDocument }
  | { ok: false; problems: CorpusProblem[] };

const META_KEYS = [
  'id',
  'title',
  'outlet',
  'author',
  'kind',
  'date',
  'dateBasis',
  'dateNote',
  'language',
  'seed',
  'videoId',
] as const satisfies readonly (keyof SourceDocumentMeta)[];

const DATE_BASES: readonly DateBasis[] = ['stated', 'implied', 'unknown'];
const LANGUAGES: readonly Language[] = ['en', 'es'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/** `corpus/sources/foo.md` → `foo`. */
export function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.md$/, '');
}

/**
 * Parse a source file. `file` is only used in messages and to check that the id matches the
 * file name.
 */
export function parseSource(file: string, text: string): ParseSourceResult {
  const problems: CorpusProblem[] = [];
  const normalised = text.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(normalised);
  if (!match) {
    return {
      ok: false,
      problems: [
        { file, line: 1, message: 'missing YAML front matter (a "---" block at the top)' },
      ],
    };
  }
  const frontMatter = match[1] ?? '';
  // Front matter starts on line 2 (line 1 is the opening ---).
  const parsed = parseYamlLines(file, frontMatter, { lineOffset: 1, field: 'front matter' });
  const yamlDoc = parsed.doc;
  const lines = parsed.lines;
  problems.push(...parsed.problems);
  if (problems.length > 0) return { ok: false, problems };
  if (!isMap(yamlDoc.contents)) {
    return {
      ok: false,
      problems: [{ file, line: 2, field: 'front matter', message: 'front matter must be a map' }],
    };
  }

  const map = yamlDoc.contents;
  const lineOfKey = (key: string): number => {
    const pair = map.items.find((p) => String((p.key as { value?: unknown })?.value) === key);
    return lineOf(pair?.key, lines, 1) ?? 1;
  };
  const raw = yamlDoc.toJS() as Record<string, unknown>;
  const fail = (key: string, message: string) =>
    problems.push({ file, line: lineOfKey(key), field: `front matter: ${key}`, message });

  for (const key of Object.keys(raw)) {
    if (!(META_KEYS as readonly string[]).includes(key)) {
      fail(key, `unknown field "${key}" (allowed: ${META_KEYS.join(', ')})`);
    }
  }
  for (const key of META_KEYS) {
    if (!(key in raw)) {
      problems.push({
        file,
        line: 1,
        field: `front matter: ${key}`,
        message: `missing field "${key}"`,
      });
    }
  }

  const str = (key: string, nullable: boolean): string | null => {
    const value = raw[key];
    if (value === null || value === undefined) {
      if (!nullable && key in raw) fail(key, `"${key}" must be a non-empty string`);
      return null;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      fail(
        key,
        `"${key}" must be ${nullable ? 'a non-empty string or null' : 'a non-empty string'}`,
      );
      return null;
    }
    return value;
  };

  const id = str('id', false);
  if (id !== null && !KEBAB.test(id)) fail('id', `id "${id}" must be kebab-case (a-z, 0-9, -)`);
  if (id !== null && id !== baseName(file)) {
    fail('id', `id "${id}" must equal the file name "${baseName(file)}"`);
  }
  const title = str('title', false);
  const outlet = str('outlet', true);
  const author = str('author', true);
  const kind = str('kind', false);
  if (kind !== null && !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    fail('kind', `unknown kind "${kind}" (one of: ${DOCUMENT_KINDS.join(', ')})`);
  }
  // YAML reads an unquoted 2024-01-31 as a Date: ask for quotes instead of guessing a time zone.
  if (raw.date instanceof Date) fail('date', 'write the date in quotes, e.g. date: "2025-02-27"');
  const date = raw.date instanceof Date ? null : str('date', true);
  if (date !== null && !PARTIAL_DATE.test(date)) {
    fail('date', `date "${date}" must be YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  const dateBasis = str('dateBasis', false);
  if (dateBasis !== null && !(DATE_BASES as readonly string[]).includes(dateBasis)) {
    fail('dateBasis', `dateBasis "${dateBasis}" must be one of: ${DATE_BASES.join(', ')}`);
  }
  if (dateBasis === 'unknown' && date !== null) {
    fail('date', 'a date is given but dateBasis is "unknown"');
  }
  if ((dateBasis === 'stated' || dateBasis === 'implied') && date === null && 'date' in raw) {
    fail('date', `dateBasis is "${dateBasis}" but no date is given`);
  }
  const dateNote = str('dateNote', true);
  if (dateBasis === 'implied' && dateNote === null && 'dateNote' in raw) {
    fail('dateNote', 'an implied date needs a dateNote quoting the text that implies it');
  }
  const language = str('language', false);
  if (language !== null && !(LANGUAGES as readonly string[]).includes(language)) {
    fail('language', `language "${language}" must be one of: ${LANGUAGES.join(', ')}`);
  }
  const seed = str('seed', false);
  const videoId = str('videoId', true);
  if (videoId !== null && !VIDEO_ID.test(videoId)) {
    fail('videoId', `videoId "${videoId}" is not an 11-character YouTube id`);
  }

  if (problems.length > 0) return { ok: false, problems };
  const meta: SourceDocumentMeta = {
    id: id as string,
    title: title as string,
    outlet,
    author,
    kind: kind as DocumentKind,
    date,
    dateBasis: dateBasis as DateBasis,
    dateNote,
    language: language as Language,
    seed: seed as string,
    videoId,
  };
  const bodyLine = normalised.slice(0, match[0].length).split('\n').length;
  return { ok: true, doc: { meta, body: normalised.slice(match[0].length), bodyLine, file } };
}
