/**
 * Reads corpus/entities/*.yaml: each file is a YAML list of EntitySpec. An alias may be a plain
 * string or `{ text, caseSensitive, context, fuzzy }`. Structural problems (malformed YAML,
 * missing or mistyped fields, unknown types) are reported with the file and line of the node;
 * cross-entity checks (duplicates, collisions, citations) live in validate.ts.
 */
import { isMap, isScalar, isSeq, type LineCounter, type YAMLMap } from 'yaml';
import type { CorpusProblem } from './problems';
import {
  type AliasContext,
  type AliasSpec,
  ENTITY_TYPES,
  type EntitySpec,
  type EntityType,
  TOPIC_EVIDENCE,
  type TopicEvidence,
} from './types';
import { lineOf, parseYamlLines } from './yaml-lines';

/** An entity as loaded, with where each part of it was written (for messages). */
export interface LoadedEntity {
  spec: EntitySpec;
  file: string;
  /** Line of the entity's `id` (or of the list item). */
  line: number;
  /** Line of each alias, in `spec.aliases` order. */
  aliasLines: number[];
  /** Line of each cited passage id, in `spec.cites` order. */
  citeLines: number[];
  /** Line of each related id, in `spec.related` order. */
  relatedLines: number[];
  /** Line of `context.withEntities` of each alias that has one. */
  withEntitiesLines: Map<number, number>;
}

export interface LoadedEntityFile {
  entities: LoadedEntity[];
  problems: CorpusProblem[];
}

