/**
 * The pack file: the reader's library (or a curated corpus) as one versioned JSON file, to move
 * it to another profile or hand it out. One schema (below) both checks a file read in and puts an
 * exported file's keys in a fixed order, so what is written is exactly what is accepted and the
 * same library always exports to the same bytes.
 *
 * Format v1 (`format: 'frontera-pack'`, `version: 1`):
 *   { format, version, kind, id, title, description, createdAt, generator,
 *     articles: [SavedArticle & { passages: LibraryPassage[] }], names: ReaderName[],
 *     packs: PackRecord[] }
 * Passages sit inside their article, so a file cannot hold a passage without its article; each
 * still carries its own `id` and `articleId` (checked against the article) so records go into
 * storage unchanged.
 *
 * Format v2 (this version) adds the proposed names (lib/library/proposals): each article carries
 * `candidates` (the names it names that Frontera did not know when it was saved) and the file
 * carries `dismissed` (the proposals the reader dismissed; empty in a 'pack' file). A v1 file
 * is upgraded on reading (`upgradePack`): no candidates, nothing dismissed.
 *
 * `kind` says what importing it means (see packToContents):
 * - 'library': a copy of a reader's library. Importing it restores it as it was: the reader's own
 *   records stay the reader's own (origin null), records from packs keep their pack and `packs`
 *   lists those packs.
 * - 'pack': a curated corpus to share (`frontera pack build`, or a library shared as a pack).
 *   Everything in it belongs to the pack: origin is the pack's id, and it is listed, switched off
 *   and removed as one pack. `packs` is empty.
 */
import { ENTITY_TYPES } from '../corpus/types';
import type { ArticleCandidate } from './proposals/types';
import {
  type ArticleProposals,
  type DismissedName,
  type LibraryContents,
  LibraryError,
  type LibraryPassage,
  type PackRecord,
  type ReaderName,
  type SavedArticle,
} from './types';

export const PACK_FORMAT = 'frontera-pack';
export const PACK_VERSION = 2;
/** Larger files are refused before they are read as JSON (a library of 2,000 articles is ~15 MB). */
export const PACK_MAX_BYTES = 50 * 1024 * 1024;
export const PACK_GENERATOR = 'frontera';

export type PackKind = 'library' | 'pack';
export type PackArticle = SavedArticle & {
  passages: LibraryPassage[];
  /** Since v2: the names the article names that Frontera did not know (lib/library/proposals). */
  candidates: ArticleCandidate[];
};

export interface PackFile {
  format: typeof PACK_FORMAT;
  version: number;
  kind: PackKind;
  /** Kebab-case; a 'pack' file's records get it as their origin. */
  id: string;
  title: string;
  description: string | null;
  /** ISO date-time the file was written. */
  createdAt: string;
  /** What wrote it (`frontera`, `frontera pack build`), for reports. */
  generator: string;
  articles: PackArticle[];
  names: ReaderName[];
  /** The packs a 'library' file's records came from; empty in a 'pack' file. */
  packs: PackRecord[];
  /** Since v2: the proposals the reader dismissed; empty in a 'pack' file. */
  dismissed: DismissedName[];
}

const PACK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Reader names never take a bundled entity's id (bundled ids have no colon). */
const NAME_PREFIX = 'mine:';

// ---- The schema: decoders that check a value and rebuild it with keys in declared order ----

type Decoder<T> = (value: unknown, path: string) => T;

function invalid(path: string, expected: string): never {
  throw new LibraryError('invalid-pack', `This is not a valid Frontera pack: ${path}: ${expected}`);
}

const string: Decoder<string> = (v, p) =>
  typeof v === 'string' ? v : invalid(p, 'expected a string');
const nonEmpty: Decoder<string> = (v, p) =>
  string(v, p).trim() !== '' ? (v as string) : invalid(p, 'expected a non-empty string');
const boolean: Decoder<boolean> = (v, p) =>
  typeof v === 'boolean' ? v : invalid(p, 'expected true or false');
