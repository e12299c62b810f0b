/**
 * `corpus stats`, `corpus entities`, `corpus passages`: what is in the corpus, read straight from
 * corpus/sources and corpus/entities (no build needed), so a knowledge-base author can look up
 * passage ids while writing.
 */
import { join } from 'node:path';
import { buildCorpus } from '../../corpus/build';
import { loadSources } from '../../corpus/load-sources';
import { formatProblem } from '../../corpus/problems';
import { type CliIO, type Command, parseFlags } from '../registry';

function badArgs(io: CliIO, name: string, args: string[]): number {
  io.err(`frontera ${name}: unexpected argument(s): ${args.join(' ')}`);
  return 2;
}

const PREVIEW_CHARS = 80;

/** First `max` characters of a passage on one line, cut at a word where possible. */
export function preview(text: string, max = PREVIEW_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

export const corpusPassages: Command = {
  name: 'corpus passages',
  args: '[--doc ID] [--json]',
  summary: 'passage ids with heading path and the first 80 characters',
  run(args, io) {
    const { flags, rest, unknown } = parseFlags(args, { switches: ['json'], valued: ['doc'] });
    if (rest.length > 0 || unknown.length > 0) return badArgs(io, this.name, [...rest, ...unknown]);
    const sources = loadSources(join(io.root, 'corpus', 'sources'), io.root);
    for (const problem of sources.problems) io.err(formatProblem(problem));
    const doc = flags.get('doc');
    if (typeof doc === 'string' && !sources.documents.some((d) => d.meta.id === doc)) {
      io.err(
        `No document "${doc}". Documents: ${sources.documents.map((d) => d.meta.id).join(', ')}`,
      );
      return 1;
    }
    const passages = sources.passages.filter((p) => typeof doc !== 'string' || p.docId === doc);
    if (flags.has('json')) {
      io.out(
        JSON.stringify(
          passages.map((p) => ({
            id: p.id,
            headingPath: p.headingPath,
            kind: p.kind,
            time: p.time,
            preview: preview(p.text),
          })),
          null,
          2,
        ),
      );
    } else {
      for (const p of passages) {
        const heading = p.headingPath.length > 0 ? ` [${p.headingPath.join(' › ')}]` : '';
        const kind = p.kind === 'paragraph' ? '' : ` (${p.kind})`;
        io.out(`${p.id}${kind}${heading}\n    ${preview(p.text)}`);
      }
    }
    return sources.problems.length > 0 ? 1 : 0;
  },
};

/** Builds the corpus in memory (nothing written); problems go to stderr. */
function build(io: CliIO) {
  const result = buildCorpus({ root: io.root });
  for (const problem of result.problems) io.err(formatProblem(problem));
  if (result.problems.length > 0) {
    io.err(`${result.problems.length} corpus problem(s): figures below cover what loaded.`);
  }
  return result;
}

export const corpusStats: Command = {
  name: 'corpus stats',
  args: '[--json]',
  summary: 'documents, passages, entities by type, aliases, entities without passages',
  run(args, io) {
    const { flags, rest, unknown } = parseFlags(args, { switches: ['json'] });
    if (rest.length > 0 || unknown.length > 0) return badArgs(io, this.name, [...rest, ...unknown]);
    const { stats, problems } = build(io);
    if (flags.has('json')) io.out(JSON.stringify(stats, null, 2));
    else {
      const types = Object.entries(stats.entitiesByType)
        .map(([type, count]) => `${type} ${count}`)
        .join(', ');
      io.out(
        [
          `Documents: ${stats.documents}`,
          `Passages:  ${stats.passages}`,
          `Entities:  ${stats.entities} (${types})`,
          `Aliases:   ${stats.aliases}`,
          `Entities without passages: ${stats.entitiesWithoutPassages}${
            stats.entitiesWithoutPassagesIds.length > 0
              ? ` (${stats.entitiesWithoutPassagesIds.join(', ')})`
              : ''
          }`,
        ].join('\n'),
      );
    }
    return problems.length > 0 ? 1 : 0;
  },
};

export const corpusEntities: Command = {
  name: 'corpus entities',
  args: '[--json]',
  summary: 'every entity with id, name, type and aliases',
  run(args, io) {
    const { flags, rest, unknown } = parseFlags(args, { switches: ['json'] });
    if (rest.length > 0 || unknown.length > 0) return badArgs(io, this.name, [...rest, ...unknown]);
    const { corpus, problems } = build(io);
    const rows = corpus.entities.map(({ id, name, type, aliases }) => ({
      id,
      name,
      type,
      aliases,
    }));
    if (flags.has('json')) io.out(JSON.stringify(rows, null, 2));
    else {
      for (const e of rows) {
        const also = e.aliases.length > 0 ? `\n    also: ${e.aliases.join(', ')}` : '';
        io.out(`${e.id} (${e.type}): ${e.name}${also}`);
      }
    }
    return problems.length > 0 ? 1 : 0;
  },
};