const ENTITY_KEYS = ['id', 'name', 'type', 'evidence', 'aliases', 'summary', 'cites', 'related'];
const ALIAS_KEYS = ['text', 'caseSensitive', 'context', 'fuzzy'];
const CONTEXT_KEYS = ['near', 'notNear', 'blockedBy', 'withEntities', 'window'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function keyName(pair: { key: unknown }): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Parses one entity file. Never throws: everything wrong is a problem. */
export function parseEntityFile(file: string, text: string): LoadedEntityFile {
  const { doc, lines, problems } = parseYamlLines(file, text);
  if (problems.length > 0) return { entities: [], problems };
  if (doc.contents === null) return { entities: [], problems };
  if (!isSeq(doc.contents)) {
    problems.push({
      file,
      line: lineOf(doc.contents, lines) ?? 1,
      message: 'an entity file must be a YAML list of entities ("- id: …")',
    });
    return { entities: [], problems };
  }

  const entities: LoadedEntity[] = [];
  doc.contents.items.forEach((item, index) => {
    const where = `entities[${index}]`;
    const itemLine = lineOf(item, lines) ?? 1;
    if (!isMap(item)) {
      problems.push({ file, line: itemLine, field: where, message: 'an entity must be a map' });
      return;
    }
    const loaded = readEntity(item, file, where, lines, problems);
    if (loaded) entities.push(loaded);
  });
  return { entities, problems };
}

function readEntity(
  map: YAMLMap,
  file: string,
  where: string,
  lines: LineCounter,
  problems: CorpusProblem[],
): LoadedEntity | null {
  const startCount = problems.length;
  const itemLine = lineOf(map, lines) ?? 1;
  const node = (key: string) => map.items.find((p) => keyName(p) === key);
  const lineAt = (key: string) => lineOf(node(key)?.key, lines) ?? itemLine;
  const problem = (key: string | null, message: string, line?: number) =>
    problems.push({
      file,
      line: line ?? (key ? lineAt(key) : itemLine),
      field: key ? `${where}.${key}` : where,
      message,
    });

  for (const pair of map.items) {
    const key = keyName(pair);
    if (!ENTITY_KEYS.includes(key)) {
      problem(key, `unknown field "${key}" (allowed: ${ENTITY_KEYS.join(', ')})`);
    }
  }

  const str = (key: string): string | null => {
    const pair = node(key);
    if (!pair) {
      problem(null, `missing field "${key}"`);
      return null;
    }
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      problem(key, `"${key}" must be a non-empty string`);
      return null;
    }
    return value.trim();
  };

  const id = str('id');
  if (id !== null && !KEBAB.test(id)) problem('id', `id "${id}" must be kebab-case (a-z, 0-9, -)`);
  const name = str('name');
  const type = str('type');
  if (type !== null && !(ENTITY_TYPES as readonly string[]).includes(type)) {
    problem('type', `unknown type "${type}" (one of: ${ENTITY_TYPES.join(', ')})`);
  }
  const summary = str('summary');
  let evidence: TopicEvidence = 'none';
  if (node('evidence')) {
    const value = str('evidence');
    if (value !== null && !(TOPIC_EVIDENCE as readonly string[]).includes(value)) {
      problem('evidence', `unknown evidence "${value}" (one of: ${TOPIC_EVIDENCE.join(', ')})`);
    } else if (value !== null) evidence = value as TopicEvidence;
  }

  /** A list of strings; each with its line. Missing → [] (when optional). */
  const stringList = (key: string, optional: boolean): { values: string[]; lines: number[] } => {
    const pair = node(key);
    if (!pair || pair.value === null) {
      if (!optional) problem(null, `missing field "${key}"`);
      return { values: [], lines: [] };
    }
    if (!isSeq(pair.value)) {
      problem(key, `"${key}" must be a list`);
      return { values: [], lines: [] };
    }
    const values: string[] = [];
    const itemLines: number[] = [];
    pair.value.items.forEach((item, i) => {
      const line = lineOf(item, lines) ?? lineAt(key);
      const value = isScalar(item) ? item.value : undefined;
      if (typeof value !== 'string' || value.trim() === '') {
        problem(`${key}[${i}]`, `"${key}" items must be non-empty strings`, line);
        return;
      }
      values.push(value.trim());
      itemLines.push(line);
    });
    return { values, lines: itemLines };
  };

  const cites = stringList('cites', false);
  if (node('cites') && cites.values.length === 0 && isSeq(node('cites')?.value)) {
    problem('cites', 'the summary must cite at least one passage id');
  }
  const related = stringList('related', true);

  // Aliases: a string, or a map with text/caseSensitive/context/fuzzy.
  const aliases: AliasSpec[] = [];
  const aliasLines: number[] = [];
  const withEntitiesLines = new Map<number, number>();
  const aliasPair = node('aliases');
  if (aliasPair && aliasPair.value !== null && !isSeq(aliasPair.value)) {
    problem('aliases', '"aliases" must be a list');
  } else if (aliasPair && isSeq(aliasPair.value)) {
    aliasPair.value.items.forEach((item, i) => {
      const field = `aliases[${i}]`;
      const line = lineOf(item, lines) ?? lineAt('aliases');
      if (isScalar(item)) {
        if (typeof item.value !== 'string' || item.value.trim() === '') {
          problem(field, 'an alias must be a non-empty string or a map with "text"', line);
          return;
        }
        aliases.push({ text: item.value.trim() });
        aliasLines.push(line);
        return;
      }
      if (!isMap(item)) {
        problem(field, 'an alias must be a non-empty string or a map with "text"', line);
        return;
      }
      const raw = item.toJSON() as Record<string, unknown>;
      for (const key of Object.keys(raw)) {
        if (!ALIAS_KEYS.includes(key)) {
          problem(
            `${field}.${key}`,
            `unknown alias field "${key}" (allowed: ${ALIAS_KEYS.join(', ')})`,
            line,
          );
        }
      }
      if (typeof raw.text !== 'string' || raw.text.trim() === '') {
        problem(`${field}.text`, 'an alias map needs a non-empty "text"', line);
        return;
      }
      const spec: AliasSpec = { text: raw.text.trim() };
      for (const flag of ['caseSensitive', 'fuzzy'] as const) {
        if (raw[flag] === undefined) continue;
        if (typeof raw[flag] !== 'boolean')
          problem(`${field}.${flag}`, `"${flag}" must be true or false`, line);
        else spec[flag] = raw[flag];
      }
      if (raw.context !== undefined) {
        const context = readContext(raw.context, (sub, message) =>
          problem(`${field}.context${sub}`, message, line),
        );
        if (context) {
          spec.context = context;
          if (context.withEntities) withEntitiesLines.set(aliases.length, line);
        }
      }
      aliases.push(spec);
      aliasLines.push(line);
    });
  }

  if (problems.length > startCount || id === null || name === null || summary === null) return null;
  return {
    spec: {
      id,
      name,
      type: type as EntityType,
      aliases,
      summary: summary.replace(/\s+/g, ' '),
      cites: cites.values,
      related: related.values,
      evidence,
    },
    file,
    line: lineAt('id'),
    aliasLines,
    citeLines: cites.lines,
    relatedLines: related.lines,
    withEntitiesLines,
  };
}

function readContext(
  raw: unknown,
  problem: (field: string, message: string) => void,
): AliasContext | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problem('', '"context" must be a map (near, notNear, blockedBy, withEntities, window)');
    return null;
  }
  const record = raw as Record<string, unknown>;
  const context: AliasContext = {};
  let ok = true;
  for (const key of Object.keys(record)) {
    if (!CONTEXT_KEYS.includes(key)) {
      problem(`.${key}`, `unknown context field "${key}" (allowed: ${CONTEXT_KEYS.join(', ')})`);
      ok = false;
    }
  }
  for (const key of ['near', 'notNear', 'blockedBy', 'withEntities'] as const) {
    const value = record[key];
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
      problem(`.${key}`, `"${key}" must be a list of non-empty strings`);
      ok = false;
      continue;
    }
    context[key] = value.map((v: string) => v.trim());
  }
  if (record.window !== undefined) {
    if (!Number.isInteger(record.window) || (record.window as number) < 1) {
      problem('.window', '"window" must be a positive whole number of words');
      ok = false;
    } else context.window = record.window as number;
  }
  if (ok && Object.keys(context).filter((k) => k !== 'window').length === 0) {
    problem('', 'an alias context needs at least one of near, notNear, blockedBy, withEntities');
    ok = false;
  }
  return ok ? context : null;
}