const count: Decoder<number> = (v, p) =>
  Number.isInteger(v) && (v as number) >= 0 ? (v as number) : invalid(p, 'expected a whole number');
const positive: Decoder<number> = (v, p) =>
  count(v, p) >= 1 ? (v as number) : invalid(p, 'expected a whole number from 1');
const nullable =
  <T>(d: Decoder<T>): Decoder<T | null> =>
  (v, p) =>
    v === null ? null : d(v, p);
/**
 * Decodes with the parent's path first and names the exact place only when something is wrong:
 * a library's records hold tens of thousands of small objects (proposed names above all), and
 * building every field's path string cost as much as the checks themselves. A failure is decoded
 * again with exact paths, so the message names the record and field as before.
 */
function cheapPathFirst<T>(cheap: Decoder<T>, exact: Decoder<T>): Decoder<T> {
  return (v, p) => {
    try {
      return cheap(v, p);
    } catch (err) {
      if (err instanceof LibraryError) return exact(v, p);
      throw err;
    }
  };
}

const list = <T>(d: Decoder<T>): Decoder<T[]> =>
  cheapPathFirst(
    (v, p) => (Array.isArray(v) ? v.map((item) => d(item, p)) : invalid(p, 'expected a list')),
    (v, p) =>
      Array.isArray(v) ? v.map((item, i) => d(item, `${p}[${i}]`)) : invalid(p, 'expected a list'),
  );
