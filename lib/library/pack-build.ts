/**
 * `frontera pack build`: a folder laid out like corpus/ (sources/*.md, entities/*.yaml) becomes a
 * pack file, so a newsroom can curate its own corpus and hand it out. Node only (it reads files
 * through the corpus loaders). The folder is checked by the corpus's own validation, against the
 * bundled knowledge base too: an alias a bundled name already claims is an error unless one side
 * has a context rule, every entity must be mentioned, citations must name it, and every problem
 * is reported as `file:line`. Nothing is built when there is any.
 *
 * What becomes what:
 * - a source → a SavedArticle with id `pack:<packId>/<docId>` (so two packs never overwrite each
 *   other's articles, nor a saved web page), url from pack.yaml's `urls` or that same id, site
 *   from `outlet` (else the pack's title), byline from `author`, publishedAt from `date`, savedAt
 *   the build time; its passages from the corpus splitter, mentions of bundled and pack names
 *   found by the corpus's mention finder (exact pass with context rules);
 * - an entity → a ReaderName with id `mine:<packId>:<entityId>` (`mine:` as every reader name,
 *   namespaced by the pack), its summary as the note; `withEntities` naming a pack entity is
 *   rewritten to that id. Citations, `related` and `evidence` are checked but not carried.
 *
 * Optional `pack.yaml` in the folder: `id`, `title`, `description` and `urls` (document id →
 * address). The front matter stays exactly the corpus's (its validation refuses unknown keys), so
 * the address of a document lives in pack.yaml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { isMap, isScalar } from 'yaml';
import { scanAliases } from '../corpus/aliases';
import { loadEntities } from '../corpus/build';
import type { LoadedEntity } from '../corpus/entities';
import { loadSources } from '../corpus/load-sources';
import { buildMentionIndex, createMentionFinder } from '../corpus/mentions';
import type { CorpusProblem } from '../corpus/problems';
import type { EntitySpec } from '../corpus/types';
import { checkAliasCollisions, checkDuplicateIds, checkReferences } from '../corpus/validate';
import { lineOf, parseYamlLines } from '../corpus/yaml-lines';
import { exportPack, libraryPassageId } from './pack';
import type { LibraryContents, LibraryPassage, ReaderName, SavedArticle } from './types';

export interface BuildPackOptions {
  /** The pack folder: sources/, entities/ (optional), pack.yaml (optional). */
  folder: string;
  /** The bundled knowledge base the pack is checked against (corpus/entities). */
  bundledEntitiesDir: string;
  /** File names in problems are relative to this (the directory the command runs in). */
  root: string;
  /** ISO date-time: the pack's createdAt and each article's savedAt. */
  now: string;
  /** Override pack.yaml; the id defaults to the folder's name. */
  id?: string;
  title?: string;
  description?: string;
}

export interface BuildPackResult {
  /** The pack file's text, or null when any problem was found. */
  text: string | null;
  contents: LibraryContents | null;
  id: string;
  problems: CorpusProblem[];
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MANIFEST_KEYS = ['id', 'title', 'description', 'urls'];

interface Manifest {
  id?: string;
  title?: string;
  description?: string;
  urls: Map<string, { url: string; line: number }>;
}

function readManifest(path: string, file: string, problems: CorpusProblem[]): Manifest {
  const manifest: Manifest = { urls: new Map() };
  if (!existsSync(path)) return manifest;
  const parsed = parseYamlLines(file, readFileSync(path, 'utf8'));
  problems.push(...parsed.problems);
  const map = parsed.doc.contents;
  if (parsed.problems.length > 0 || map === null) return manifest;
  if (!isMap(map)) {
    problems.push({ file, line: 1, message: 'pack.yaml must be a map (id, title, …)' });
    return manifest;
  }
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(pair.key, parsed.lines) ?? 1;
    const value = isScalar(pair.value) ? pair.value.value : pair.value;
    if (!MANIFEST_KEYS.includes(key)) {
      problems.push({
        file,
        line,
        field: key,
        message: `unknown field "${key}" (allowed: ${MANIFEST_KEYS.join(', ')})`,
      });
    } else if (key === 'urls') {
      if (!isMap(pair.value)) {
        problems.push({
          file,
          line,
          field: key,
          message: '"urls" must map document ids to addresses',
        });
        continue;
      }
      for (const entry of pair.value.items) {
        const doc = isScalar(entry.key) ? String(entry.key.value) : '';
        const url = isScalar(entry.value) ? entry.value.value : null;
        const at = lineOf(entry.key, parsed.lines) ?? line;
        if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) {
          problems.push({
            file,
            line: at,
            field: `urls.${doc}`,
            message: 'expected an http(s) address',
          });
        } else manifest.urls.set(doc, { url, line: at });
      }
    } else if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ file, line, field: key, message: `"${key}" must be a non-empty string` });
    } else manifest[key as 'id' | 'title' | 'description'] = value.trim();
  }
  return manifest;
}

