/**
 * `frontera annotate <file.txt|file.html> [--json]`: the matcher on a file, through the same
 * CLI as `corpus stats`, with the knowledge base built into public/data/scan.json. An HTML page
 * is read as the content script reads it, so its blocks and offsets are the page's.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as READABILITY from '@mozilla/readability';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/main';
import type { CliIO } from '../../lib/cli/registry';
import { findArticleScope, scopeRoots } from '../../lib/page/article-root';
import { collectTextBlocks } from '../../lib/page/collect-text';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { EVAL_DIR } from '../match/eval-set';

let root: string;
let txt: string;
let html: string;

const PAGE = `<!doctype html><html><head><title>Sheinbaum answers Trump</title></head><body>
    <nav><a href="/">Home</a> <a href="/dea">DEA news</a> <a href="/pri">PRI</a></nav>
    <article><h1>Sheinbaum answers Trump</h1>
    <p>Mexican President Claudia <b>Sheinbaum</b> said on Tuesday that her government would keep
    working with Washington against the Sinaloa Cartel, while rejecting any foreign troops.</p>
    <p>Security Secretary Omar García Harfuch said the National Guard had detained 20 people in
    Culiacán, and that the seizures of fentanyl this year were the largest on record.</p>
    <p>Analysts said the dispute could last for months, with tariffs looming over the talks
    and a review of the trade agreement due next year in the United States and Mexico.</p>
    </article><footer>Contact the PAN desk</footer></body></html>`;

/** The text blocks the page layer reads from PAGE in this test's own DOM. */
function pageBlocks(): string[] {
  document.documentElement.innerHTML = PAGE.replace(/^<!doctype html><html>|<\/html>$/g, '');
  const scope = findArticleScope(document, {
    scope: DEFAULT_SETTINGS.scope,
    readability: READABILITY,
  });
  return collectTextBlocks(scopeRoots(scope), { chrome: scope.chrome, onlyNodes: scope.keep }).map(
    (b) => b.text,
  );
}

const TEXT =
  'La presidenta Claudia Sheinbaum habló con García Harfuch.\r\nThe DEA said Sheinbuam’s team met the Sinaloa Cartel’s rivals. 😀 Compré pan.\n';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'frontera-annotate-'));
  mkdirSync(join(root, 'public', 'data'), { recursive: true });
  copyFileSync(join(EVAL_DIR, 'kb.json'), join(root, 'public', 'data', 'scan.json'));
  txt = join(root, 'story.txt');
  writeFileSync(txt, TEXT);
  html = join(root, 'page.html');
  writeFileSync(html, PAGE);
});