const oneOf =
  <T extends string>(values: readonly T[]): Decoder<T> =>
  (v, p) =>
    (values as readonly unknown[]).includes(v)
      ? (v as T)
      : invalid(p, `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);

/** Decoders whose key may be absent; the decoded object then leaves the key out. */
const optionals = new WeakSet<Decoder<unknown>>();
function optional<T>(d: Decoder<T>): Decoder<T | undefined> {
  const decoder: Decoder<T | undefined> = (v, p) => (v === undefined ? undefined : d(v, p));
  optionals.add(decoder);
  return decoder;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Unknown keys are dropped, not refused: a v1 reader keeps what it understands. */
function object<T>(fields: { [K in keyof T]-?: Decoder<T[K]> }): Decoder<T> {
  // Listed once, not per record: a library's proposals are tens of thousands of small objects.
  const entries = Object.entries(fields) as [string, Decoder<unknown>][];
  const decodeWith =
    (exact: boolean): Decoder<T> =>
    (v, p) => {
      if (!isRecord(v)) return invalid(p, 'expected an object');
      const out: Record<string, unknown> = {};
      for (const [key, decode] of entries) {
        const path = !exact ? p : p === '' ? key : `${p}.${key}`;
        if (!(key in v) && !optionals.has(decode)) invalid(path, 'missing');
        const value = decode(v[key], path);
        if (value !== undefined) out[key] = value;
      }
      return out as T;
    };
  return cheapPathFirst(decodeWith(false), decodeWith(true));
}

const stringList = list(string);

const mention = object<LibraryPassage['mentions'][number]>({
  entityId: nonEmpty,
  start: count,
  end: count,
});

const passage = object<LibraryPassage>({
  id: nonEmpty,
  articleId: nonEmpty,
  position: positive,
  headingPath: stringList,
  text: string,
  entityIds: list(nonEmpty),
  mentions: list(mention),
});

const candidate = object<ArticleCandidate>({
  key: nonEmpty,
  name: nonEmpty,
  forms: list(nonEmpty),
  type: oneOf(ENTITY_TYPES),
  mentions: count,
  besideKnown: count,
});

const dismissedName = object<DismissedName>({
  key: nonEmpty,
  name: string,
  dismissedAt: nonEmpty,
});

const articleProposals = object<ArticleProposals>({
  articleId: nonEmpty,
  candidates: list(candidate),
});

const article = object<PackArticle>({
  id: nonEmpty,
  url: nonEmpty,
  title: string,
  site: string,
  byline: nullable(string),
  language: nullable(oneOf(['en', 'es'] as const)),
  publishedAt: nullable(string),
  savedAt: nonEmpty,
  updatedAt: nonEmpty,
  extraction: string,
  origin: nullable(nonEmpty),
  passages: list(passage),
  candidates: list(candidate),
});

const context = object<NonNullable<ReaderName['aliases'][number]['context']>>({
  near: optional(stringList),
  notNear: optional(stringList),
  blockedBy: optional(stringList),
  withEntities: optional(stringList),
  window: optional(positive),
});

const alias = object<ReaderName['aliases'][number]>({
  text: nonEmpty,
  caseSensitive: optional(boolean),
  context: optional(context),
  fuzzy: optional(boolean),
});

const name = object<ReaderName>({
  id: nonEmpty,
  name: nonEmpty,
  type: oneOf(ENTITY_TYPES),
  aliases: list(alias),
  note: nullable(string),
  createdAt: nonEmpty,
  updatedAt: nonEmpty,
  origin: nullable(nonEmpty),
});

const packRecord = object<PackRecord>({
  id: nonEmpty,
  title: string,
  description: nullable(string),
  formatVersion: positive,
  importedAt: nonEmpty,
  enabled: boolean,
  articleCount: count,
  nameCount: count,
});

const packFile = object<PackFile>({
  format: oneOf([PACK_FORMAT] as const),
  version: positive,
  kind: oneOf(['library', 'pack'] as const),
  id: (v, p) =>
    PACK_ID.test(nonEmpty(v, p)) ? (v as string) : invalid(p, 'expected a kebab-case id'),
  title: nonEmpty,
  description: nullable(string),
  createdAt: nonEmpty,
  generator: string,
  articles: list(article),
  names: list(name),
  packs: list(packRecord),
  dismissed: list(dismissedName),
});

/** A passage's id: unique in its article (positions are), and in the library (article ids are). */
export const libraryPassageId = (articleId: string, position: number): string =>
  `${articleId}#${position}`;

/**
 * What the shapes cannot say: ids unique, passages in their article and named by it, offsets
 * inside the text.
 */
function checkConsistency(pack: PackFile): void {
  const unique = (ids: string[], path: (i: number) => string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) invalid(path(i), `duplicate id ${JSON.stringify(id)}`);
      seen.add(id);
    });
  };
  unique(
    pack.articles.map((a) => a.id),
    (i) => `articles[${i}].id`,
  );
  pack.articles.forEach((a, i) => {
    const at = `articles[${i}]`;
    unique(
      a.passages.map((p) => p.id),
      (j) => `${at}.passages[${j}].id`,
    );
    a.passages.forEach((p, j) => {
      const where = `${at}.passages[${j}]`;
      if (p.articleId !== a.id) {
        invalid(`${where}.articleId`, `expected ${JSON.stringify(a.id)} (its article's id)`);
      }
      // A passage's id is its article's id and its position, as a save writes it: a file cannot
      // give a passage the id of another article's (the reader's own) and overwrite it.
      const own = libraryPassageId(a.id, p.position);
      if (p.id !== own) {
        invalid(
          `${where}.id`,
          `expected ${JSON.stringify(own)} (its article's id, "#", its position), not ${JSON.stringify(p.id)}`,
        );
      }
      p.mentions.forEach((m, k) => {
        if (m.end <= m.start || m.end > p.text.length) {
          invalid(`${where}.mentions[${k}]`, 'expected start < end within the passage text');
        }
      });
    });
  });
  unique(
    pack.names.map((n) => n.id),
    (i) => `names[${i}].id`,
  );
  pack.names.forEach((n, i) => {
    if (!n.id.startsWith(NAME_PREFIX)) {
      invalid(`names[${i}].id`, `expected an id starting with "${NAME_PREFIX}"`);
    }
  });
  unique(
    pack.packs.map((r) => r.id),
    (i) => `packs[${i}].id`,
  );
  if (pack.kind === 'pack' && pack.packs.length > 0) {
    invalid('packs', 'expected an empty list in a file of kind "pack"');
  }
  if (pack.kind === 'pack' && pack.dismissed.length > 0) {
    invalid('dismissed', 'expected an empty list in a file of kind "pack"');
  }
}

