/**
 * `annotate <file.txt|file.html> [--json] [--all]`: the page's twin. It finds what the content
 * script would draw on a page with this text, with the built knowledge base: the same matcher,
 * block after block like the background's match service, the same topic gate (nothing on a
 * page that is not on topic) and the same nearness rule for generic names (lib/topic). A .html
 * file is parsed into a DOM and read as the page layer reads a page: the article found the same
 * way (lib/page/article-root, the headline and @mozilla/readability included) and its text
 * blocks collected the same way (lib/page/collect-text); offsets are into those blocks joined by
 * a blank line, so each block's offsets are the page's. A .txt file's paragraphs (split at blank
 * lines) are its blocks; offsets are UTF-16 code units into the file as read. `--all` prints
 * every match, each saying whether the page would draw it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ScanData } from '../../corpus/types';
import { createMatcher, type Matcher, type Mention } from '../../match';
import { findArticleScope, type RootMethod, scopeRoots } from '../../page/article-root';
import { matchTexts } from '../../page/block-matcher';
import { collectTextBlocks } from '../../page/collect-text';
import { isHeading } from '../../page/story';
// The table, not the settings module: that one defines the extension's storage item.
import { SETTINGS_TABLE } from '../../settings/table';
import { createTopicJudge, drawnPerBlock, type TopicJudge, type TopicState } from '../../topic';
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
  /** Which blocks are headings (they start a section: lib/topic near). */
  headings: boolean[];
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
    const blocks = collectTextBlocks(scopeRoots(scope), {
      chrome: scope.chrome,
      onlyNodes: scope.keep,
    });
    if (blocks.length === 0) return null;
    return {
      method: scope.method,
      blocks: blocks.map((b) => b.text),
      headings: blocks.map((b) => isHeading(b.element)),
    };
  } finally {
    window.close();
  }
}

/** A mention found in the text, and whether the page would draw it. */
export interface AnnotatedMention extends Mention {
  drawn: boolean;
}

export interface Annotation {
  /** The blocks joined by BLOCK_SEPARATOR (or the .txt file as read): what offsets count into. */
  text: string;
  mentions: AnnotatedMention[];
  topic: TopicState;
}

/**
 * The page's blocks matched one after the other, each corroborated by the entities found before
 * it (as on the page), judged as the page judges them (topic gate, generic names near the
 * story), with offsets moved by `starts` (each block's offset in the text offsets count into).
 */
export function annotateBlocks(
  matcher: Matcher,
  judge: TopicJudge,
  blocks: readonly string[],
  starts: readonly number[],
  headings: readonly boolean[] = [],
): Omit<Annotation, 'text'> {
  const found = matchTexts(matcher, blocks, []);
  const perBlock = blocks.map((text, i) => ({
    text,
    mentions: found[i] ?? [],
    heading: headings[i] ?? false,
  }));
  const drawn = new Set(drawnPerBlock(perBlock, judge).flat());
  const mentions: AnnotatedMention[] = [];
  found.forEach((list, i) => {
    const at = starts[i] ?? 0;
    for (const m of list) {
      mentions.push({ ...m, start: m.start + at, end: m.end + at, drawn: drawn.has(m) });
    }
  });
  const mexico = blocks.some((b) => judge.namesMexico(b));
  return { mentions, topic: judge.judge(found.flat(), mexico) };
}

/** The blocks joined by BLOCK_SEPARATOR, annotated. */
export function matchBlocks(
  matcher: Matcher,
  judge: TopicJudge,
  blocks: readonly string[],
  headings: readonly boolean[] = [],
): Annotation {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.length + BLOCK_SEPARATOR.length;
  }
  return {
    text: blocks.join(BLOCK_SEPARATOR),
    ...annotateBlocks(matcher, judge, blocks, starts, headings),
  };
}

/**
 * A plain text's paragraphs (split at blank lines), as a page shows them: one block each; a
 * Markdown heading line (`# …`, `## …`) is a heading block.
 */