/** Same spec, with pack entity ids (and withEntities naming them) in their ReaderName form. */
function renamed(spec: EntitySpec, nameId: (id: string) => string): EntitySpec {
  return {
    ...spec,
    id: nameId(spec.id),
    aliases: spec.aliases.map((a) =>
      a.context?.withEntities
        ? { ...a, context: { ...a.context, withEntities: a.context.withEntities.map(nameId) } }
        : a,
    ),
  };
}

export function buildPack(options: BuildPackOptions): BuildPackResult {
  const { root, now } = options;
  const folder = resolve(options.folder);
  const shown = (path: string) => relative(root, path) || path;
  const problems: CorpusProblem[] = [];
  const manifestFile = join(folder, 'pack.yaml');
  const manifest = readManifest(manifestFile, shown(manifestFile), problems);

  const id = options.id ?? manifest.id ?? basename(folder);
  if (!KEBAB.test(id)) {
    problems.push({
      file: options.id ? '--id' : manifest.id ? shown(manifestFile) : shown(folder),
      message: `pack id "${id}" must be kebab-case (a-z, 0-9, -): give one with --id or in pack.yaml`,
    });
  }
  const title = options.title ?? manifest.title ?? id;
  const description = options.description ?? manifest.description ?? null;

  const sourcesDir = join(folder, 'sources');
  if (!existsSync(sourcesDir)) {
    problems.push({ file: shown(sourcesDir), message: 'sources folder not found (sources/*.md)' });
    return { text: null, contents: null, id, problems };
  }
  const sources = loadSources(sourcesDir, root);
  const entitiesDir = join(folder, 'entities');
  const own = existsSync(entitiesDir)
    ? loadEntities(entitiesDir, root)
    : { entities: [], problems: [] };
  const bundled = loadEntities(options.bundledEntitiesDir, root);
  const { unique, problems: duplicates } = checkDuplicateIds(own.entities);
  const bundledIds = checkDuplicateIds(bundled.entities).unique;
  const all: LoadedEntity[] = [...bundledIds, ...unique];

  // The validation sees bundled and pack names together, as the matcher will on a page; only
  // what is wrong in the pack's own files is the pack's problem.
  const packFiles = new Set(unique.map((e) => e.file));
  const mentions = buildMentionIndex(
    sources.passages,
    all.flatMap((e) => scanAliases(e.spec)),
    new Map(all.map((e) => [e.spec.id, e.spec.name])),
  );
  problems.push(
    ...sources.problems,
    ...own.problems,
    ...bundled.problems,
    ...duplicates,
    ...checkAliasCollisions(all).filter((p) => packFiles.has(p.file)),
    ...checkReferences(all, sources.passages, mentions).filter((p) => packFiles.has(p.file)),
  );
  const docIds = new Set(sources.documents.map((d) => d.meta.id));
  for (const [doc, { line }] of manifest.urls) {
    if (!docIds.has(doc)) {
      problems.push({
        file: shown(manifestFile),
        line,
        field: `urls.${doc}`,
        message: `no source document "${doc}"`,
      });
    }
  }
  if (problems.length > 0) return { text: null, contents: null, id, problems };

  const packIds = new Set(unique.map((e) => e.spec.id));
  const nameId = (entityId: string) =>
    packIds.has(entityId) ? `mine:${id}:${entityId}` : entityId;
  const specs = unique.map((e) => renamed(e.spec, nameId));
  const find = createMentionFinder([
    ...bundledIds.flatMap((e) => scanAliases(e.spec)),
    ...specs.flatMap(scanAliases),
  ]);

  const articleId = (docId: string) => `pack:${id}/${docId}`;
  const articles: SavedArticle[] = sources.documents.map(({ meta }) => ({
    id: articleId(meta.id),
    url: manifest.urls.get(meta.id)?.url ?? articleId(meta.id),
    title: meta.title,
    site: meta.outlet ?? title,
    byline: meta.author,
    language: meta.language,
    publishedAt: meta.date,
    savedAt: now,
    updatedAt: now,
    extraction: 'pack-build',
    origin: null,
  }));
  const passages: LibraryPassage[] = sources.passages.map((p) => {
    const found = find(p.text);
    return {
      id: libraryPassageId(articleId(p.docId), p.position),
      articleId: articleId(p.docId),
      position: p.position,
      headingPath: [...p.headingPath],
      text: p.text,
      entityIds: [...new Set(found.map((m) => m.entityId))].sort(),
      mentions: found.map(({ entityId, start, end }) => ({ entityId, start, end })),
    };
  });
  const names: ReaderName[] = specs.map((spec) => ({
    id: spec.id,
    name: spec.name,
    type: spec.type,
    aliases: spec.aliases,
    note: spec.summary,
    createdAt: now,
    updatedAt: now,
    origin: null,
  }));
  const contents: LibraryContents = { articles, passages, names, packs: [] };
  const text = exportPack(contents, {
    id,
    title,
    description,
    now,
    kind: 'pack',
    generator: 'frontera pack build',
  });
  return { text, contents, id, problems };
}