// ---- Export ----

export interface ExportMeta {
  id: string;
  title: string;
  description?: string | null;
  /** ISO date-time: the file's createdAt. */
  now: string;
  /** Default 'library': a copy of the reader's library that restores as it was. */
  kind?: PackKind;
  generator?: string;
}

/** Code-unit order, not localeCompare: the same on every machine and in every language. */
const byKey =
  <T>(key: (item: T) => string | number) =>
  (a: T, b: T) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

/**
 * The library as a pack file's text. Records are sorted (articles, names and packs by id, passages
 * by position) and keys written in the schema's order, so the same library gives the same bytes.
 * In a 'pack' file every record's origin is the pack's id and no pack list is written.
 */
export function exportPack(contents: LibraryContents, meta: ExportMeta): string {
  const kind = meta.kind ?? 'library';
  const origin = (own: string | null) => (kind === 'pack' ? meta.id : own);
  const passagesOf = new Map<string, LibraryPassage[]>();
  for (const p of contents.passages) {
    const list = passagesOf.get(p.articleId);
    if (list) list.push(p);
    else passagesOf.set(p.articleId, [p]);
  }
  const candidatesOf = new Map((contents.proposals ?? []).map((p) => [p.articleId, p.candidates]));
  const articleIds = new Set(contents.articles.map((a) => a.id));
  const orphan = contents.passages.find((p) => !articleIds.has(p.articleId));
  if (orphan) {
    throw new LibraryError(
      'invalid-pack',
      `Passage ${orphan.id} belongs to no article (${orphan.articleId}); nothing was exported.`,
    );
  }
  const file: PackFile = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    kind,
    id: meta.id,
    title: meta.title,
    description: meta.description ?? null,
    createdAt: meta.now,
    generator: meta.generator ?? PACK_GENERATOR,
    articles: [...contents.articles].sort(byKey((a) => a.id)).map((a) => ({
      ...a,
      origin: origin(a.origin),
      passages: [...(passagesOf.get(a.id) ?? [])].sort(byKey((p) => p.position)),
      candidates: [...(candidatesOf.get(a.id) ?? [])].sort(byKey((c) => c.key)),
    })),
    names: [...contents.names]
      .sort(byKey((n) => n.id))
      .map((n) => ({ ...n, origin: origin(n.origin) })),
    packs: kind === 'pack' ? [] : [...contents.packs].sort(byKey((r) => r.id)),
    // What the reader dismissed is theirs: a pack handed out does not carry it.
    dismissed: kind === 'pack' ? [] : [...(contents.dismissed ?? [])].sort(byKey((d) => d.key)),
  };
  // Through the schema: the keys come out in its order, and a bad record fails here, not on import.
  const ordered = packFile(file, '');
  checkConsistency(ordered);
  return `${JSON.stringify(ordered)}\n`;
}

// ---- Import ----

