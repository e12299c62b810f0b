/**
 * `pack build <folder> -o <file>`: a folder laid out like corpus/ becomes a pack file a reader
 * imports in the options (lib/library/pack-build.ts). Checked against the bundled knowledge base
 * in corpus/entities; on any problem, every one is printed as `file:line` and nothing is written.
 */
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatProblem } from '../../corpus/problems';
import { buildPack } from '../../library/pack-build';
import { type Command, parseFlags } from '../registry';

export const packBuild: Command = {
  name: 'pack build',
  args: '<folder> -o <file> [--id ID] [--title T] [--description D]',
  summary: 'build a pack file from a folder of sources/*.md and entities/*.yaml',
  run(args, io) {
    // `-o FILE` is the usual spelling of an output; parseFlags knows only `--name`.
    const words = args.map((a) => (a === '-o' ? '--out' : a));
    const { flags, rest, unknown } = parseFlags(words, {
      switches: [],
      valued: ['out', 'id', 'title', 'description'],
    });
    const out = flags.get('out');
    const [folder, ...extra] = rest;
    if (unknown.length > 0 || extra.length > 0 || folder === undefined || typeof out !== 'string') {
      io.err(`Usage: frontera ${this.name} ${this.args}`);
      return 2;
    }
    const value = (name: string) => {
      const v = flags.get(name);
      return typeof v === 'string' ? v : undefined;
    };
    const cwd = process.cwd();
    const result = buildPack({
      folder: resolve(cwd, folder),
      bundledEntitiesDir: join(io.root, 'corpus', 'entities'),
      root: cwd,
      now: new Date().toISOString(),
      id: value('id'),
      title: value('title'),
      description: value('description'),
    });
    if (result.text === null || result.contents === null) {
      for (const problem of result.problems) io.err(formatProblem(problem));
      io.err(`${result.problems.length} problem(s): no pack written.`);
      return 1;
    }
    const path = resolve(cwd, out);
    writeFileSync(path, result.text);
    const { articles, passages, names } = result.contents;
    io.out(
      `pack ${result.id}: ${articles.length} articles, ${passages.length} passages, ` +
        `${names.length} names → ${relative(cwd, path) || path} ` +
        `(${(Buffer.byteLength(result.text) / 1024).toFixed(0)} KB)`,
    );
    return 0;
  },
};
