/**
 * `annotate <file.txt|file.html> [--json]`: run the mention matcher over a file with the built
 * knowledge base, as the content script would on a page. For .html the article body is taken
 * with @mozilla/readability first (the content script does the same), and offsets are into that
 * extracted text; for .txt they are into the file's text exactly as read (UTF-16 code units).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import type { ScanData } from '../../corpus/types';
import { createMatcher, type Mention } from '../../match';
import { type CliIO, type Command, parseFlags } from '../registry';

const CONTEXT_CHARS = 40;

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/**
 * Text of a DOM subtree with a blank line between blocks. Readability's own `textContent`
 * glues blocks together ("…answers TrumpMexican President…"), which would hide names.
 */
function blockText(root: { childNodes: ArrayLike<unknown> }): string {
  const parts: string[] = [];
  const walk = (node: {
    nodeType: number;
    nodeName: string;
    textContent: string | null;
    childNodes: ArrayLike<unknown>;
  }) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    if (node.nodeName === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(node.nodeName);
    if (block) parts.push('\n\n');
    for (const child of Array.from(node.childNodes)) walk(child as typeof node);
    if (block) parts.push('\n\n');
  };
  for (const child of Array.from(root.childNodes)) walk(child as Parameters<typeof walk>[0]);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The article text Readability finds in `html` (title first), or null when it finds none. */
export function extractArticle(
  html: string,
  url = 'https://example.com/',
): { title: string; text: string } | null {
  const window = new Window({ url });
  try {
    const document = window.document;
    document.write(html);
    // Readability's types want the DOM lib's Document; happy-dom's is structurally compatible.
    const article = new Readability(document as unknown as Document).parse();
    if (!article?.content) return null;
    const holder = document.createElement('div');
    holder.innerHTML = article.content;
    const body = blockText(holder);
    if (!body) return null;
    const title = (article.title ?? '').trim();
    return { title, text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body };
  } finally {
    window.close();
  }
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
  let text = raw;
  let note = `Text of ${rest[0]} as read; offsets are UTF-16 code units into it.`;
  if (isHtml) {
    const article = extractArticle(raw, `file://${file}`);
    if (!article) {
      io.err(`annotate: Readability found no article text in ${rest[0]}`);
      return 1;
    }
    text = article.text;
    note = `Article body of ${rest[0]} extracted with @mozilla/readability (title, blank line, text); offsets are into that text (${text.length} UTF-16 units).`;
  }

  const mentions = createMatcher(scan).find(text);
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