export interface ParsePackOptions {
  maxBytes?: number;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** UTF-8 size without encoding when the length alone decides (a code unit is 1 to 3 bytes). */
function utf8Bytes(text: string, max: number): number {
  if (text.length > max || text.length * 3 <= max) return text.length;
  return new TextEncoder().encode(text).length;
}

/**
 * Reads a pack file. Throws LibraryError: 'pack-too-large' (checked before anything is parsed),
 * 'invalid-pack' (not UTF-8 text, not JSON, not a Frontera pack, or a field of the wrong shape:
 * the message names its path), 'pack-too-new' (a later format version than this Frontera reads).
 */
export function parsePack(text: string | ArrayBuffer, options: ParsePackOptions = {}): PackFile {
  const maxBytes = options.maxBytes ?? PACK_MAX_BYTES;
  const size = typeof text === 'string' ? utf8Bytes(text, maxBytes) : text.byteLength;
  if (size > maxBytes) {
    throw new LibraryError(
      'pack-too-large',
      `This file is ${megabytes(size)}; a pack may be at most ${megabytes(maxBytes)}.`,
    );
  }
  let source: string;
  try {
    source =
      typeof text === 'string' ? text : new TextDecoder('utf-8', { fatal: true }).decode(text);
  } catch {
    throw new LibraryError('invalid-pack', 'This file is not a Frontera pack: it is not text.');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch {
    throw new LibraryError('invalid-pack', 'This file is not a Frontera pack: it is not JSON.');
  }
  if (!isRecord(raw) || raw.format !== PACK_FORMAT) {
    throw new LibraryError(
      'invalid-pack',
      'This file is not a Frontera pack (a foreign file: it has no "format": "frontera-pack").',
    );
  }
  // Before the shape: a later version may be shaped differently, and should say so, not fail.
  const version = positive(raw.version, 'version');
  if (version > PACK_VERSION) {
    throw new LibraryError(
      'pack-too-new',
      `This pack is in format version ${version}; this Frontera reads version ${PACK_VERSION}. ` +
        'Update Frontera to import it.',
    );
  }
  const pack = packFile(upgradePack(raw, version), '');
  checkConsistency(pack);
  return pack;
}

/**
 * A file of an earlier format version in the current version's shape (its `version` kept, so
 * the pack list says what it was written in). v1 → v2: no candidates, nothing dismissed. What
 * is not an object is left for the schema to refuse with its path.
 */
export function upgradePack(
  raw: Record<string, unknown>,
  version: number,
): Record<string, unknown> {
  if (version >= 2) return raw;
  const articles = Array.isArray(raw.articles)
    ? raw.articles.map((a) => (isRecord(a) && !('candidates' in a) ? { ...a, candidates: [] } : a))
    : raw.articles;
  return { ...raw, articles, dismissed: raw.dismissed ?? [] };
}

export interface PackToContentsOptions {
  /** ISO date-time recorded as the pack's importedAt (kind 'pack'); default now. */
  importedAt?: string;
}

/**
 * The records an import writes. A 'library' file restores exactly what was exported (the reader's
 * own records stay the reader's own, origins and pack list as they were). A 'pack' file's records
 * all belong to the pack, which is listed (enabled) with the counts the options page shows.
 */
export function packToContents(
  pack: PackFile,
  options: PackToContentsOptions = {},
): LibraryContents {
  const own = pack.kind === 'pack';
  const origin = (o: string | null) => (own ? pack.id : o);
  const articles = pack.articles.map(({ passages: _passages, candidates: _candidates, ...a }) => ({
    ...a,
    origin: origin(a.origin),
  }));
  const passages = pack.articles.flatMap((a) => a.passages.map((p) => ({ ...p })));
  const proposals = pack.articles.map((a) => ({
    articleId: a.id,
    candidates: a.candidates.map((c) => ({ ...c, forms: [...c.forms] })),
  }));
  const dismissed = own ? [] : pack.dismissed.map((d) => ({ ...d }));
  const names = pack.names.map((n) => ({ ...n, origin: origin(n.origin) }));
  const packs: PackRecord[] = own
    ? [
        {
          id: pack.id,
          title: pack.title,
          description: pack.description,
          formatVersion: pack.version,
          importedAt: options.importedAt ?? new Date().toISOString(),
          enabled: true,
          articleCount: articles.length,
          nameCount: names.length,
        },
      ]
    : pack.packs.map((r) => ({ ...r }));
  return { articles, passages, names, packs, proposals, dismissed };
}

/**
 * One stored record checked by the same schema as a pack's (lib/library/records.ts reads the
 * database through it): the record rebuilt, or a LibraryError naming what is wrong.
 */
export const recordDecoders = {
  articles: (value: unknown, path: string): SavedArticle => {
    const {
      passages: _none,
      candidates: _noCandidates,
      ...rest
    } = article(isRecord(value) ? { ...value, passages: [], candidates: [] } : value, path);
    return rest;
  },
  passages: passage,
  proposals: articleProposals,
  dismissed: dismissedName,
  names: name,
  packs: packRecord,
};
