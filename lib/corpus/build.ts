/**
 * The whole corpus build, from files on disk to compiled data (Node only: the build script and
 * the CLI use it). Returns the data built from everything that loaded, plus every problem found,
 * so the CLI can still show figures while the build refuses to write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scanAliases } from './aliases';
import { commonWordsNearAliases } from './common-words';
import { compileCorpus, compileScan, compileSearch } from './compile';
import { type LoadedEntity, parseEntityFile } from './entities';
import { loadSources } from './load-sources';
import { buildMentionIndex } from './mentions';
import type { CorpusProblem } from './problems';
import { parseTopicRule } from './topic-rule';
import type { CorpusData, EntityType, ScanData, SearchData } from './types';
import { ENTITY_TYPES } from './types';
import { checkAliasCollisions, checkDuplicateIds, checkReferences } from './validate';

export interface BuildOptions {
  /** Repository root; file names in messages are relative to it. */
  root: string;
  sourcesDir?: string;
  entitiesDir?: string;
  /** Default: corpus/topic.yaml under root. */
  topicFile?: string;
}

export interface CorpusStats {
  documents: number;
  passages: number;
  entities: number;
  entitiesByType: Record<EntityType, number>;
  /** Aliases the content script scans for (each entity's name included). */
  aliases: number;
  entitiesWithoutPassages: number;
  /** Ids of those entities, so the count can be acted on. */
  entitiesWithoutPassagesIds: string[];
}

export interface BuildResult {
  scan: ScanData;
  corpus: CorpusData;
  search: SearchData;
  stats: CorpusStats;
  problems: CorpusProblem[];
}

export function loadEntities(
  dir: string,
  root: string,
): { entities: LoadedEntity[]; problems: CorpusProblem[] } {
  const entities: LoadedEntity[] = [];
  const problems: CorpusProblem[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort();
  } catch {
    problems.push({ file: relative(root, dir) || dir, message: 'entity folder not found' });
  }
  for (const name of names) {
    const path = join(dir, name);
    const result = parseEntityFile(relative(root, path) || path, readFileSync(path, 'utf8'));
    entities.push(...result.entities);
    problems.push(...result.problems);
  }
  return { entities, problems };
}

export function buildCorpus(options: BuildOptions): BuildResult {
  const { root } = options;
  const sources = loadSources(options.sourcesDir ?? join(root, 'corpus', 'sources'), root);
  const loaded = loadEntities(options.entitiesDir ?? join(root, 'corpus', 'entities'), root);
  const { unique, problems: duplicateProblems } = checkDuplicateIds(loaded.entities);
  const specs = unique.map((e) => e.spec);

  const mentions = buildMentionIndex(
    sources.passages,
    specs.flatMap(scanAliases),
    new Map(specs.map((e) => [e.id, e.name])),
  );
  const topicPath = options.topicFile ?? join(root, 'corpus', 'topic.yaml');
  const topicFile = relative(root, topicPath) || topicPath;
  let topic: ReturnType<typeof parseTopicRule> = { rule: null, problems: [] };
  try {
    topic = parseTopicRule(topicFile, readFileSync(topicPath, 'utf8'), {
      knownIds: new Set(unique.map((e) => e.spec.id)),
    });
  } catch {
    topic.problems.push({ file: topicFile, message: 'topic rule not found (corpus/topic.yaml)' });
  }
  const problems = [
    ...sources.problems,
    ...topic.problems,
    ...loaded.problems,
    ...duplicateProblems,
    ...checkAliasCollisions(unique),
    ...checkReferences(unique, sources.passages, mentions),
  ];

  const scan = compileScan(specs, {
    topic: topic.rule ?? undefined,
    commonWords: commonWordsNearAliases(specs.flatMap(scanAliases)),
  });
  const corpus = compileCorpus(
    sources.documents.map((d) => d.meta),
    sources.passages,
    specs,
    mentions,
  );
  const search = compileSearch(corpus);

  const entitiesByType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<
    EntityType,
    number
  >;
  for (const entity of specs) entitiesByType[entity.type]++;
  const without = corpus.entities.filter((e) => !mentions.get(e.id)?.some((m) => m.count > 0));
  const stats: CorpusStats = {
    documents: corpus.documents.length,
    passages: corpus.passages.length,
    entities: corpus.entities.length,
    entitiesByType,
    aliases: scan.aliases.length,
    entitiesWithoutPassages: without.length,
    entitiesWithoutPassagesIds: without.map((e) => e.id),
  };
  return { scan, corpus, search, stats, problems };
}
