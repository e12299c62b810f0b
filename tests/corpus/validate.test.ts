// @vitest-environment node
/**
 * A mistake in the corpus fails the build with a message that names the file and the line, and
 * the build reports every mistake at once. One malformed fixture per kind of mistake, each
 * validated against the small fixture corpus in tests/fixtures/corpus/mini.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../lib/corpus/build';
import { formatProblem } from '../../lib/corpus/problems';
import { parseSource } from '../../lib/corpus/source';

const root = process.cwd();
const fixtures = 'tests/fixtures/corpus';
const miniSources = join(root, fixtures, 'mini/corpus/sources');
/** The fixture knowledge base's topic rule: the real one names entities only the real one has. */
const miniTopic = join(root, fixtures, 'mini/corpus/topic.yaml');

function problemsFor(invalidCase: string): string[] {
  const { problems } = buildCorpus({
    root,
    sourcesDir: miniSources,
    entitiesDir: join(root, fixtures, 'invalid', invalidCase),
    topicFile: miniTopic,
  });
  return problems.map(formatProblem);
}

describe('the fixture knowledge base', () => {
  it('is valid, so each malformed fixture below fails for its own reason only', () => {
    const { problems, stats } = buildCorpus({ root: join(root, fixtures, 'mini') });
    expect(problems).toEqual([]);
    expect(stats.entities).toBe(4);
  });
});