async function run(args: string[], cliRoot = root) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { root: cliRoot, out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runCli(['annotate', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('annotate', () => {
  it('prints exactly {"onTopic","mentions":[…]} with --json, offsets into the text as read', async () => {
    const { code, out } = await run([txt, '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { onTopic: boolean; mentions: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['onTopic', 'mentions']);
    for (const m of parsed.mentions) {
      expect(Object.keys(m)).toEqual([
        'start',
        'end',
        'text',
        'entityId',
        'method',
        'score',
        'drawn',
      ]);
      expect(TEXT.slice(m.start as number, m.end as number)).toBe(m.text);
    }
    expect(parsed.mentions.map((m) => `${m.text}|${m.entityId}|${m.method}`)).toEqual([
      'Claudia Sheinbaum|claudia-sheinbaum|exact',
      'García Harfuch|omar-garcia-harfuch|exact',
      'DEA|dea|exact',
      'Sheinbuam|claudia-sheinbaum|fuzzy',
      'Sinaloa Cartel|sinaloa-cartel|exact',
    ]);
  });

  it('lists each mention in its context without --json', async () => {
    const { code, out } = await run([txt]);
    expect(code).toBe(0);
    expect(out).toContain('5 mentions of 4 entities drawn');
    expect(out).toContain('«García Harfuch»');
    expect(out).toMatch(
      /Sheinbuam → Claudia Sheinbaum \(claudia-sheinbaum; fuzzy 0\.\d\d, read as "Sheinbaum"\)/,
    );
  });

  it('reads an HTML page as the content script does: the article only, and says so', async () => {
    const { code, out } = await run([html]);
    expect(code).toBe(0);
    expect(out).toMatch(/read as the content script reads a page/);
    expect(out).toMatch(/@mozilla\/readability/);
    // A name across an inline element is one mention, as on the page.
    expect(out).toContain('«Claudia Sheinbaum»');
    expect(out).toContain('Omar García Harfuch');
    // Navigation and footer are not article text.
    expect(out).not.toContain('«PRI»');
    expect(out).not.toContain('«PAN»');
  });

  it('gives HTML offsets into the page’s own text blocks, joined by a blank line', async () => {
    const { code, out } = await run([html, '--json']);
    expect(code).toBe(0);
    const blocks = pageBlocks();
    expect(blocks[0]).toBe('Sheinbaum answers Trump');
    const text = blocks.join('\n\n');
    const { mentions } = JSON.parse(out) as {
      mentions: { start: number; end: number; text: string; entityId: string }[];
    };
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    // Each mention lies inside one block: its offsets less the block's start are the page's.
    const starts = blocks.map((_, i) => blocks.slice(0, i).reduce((n, b) => n + b.length + 2, 0));
    for (const m of mentions) {
      const i = starts.findLastIndex((s) => s <= m.start);
      const block = blocks[i] ?? '';
      expect(block.slice(m.start - (starts[i] ?? 0), m.end - (starts[i] ?? 0))).toBe(m.text);
    }
  });

  it('keeps --json output parseable for HTML and says how it read the page on stderr', async () => {
    const { code, out, err } = await run([html, '--json']);
    expect(code).toBe(0);
    const ids = (JSON.parse(out) as { mentions: { entityId: string }[] }).mentions.map(
      (m) => m.entityId,
    );
    expect(ids).toContain('claudia-sheinbaum');
    expect(ids).toContain('fentanyl');
    expect(err).toMatch(/text blocks/);
    expect(err).toMatch(/readability/i);
  });

  it('reads a page with no text as an error, not as no mentions', async () => {
    const blank = join(root, 'blank.html');
    writeFileSync(blank, '<!doctype html><html><body><div></div></body></html>');
    const { code, err } = await run([blank]);
    expect(code).toBe(1);
    expect(err).toContain('no article text');
  });

  it('asks for `npm run corpus` when the knowledge base is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'frontera-empty-'));
    const { code, err } = await run([txt], empty);
    expect(code).toBe(1);
    expect(err).toContain('npm run corpus');
  });

  it('explains its usage on bad arguments', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([txt, '--xml'])).code).toBe(2);
  });
});

/** The real knowledge base, as the build writes it: with the topic rule and nearness. */
describe('annotate is the page’s twin (the real knowledge base)', () => {
  let real: string;
  beforeAll(() => {
    real = mkdtempSync(join(tmpdir(), 'frontera-annotate-real-'));
    mkdirSync(join(real, 'public', 'data'), { recursive: true });
    copyFileSync(
      join(import.meta.dirname, '../../public/data/scan.json'),
      join(real, 'public', 'data', 'scan.json'),
    );
  });

  const write = (name: string, body: string) => {
    const path = join(real, name);
    writeFileSync(path, body);
    return path;
  };

  it('says an off-topic text is off topic and prints nothing it would not draw; --all prints the matches', async () => {
    const path = write(
      'syria.txt',
      'A US base in Syria was hit. Officials cited weapons trafficking and border security.\n\nDonald Trump said the base would stay.\n',
    );
    const plain = await run([path], real);
    expect(plain.out).toMatch(
      /Off topic \(score 0, 2 needed\): a page with this text draws nothing/,
    );
    expect(plain.out).toContain('0 mentions');
    const json = JSON.parse((await run([path, '--json'], real)).out) as {
      onTopic: boolean;
      mentions: unknown[];
    };
    expect(json).toEqual({ onTopic: false, mentions: [] });
    const all = await run([path, '--all', '--json'], real);
    const every = JSON.parse(all.out) as { mentions: { text: string; drawn: boolean }[] };
    expect(every.mentions.map((m) => [m.text, m.drawn])).toEqual([
      ['weapons trafficking', false],
      ['border security', false],
      ['Donald Trump', false],
    ]);
  });

  it('draws a generic name near the story and not in a far paragraph of a mixed text', async () => {
    const far = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} is about aviation history.`);
    const path = write(
      'mixed.txt',
      [
        'Migration shaped the early airlines.',
        ...far,
        'Claudia Sheinbaum spoke about migration and the Sinaloa Cartel.',
        ...far,
        'Later, migration rose again.',
      ].join('\n\n'),
    );
    const { out } = await run([path, '--all', '--json'], real);
    const { mentions } = JSON.parse(out) as { mentions: { text: string; drawn: boolean }[] };
    expect(mentions.map((m) => `${m.text}:${m.drawn}`)).toEqual([
      'Migration:false',
      'Claudia Sheinbaum:true',
      'migration:true',
      'Sinaloa Cartel:true',
      'migration:false',
    ]);
  });

  it('reads an HTML page’s headline, as the page does', async () => {
    const path = write(
      'headline.html',
      `<!doctype html><html><head><title>Sheinbaum rules out US troops | The Daily</title></head>
      <body><nav><a href="/">Home</a></nav><header><h1>Sheinbaum rules out US troops</h1></header>
      <div itemprop="articleBody"><p>${'The president said on Tuesday that cooperation would go on. '.repeat(12)}</p>
      <p>${'Officials in the capital described the talks as difficult but necessary. '.repeat(10)}</p></div>
      </body></html>`,
    );
    const { out } = await run([path, '--json'], real);
    const { mentions } = JSON.parse(out) as { mentions: { text: string; start: number }[] };
    expect(mentions[0]).toMatchObject({ text: 'Sheinbaum', start: 0 });
  });
});
