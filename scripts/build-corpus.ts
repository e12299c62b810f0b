/**
 * `npm run corpus`: compiles corpus/sources + corpus/entities into public/data/{scan,corpus,search}.json.
 * Refuses to write anything when validation finds a problem, and lists every problem (file:line).
 * Options (for tests and experiments): --sources DIR, --entities DIR, --topic FILE, --out DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../lib/corpus/build';
import { formatProblem } from '../lib/corpus/problems';

const root = fileURLToPath(new URL('..', import.meta.url));

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dir = (name: string) => {
  const value = option(name);
  return value === undefined ? undefined : resolve(value);
};

const result = buildCorpus({
  root,
  sourcesDir: dir('sources'),
  entitiesDir: dir('entities'),
  topicFile: dir('topic'),
});
if (result.problems.length > 0) {
  process.stderr.write(
    `Corpus build failed: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}\n`,
  );
  for (const problem of result.problems) process.stderr.write(`  ${formatProblem(problem)}\n`);
  process.exit(1);
}

const out = dir('out') ?? join(root, 'public', 'data');
mkdirSync(out, { recursive: true });
const files = {
  'scan.json': result.scan,
  'corpus.json': result.corpus,
  'search.json': result.search,
};
const sizes: string[] = [];
for (const [name, data] of Object.entries(files)) {
  const text = `${JSON.stringify(data)}\n`;
  writeFileSync(join(out, name), text);
  sizes.push(`${name} ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
}
const { stats } = result;
process.stdout.write(
  `corpus: ${stats.documents} documents, ${stats.passages} passages, ${stats.entities} entities, ` +
    `${stats.aliases} aliases → ${relative(root, out) || out}/ (${sizes.join(', ')})\n`,
);