describe('entity files: every mistake is reported with file and line', () => {
  const file = (c: string, name = 'entities.yaml') => `${fixtures}/invalid/${c}/${name}`;

  it.each([
    ['malformed-yaml', 5, /malformed YAML/],
    ['not-a-list', 1, /must be a YAML list of entities/],
    ['missing-field', 9, /\(entities\[1\]\): missing field "summary"/],
    ['unknown-type', 3, /\(entities\[0\]\.type\): unknown type "politician"/],
    [
      'unknown-evidence',
      4,
      /\(entities\[0\]\.evidence\): unknown evidence "strong" \(one of: decisive, supporting, none\)/,
    ],
    [
      'unknown-cite',
      8,
      /\(claudia-sheinbaum\.cites\[1\]\): summary cites unknown passage "mini-article\/99"/,
    ],
    [
      'cite-not-mentioning',
      8,
      /cited passage "mini-article\/02" does not mention "Claudia Sheinbaum"/,
    ],
    ['unknown-related', 7, /related names unknown entity "andres-manuel-lopez-obrador"/],
    ['unknown-context-entity', 5, /withEntities names unknown entity "no-such-entity"/],
    ['unmentioned', 7, /\(evo-morales\): no passage mentions "Evo Morales"/],
    [
      'alias-collision',
      13,
      /alias "SINALOA" is claimed by sinaloa .*entities\.yaml:2\), sinaloa-cartel .* without a resolution/,
    ],
    [
      'bad-alias',
      5,
      /\(entities\[0\]\.aliases\[0\]\.text\): an alias map needs a non-empty "text"/,
    ],
    ['bad-alias', 6, /unknown context field "nearby"/],
    ['invalid-field', 1, /id "Claudia Sheinbaum" must be kebab-case/],
    ['invalid-field', 4, /"aliases" must be a list/],
    ['invalid-field', 5, /unknown field "sumary"/],
    ['invalid-field', 9, /\(entities\[0\]\.cites\[1\]\): "cites" items must be non-empty strings/],
  ] as const)('%s: line %i', (invalidCase, line, message) => {
    const found = problemsFor(invalidCase).filter(
      (p) =>
        p.startsWith(`${file(invalidCase)}:${line} `) ||
        p.startsWith(`${file(invalidCase)}:${line}:`),
    );
    expect(
      found.some((p) => message.test(p)),
      problemsFor(invalidCase).join('\n'),
    ).toBe(true);
  });

  it('duplicate ids: the message names the second place and the first', () => {
    expect(problemsFor('duplicate-id')).toEqual([
      `${file('duplicate-id', 'b.yaml')}:3 (id): duplicate entity id "claudia-sheinbaum" (first defined at ${file('duplicate-id', 'a.yaml')}:1)`,
    ]);
  });

  it('an alias shared by two entities is fine when all but one give it a context', () => {
    const { problems, scan } = buildCorpus({ root: join(root, fixtures, 'mini') });
    expect(problems).toEqual([]);
    const sinaloa = scan.aliases.filter((a) => a.text === 'Sinaloa');
    expect(sinaloa.map((a) => [a.entityId, !!a.context])).toEqual([
      ['sinaloa', false],
      ['sinaloa-cartel', true],
    ]);
  });

  it('all problems of a knowledge base are reported at once', () => {
    const problems = problemsFor('many-errors');
    const f = file('many-errors');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${f}:23 .*unknown type "agency"`)),
        expect.stringMatching(new RegExp(`^${f}:15 .*duplicate entity id "claudia-sheinbaum"`)),
        expect.stringMatching(new RegExp(`^${f}:6 .*unknown passage "mini-article/77"`)),
        expect.stringMatching(new RegExp(`^${f}:7 .*unknown entity "nobody"`)),
        expect.stringMatching(new RegExp(`^${f}:9 .*no passage mentions "Evo Morales"`)),
      ]),
    );
  });
});

describe('source files: front matter mistakes name file and line', () => {
  const parse = (name: string) => {
    const file = `${fixtures}/sources-invalid/${name}`;
    const result = parseSource(file, readFileSync(file, 'utf8'));
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it.each([
    ['no-front-matter.md', 1, /missing YAML front matter/],
    ['malformed-yaml.md', 4, /malformed YAML/],
    ['missing-field.md', 1, /missing field "kind"/],
    ['bad-fields.md', 2, /id "not-the-file-name" must equal the file name "bad-fields"/],
    ['bad-fields.md', 6, /unknown kind "blog-post"/],
    ['bad-fields.md', 7, /date "February 2025" must be YYYY, YYYY-MM or YYYY-MM-DD/],
    ['bad-fields.md', 13, /unknown field "publisher"/],
  ] as const)('%s: line %i', (name, line, message) => {
    const problems = parse(name);
    const here = problems.filter((p) =>
      p.startsWith(`${fixtures}/sources-invalid/${name}:${line}`),
    );
    expect(
      here.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('npm run corpus', () => {
  const script = join(root, 'scripts/build-corpus.ts');
  const tsx = join(root, 'node_modules/.bin/tsx');

  /** Runs the build script on `entities` into a fresh folder, lets `check` look, then removes it. */
  function build(entities: string, check: (run: SpawnSyncReturns<string>, out: string) => void) {
    const out = mkdtempSync(join(tmpdir(), 'frontera-corpus-'));
    try {
      const run = spawnSync(
        tsx,
        [
          script,
          '--sources',
          miniSources,
          '--entities',
          entities,
          '--topic',
          miniTopic,
          '--out',
          out,
        ],
        { encoding: 'utf8' },
      );
      check(run, out);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }

  it('fails with every problem listed and writes nothing', () => {
    build(`${fixtures}/invalid/many-errors`, (run, out) => {
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/Corpus build failed: \d+ problems/);
      expect(run.stderr).toContain('many-errors/entities.yaml:23');
      expect(run.stderr).toContain('many-errors/entities.yaml:6');
      expect(existsSync(join(out, 'scan.json'))).toBe(false);
    });
  });

  it('writes scan, corpus and search data and prints a one-line summary', () => {
    build(`${fixtures}/mini/corpus/entities`, (run, out) => {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
      expect(run.stdout).toMatch(/^corpus: 2 documents, 7 passages, 4 entities, \d+ aliases/);
      for (const name of ['scan.json', 'corpus.json', 'search.json']) {
        expect(existsSync(join(out, name))).toBe(true);
      }
    });
  });
});