export function textParagraphs(text: string): {
  blocks: string[];
  starts: number[];
  headings: boolean[];
} {
  const blocks: string[] = [];
  const starts: number[] = [];
  const headings: boolean[] = [];
  for (const m of text.matchAll(/[^\r\n]+(?:\r?\n(?![ \t]*\r?\n)[^\r\n]*)*/g)) {
    if (m[0].trim() === '') continue;
    blocks.push(m[0]);
    starts.push(m.index as number);
    headings.push(/^#{1,6} /.test(m[0]));
  }
  return { blocks, starts, headings };
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

const USAGE = 'Usage: frontera annotate <file.txt|file.html> [--json] [--all]';

export async function runAnnotate(args: string[], io: CliIO): Promise<number> {
  const { flags, rest, unknown } = parseFlags(args);
  if (
    rest.length !== 1 ||
    unknown.length > 0 ||
    [...flags.keys()].some((k) => k !== 'json' && k !== 'all')
  ) {
    io.err(USAGE);
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
  const judge = createTopicJudge(scan);
  let result: Annotation;
  let note: string;
  if (isHtml) {
    const article = readPageArticle(raw, `file://${file}`);
    if (!article) {
      io.err(`annotate: no article text found in ${rest[0]}`);
      return 1;
    }
    result = matchBlocks(matcher, judge, article.blocks, article.headings);
    const n = article.blocks.length;
    note = `Article of ${rest[0]} read as the content script reads a page (found by: ${article.method}; @mozilla/readability available): ${n} text block${n === 1 ? '' : 's'} joined by blank lines; offsets are into that text (${result.text.length} UTF-16 units).`;
  } else {
    const { blocks, starts, headings } = textParagraphs(raw);
    result = { text: raw, ...annotateBlocks(matcher, judge, blocks, starts, headings) };
    note = `Text of ${rest[0]} as read, its paragraphs read as a page's blocks (# lines as headings); offsets are UTF-16 code units into it.`;
  }
  const { text, topic } = result;
  const all = flags.has('all');
  const shown = all ? result.mentions : result.mentions.filter((m) => m.drawn);
  const verdict = topic.onTopic
    ? `On topic (score ${topic.score}, ${topic.needed} needed).`
    : `Off topic (score ${topic.score}, ${topic.needed} needed): a page with this text draws nothing${
        all ? '' : '; --all prints every match'
      }.`;

  if (flags.has('json')) {
    io.err(note);
    io.err(verdict);
    io.out(
      JSON.stringify({
        onTopic: topic.onTopic,
        mentions: shown.map(({ start, end, text, entityId, method, score, drawn }) => ({
          start,
          end,
          text,
          entityId,
          method,
          score,
          drawn,
        })),
      }),
    );
    return 0;
  }

  const names = new Map(scan.entities.map((e) => [e.id, e.name]));
  io.out(note);
  io.out(verdict);
  const drawnCount = result.mentions.filter((m) => m.drawn).length;
  const what = all ? 'found' : 'drawn';
  io.out(
    `${shown.length} mention${shown.length === 1 ? '' : 's'} of ${
      new Set(shown.map((m) => m.entityId)).size
    } entities ${what}${all ? ` (${drawnCount} drawn)` : ''}\n`,
  );
  for (const m of shown) {
    const how =
      m.method === 'fuzzy'
        ? `fuzzy ${m.score.toFixed(2)}, read as "${m.alias}"`
        : m.method === 'context'
          ? `context ${m.score.toFixed(2)}`
          : 'exact';
    const flag = all ? (m.drawn ? ' drawn' : ' not drawn') : '';
    io.out(
      `${lineCol(text, m.start).padEnd(7)} [${m.start}-${m.end}] ${m.text} → ${
        names.get(m.entityId) ?? m.entityId
      } (${m.entityId}; ${how})${flag}\n        ${inContext(text, m)}`,
    );
  }
  return 0;
}

export const annotate: Command = {
  name: 'annotate',
  args: '<file.txt|file.html> [--json] [--all]',
  summary: 'what a page with this text or HTML would mark (needs npm run corpus)',
  run: runAnnotate,
};
