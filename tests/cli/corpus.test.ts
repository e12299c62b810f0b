// @vitest-environment node
/**
 * The `frontera corpus …` commands, as a maintainer uses them: figures for the whole corpus,
 * the entity list, and passage ids to cite while writing the knowledge base.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/main';
import type { CliIO } from '../../lib/cli/registry';

async function cli(argv: string[], root = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { root, out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const mini = join(process.cwd(), 'tests/fixtures/corpus/mini');

describe('frontera corpus stats --json', () => {
  it('gives documents, passages, entities by type, aliases and entities without passages', async () => {
    const { code, out, err } = await cli(['corpus', 'stats', '--json'], mini);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      documents: 2,
      passages: 7,
      entities: 4,
      entitiesByType: {
        person: 1,
        organization: 1,
        'criminal-group': 1,
        place: 1,
        policy: 0,
        event: 0,
        topic: 0,
      },
      aliases: 8,
      entitiesWithoutPassages: 0,
      entitiesWithoutPassagesIds: [],
    });
  });

  it('on the real corpus: 5 documents, at least 60 entities, none without passages', async () => {
    const { code, out } = await cli(['corpus', 'stats', '--json']);
    const stats = JSON.parse(out);
    expect(code).toBe(0);
    expect(stats.documents).toBe(5);
    expect(stats.entities).toBeGreaterThanOrEqual(60);
    expect(stats.entitiesWithoutPassages).toBe(0);
  });

  it('without --json prints the same figures as text', async () => {
    const { out } = await cli(['corpus', 'stats'], mini);
    expect(out).toContain('Documents: 2');
    expect(out).toContain('Entities:  4 (person 1, organization 1, criminal-group 1, place 1');
    expect(out).toContain('Entities without passages: 0');
  });
});

describe('frontera corpus entities --json', () => {
  it('lists every entity with id, name, type and aliases', async () => {
    const { code, out } = await cli(['corpus', 'entities', '--json'], mini);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      {
        id: 'claudia-sheinbaum',
        name: 'Claudia Sheinbaum',
        type: 'person',
        aliases: ['Sheinbaum'],
      },
      {
        id: 'dea',
        name: 'Drug Enforcement Administration',
        type: 'organization',
        aliases: ['DEA'],
      },
      { id: 'sinaloa', name: 'Sinaloa', type: 'place', aliases: [] },
      {
        id: 'sinaloa-cartel',
        name: 'Sinaloa Cartel',
        type: 'criminal-group',
        aliases: ['Cártel de Sinaloa', 'Sinaloa'],
      },
    ]);
  });
});

describe('frontera corpus passages', () => {
  it('lists passage ids with heading path and the first 80 characters', async () => {
    const { code, out } = await cli(['corpus', 'passages', '--doc', 'mini-article'], mini);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('mini-article/01');
    expect(lines[1]?.trim()).toMatch(/^President Claudia Sheinbaum said on Monday .*…$/);
    expect(lines[1]?.trim().length).toBeLessThanOrEqual(80);
    expect(out).toContain('mini-article/03 (table) [The Cartel › Key Points at a Glance]');
    expect(out).not.toContain('mini-podcast/');
  });

  it('--json gives id, heading path, kind, time and preview', async () => {
    const { out } = await cli(['corpus', 'passages', '--doc', 'mini-podcast', '--json'], mini);
    expect(JSON.parse(out)[1]).toEqual({
      id: 'mini-podcast/02',
      headingPath: ['Sheinbaum'],
      kind: 'paragraph',
      time: 3723,
      preview: expect.stringMatching(/^Claudia Sheinbaum was discussed/),
    });
  });

  it('an unknown document id is an error that lists the known ones', async () => {
    const { code, err } = await cli(['corpus', 'passages', '--doc', 'nope'], mini);
    expect(code).toBe(1);
    expect(err).toContain('mini-article, mini-podcast');
  });
});

describe('usage', () => {
  it('an unknown command prints the usage and exits with 2', async () => {
    const { code, err } = await cli(['corpus', 'frobnicate']);
    expect(code).toBe(2);
    expect(err).toContain('Unknown command: corpus frobnicate');
    expect(err).toContain('frontera corpus stats [--json]');
  });

  it('an unexpected argument is a usage error', async () => {
    expect((await cli(['corpus', 'stats', '--jsn'])).code).toBe(2);
  });

  it('runs as `npm run --silent cli -- corpus stats --json`', () => {
    const run = spawnSync('npm', ['run', '--silent', 'cli', '--', 'corpus', 'stats', '--json'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).documents).toBe(5);
  }, 30_000);
});
