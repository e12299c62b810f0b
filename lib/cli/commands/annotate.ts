/**
 * `annotate <file.txt|file.html> [--json]`: run the mention matcher over a file with the built
 * knowledge base, as the content script would on a page. A .html file is parsed into a DOM and
 * read as the page layer reads a page: the article found the same way (lib/page/article-root,
 * @mozilla/readability included) and its text blocks collected the same way
 * (lib/page/collect-text), matched block after block like the background's match service. Offsets
 * are into those blocks joined by a blank line, so each block's offsets are the page's. A .txt
 * file is matched as read (offsets are UTF-16 code units into it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ScanData } from '../../corpus/types';
import { createMatcher, type Matcher, type Mention } from '../../match';
import { findArticleScope, type RootMethod } from '../../page/article-root';
import { matchTexts } from '../../page/block-matcher';
import { collectTextBlocks } from '../../page/collect-text';
// The table, not the settings module: that one defines the extension's storage item.
import { SETTINGS_TABLE } from '../../settings/table';
import { inertWindow } from '../inert-window';
import { type CliIO, type Command, parseFlags } from '../registry';

const CONTEXT_CHARS = 40;
/** Between two blocks in the text offsets count into. */
const BLOCK_SEPARATOR = '\n\n';

/** The article of an HTML page as the content script reads it. */
export interface PageArticle {
  /** How the article was found (markup, Readability, a guess, the whole page). */
  method: RootMethod;
  /** Its text blocks, in document order, exactly as the page layer sends them to the matcher. */
  blocks: string[];
}

/**
 * The article in `html` and its text blocks, found as the content script finds them on a page
 * with the reader's default settings; null when there is no text to read.
 */
export function readPageArticle(html: string, url = 'https://example.com/'): PageArticle | null {
  const window = inertWindow(url);
  try {
    window.document.write(html);
    // The page layer's types are the DOM lib's; happy-dom's Document is structurally compatible.
    const doc = window.document as unknown as Document;
    const scope = findArticleScope(doc, {
      scope: SETTINGS_TABLE.scope.default,
      readability: { Readability, isProbablyReaderable },
    });
    const blocks = collectTextBlocks(scope.root, { chrome: scope.chrome, onlyNodes: scope.keep });
    if (blocks.length === 0) return null;
    return { method: scope.method, blocks: blocks.map((b) => b.text) };
  } finally {
    window.close();
  }
}

/**
 * The page's blocks matched one after the other, each corroborated by the entities found before
 * it (as on the page), with offsets moved into the blocks joined by BLOCK_SEPARATOR.
 */
export function matchBlocks(
  matcher: Matcher,
  blocks: readonly string[],
): { text: string; mentions: Mention[] } {
  const found = matchTexts(matcher, blocks, []);
  const mentions: Mention[] = [];
  let at = 0;
  blocks.forEach((block, i) => {
    for (const m of found[i] ?? []) mentions.push({ ...m, start: m.start + at, end: m.end + at });
    at += block.length + BLOCK_SEPARATOR.length;
  });
  return { text: blocks.join(BLOCK_SEPARATOR), mentions };
}

/** One line of context around a mention, the mention marked with «…». */
export function inContext(text: string, m: Pick<Mention, 'start' | 'end'>): string {
  const from = Math.max(0, m.start - CONTEXT_CHARS);
  const to = Math.min(text.length, m.end + CONTEXT_CHARS);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${flat(text.slice(from, m.start))}«${flat(
    text.slice(m.start, m.end),
  )}»${flat(text.slice(m.end, to))}${to < text.length ? '…' : ''}`;
}

function lineCol(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return `${line}:${offset - last}`;
}

export function loadScanData(root: string): ScanData | string {
  const path = join(root, 'public', 'data', 'scan.json');
  if (!existsSync(path)) {
    return `No knowledge base at ${path}. Build it first: npm run corpus`;
  }
  return JSON.parse(readFileSync(path, 'utf8')) as ScanData;
}

export async function runAnnotate(args: string[], io: CliIO): Promise<number> {
  const { flags, rest, unknown } = parseFlags(args);
  if (rest.length !== 1 || unknown.length > 0 || [...flags.keys()].some((k) => k !== 'json')) {
    io.err('Usage: frontera annotate <file.txt|file.html> [--json]');
    return 2;
  }
  const file = resolve(process.cwd(), rest[0] as string);
  if (!existsSync(file)) {
    io.err(`annotate: no such file: ${file}`);
    return 1;
  }
  const scan = loadScanData(io.root);
  if (typeof scan === 'string') {
    io.err(scan);
    return 1;
  }

  const raw = readFileSync(file, 'utf8');
  const isHtml = /^\.x?html?$/i.test(extname(file));
  const matcher = createMatcher(scan);
  let text = raw;
  let mentions: Mention[];
  let note = `Text of ${rest[0]} as read; offsets are UTF-16 code units into it.`;
  if (isHtml) {
    const article = readPageArticle(raw, `file://${file}`);
    if (!article) {
      io.err(`annotate: no article text found in ${rest[0]}`);
      return 1;
    }
    ({ text, mentions } = matchBlocks(matcher, article.blocks));
    const n = article.blocks.length;
    note = `Article of ${rest[0]} read as the content script reads a page (found by: ${article.method}; @mozilla/readability available): ${n} text block${n === 1 ? '' : 's'} joined by blank lines; offsets are into that text (${text.length} UTF-16 units).`;
  } else {
    mentions = matcher.find(text);
  }

  if (flags.has('json')) {
    if (isHtml) io.err(note);
    io.out(
      JSON.stringify({
        mentions: mentions.map(({ start, end, text, entityId, method, score }) => ({
          start,
          end,
          text,
          entityId,
          method,
          score,
        })),
      }),
    );
    return 0;
  }

  const names = new Map(scan.entities.map((e) => [e.id, e.name]));
  io.out(note);
  io.out(
    `${mentions.length} mention${mentions.length === 1 ? '' : 's'} of ${
      new Set(mentions.map((m) => m.entityId)).size
    } entities\n`,
  );
  for (const m of mentions) {
    const how =
      m.method === 'fuzzy'
        ? `fuzzy ${m.score.toFixed(2)}, read as "${m.alias}"`
        : m.method === 'context'
          ? `context ${m.score.toFixed(2)}`
          : 'exact';
    io.out(
      `${lineCol(text, m.start).padEnd(7)} [${m.start}-${m.end}] ${m.text} → ${
        names.get(m.entityId) ?? m.entityId
      } (${m.entityId}; ${how})\n        ${inContext(text, m)}`,
    );
  }
  return 0;
}

export const annotate: Command = {
  name: 'annotate',
  args: '<file.txt|file.html> [--json]',
  summary: 'find knowledge-base mentions in a text or HTML file (needs npm run corpus)',
  run: runAnnotate,
};
