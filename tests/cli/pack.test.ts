// @vitest-environment node
/**
 * `frontera pack build`, as a newsroom uses it: a folder like corpus/ becomes a pack file that
 * imports into Frontera; a folder with mistakes gets every one of them as file:line, and no file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/main';
import type { CliIO } from '../../lib/cli/registry';
import { packToContents, parsePack } from '../../lib/library/pack';
import { planImport } from '../../lib/library/pack-plan';

/** The bundled knowledge base the packs are checked against: the mini corpus. */
const mini = join(process.cwd(), 'tests/fixtures/corpus/mini');
const newsroom = 'tests/fixtures/packs/newsroom';
const malformed = 'tests/fixtures/packs/malformed';

async function cli(argv: string[], root = mini) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { root, out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'frontera-pack-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('frontera pack build', () => {
  it('builds a pack file from a folder of sources and entities', async () => {
    const file = join(dir, 'newsroom.json');
    const { code, out, err } = await cli(['pack', 'build', newsroom, '-o', file]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^pack newsroom-sinaloa: 2 articles, 3 passages, 3 names → .*newsroom\.json/,
    );

    const pack = parsePack(readFileSync(file, 'utf8'));
    expect(pack).toMatchObject({
      kind: 'pack',
      id: 'newsroom-sinaloa',
      title: 'Newsroom notes on Sinaloa',
      description: 'Two stories and the names they add.',
      generator: 'frontera pack build',
    });
    const [mayo, ovidio] = pack.articles;
    expect(mayo).toMatchObject({
      id: 'pack:newsroom-sinaloa/mayo-arrest',
      url: 'https://news.example/2024/07/mayo-arrest',
      title: 'El Mayo Zambada Arrested in Texas',
      site: 'News Example',
      byline: 'A. Reporter',
      language: 'en',
      publishedAt: '2024-07-25',
    });
    // Without an address in pack.yaml, the article's id stands in; without an outlet, the pack.
    expect(ovidio).toMatchObject({
      url: 'pack:newsroom-sinaloa/ovidio-plea',
      site: 'Newsroom notes on Sinaloa',
      byline: null,
      language: 'es',
      publishedAt: '2025-07',
    });
    expect(mayo?.savedAt).toBe(pack.createdAt);

    // Passages from the corpus splitter; mentions of bundled names and the pack's own.
    const first = mayo?.passages[0];
    expect(first).toMatchObject({
      id: 'pack:newsroom-sinaloa/mayo-arrest#1',
      position: 1,
      headingPath: ['The Arrest'],
      entityIds: ['mine:newsroom-sinaloa:el-mayo', 'sinaloa-cartel'],
    });
    const said = (m: { start: number; end: number }) => first?.text.slice(m.start, m.end);
    expect(first?.mentions.map(said)).toEqual(['El Mayo', 'Zambada', 'Sinaloa Cartel']);
    expect(mayo?.passages[1]?.entityIds).toContain('claudia-sheinbaum');

    // Entities become the reader's kind of name, namespaced by the pack, summary as the note.
    expect(pack.names.map((n) => n.id)).toEqual([
      'mine:newsroom-sinaloa:el-mayo',
      'mine:newsroom-sinaloa:los-chapitos',
      'mine:newsroom-sinaloa:ovidio-guzman',
    ]);
    expect(pack.names[0]).toMatchObject({
      name: 'Ismael Zambada',
      type: 'person',
      aliases: [{ text: 'El Mayo' }, { text: 'Zambada' }],
      note: 'A founder of the Sinaloa Cartel, arrested in Texas in July 2024.',
    });
    // A context naming a pack entity follows it to its new id.
    expect(pack.names[1]?.aliases[0]?.context).toEqual({
      withEntities: ['mine:newsroom-sinaloa:ovidio-guzman'],
    });

    // It imports: everything belongs to the pack, nothing clashes with the bundled names.
    const contents = packToContents(pack);
    expect(new Set([...contents.articles, ...contents.names].map((r) => r.origin))).toEqual(
      new Set(['newsroom-sinaloa']),
    );
    const plan = planImport(pack, {
      articles: new Map(),
      names: [],
      bundledAliases: [
        { text: 'Claudia Sheinbaum', entityId: 'claudia-sheinbaum' },
        { text: 'Sinaloa Cartel', entityId: 'sinaloa-cartel' },
      ],
      packs: new Map(),
    });
    expect(plan.clashes).toEqual([]);
    expect(plan.addNames).toHaveLength(3);
  });

  it('--id and --title override pack.yaml', async () => {
    const file = join(dir, 'p.json');
    const { code } = await cli([
      'pack',
      'build',
      newsroom,
      '-o',
      file,
      '--id',
      'border-desk',
      '--title',
      'Border desk',
    ]);
    expect(code).toBe(0);
    const pack = parsePack(readFileSync(file, 'utf8'));
    expect(pack.id).toBe('border-desk');
    expect(pack.title).toBe('Border desk');
    expect(pack.names[0]?.id).toBe('mine:border-desk:el-mayo');
  });

  it('a folder with mistakes: every problem as file:line, exit 1, nothing written', async () => {
    const file = join(dir, 'bad.json');
    const { code, err } = await cli(['pack', 'build', malformed, '-o', file]);
    expect(code).toBe(1);
    expect(existsSync(file)).toBe(false);
    const lines = err.split('\n');
    expect(lines).toContain(
      `${malformed}/sources/bad-kind.md:6 (front matter: kind): unknown kind "blog-post" (one of: news-article, news-roundup, interview, news-summary, podcast-summary)`,
    );
    expect(lines).toContain(
      `${malformed}/entities/names.yaml:18 (entities[2].type): unknown type "gang" (one of: person, organization, criminal-group, place, policy, event, topic)`,
    );
    // An alias a bundled name already claims, with both places named.
    expect(err).toContain(
      `${malformed}/entities/names.yaml:6 (the-president.aliases): alias "Sheinbaum" is claimed by claudia-sheinbaum (`,
    );
    expect(lines).toContain(
      `${malformed}/entities/names.yaml:10 (nobody): no passage mentions "Nobody Atall" (by its name or any alias)`,
    );
    expect(err).toContain(
      `${malformed}/entities/names.yaml:14 (nobody.cites[0]): summary cites unknown passage "good/07"`,
    );
    expect(lines.at(-1)).toBe('6 problem(s): no pack written.');
  });

  it('checks against the real bundled corpus: a name it already has is a clash', async () => {
    const file = join(dir, 'real.json');
    const { code, err } = await cli(['pack', 'build', newsroom, '-o', file], process.cwd());
    expect(code).toBe(1);
    expect(err).toMatch(
      /^tests\/fixtures\/packs\/newsroom\/entities\/names\.yaml:21 \(los-chapitos\.aliases\): alias "Los Chapitos" is claimed by los-chapitos \(corpus\/entities\/.*\.yaml:\d+\)/,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('a folder without sources/ is an error; a bad --id too', async () => {
    const missing = await cli(['pack', 'build', dir, '-o', join(dir, 'x.json')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('sources folder not found');
    const badId = await cli([
      'pack',
      'build',
      newsroom,
      '-o',
      join(dir, 'x.json'),
      '--id',
      'My Pack',
    ]);
    expect(badId.code).toBe(1);
    expect(badId.err).toContain('--id: pack id "My Pack" must be kebab-case');
  });

  it.each([
    [['pack', 'build', newsroom]],
    [['pack', 'build', '-o', 'x.json']],
    [['pack', 'build', newsroom, '-o', 'x.json', '--frobnicate']],
  ])('usage error for %j (exit 2)', async (argv) => {
    const { code, err } = await cli(argv);
    expect(code).toBe(2);
    expect(err).toContain('Usage: frontera pack build <folder> -o <file>');
  });
});
