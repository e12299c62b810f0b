/**
 * The labelled evaluation texts (tests/fixtures/eval) rendered as news pages, in the shapes a
 * reader meets: the headline in an `<h1>` outside `<article>` (where Readability drops it), a
 * marked-up body (`[itemprop=articleBody]`) with the headline and lede above it, and a live blog
 * with one entry about the subject among unrelated ones. Each page comes with where its labels
 * sit: the block (`data-eval-block`) and the offsets into that block's text, so what the built
 * extension draws can be scored against them.
 */
import { type EvalDoc, type Label, paragraphs } from '../../match/eval-set';

export type PageShape = 'h1-outside' | 'articleBody' | 'liveblog' | 'off-topic';

export interface ExpectedSpan {
  block: number;
  start: number;
  end: number;
  entityId: string;
  text: string;
}

export interface EvalPage {
  /** Served at https://<host>/eval/<path>. */
  path: string;
  doc: EvalDoc;
  shape: PageShape;
  html: string;
  expected: ExpectedSpan[];
  /** Blocks that are not the labelled story (a live blog's other entries). */
  unrelated: Set<number>;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One block of a page: its tag, its text, the labels inside it (offsets into its text). */
interface Block {
  tag: 'h1' | 'h2' | 'p';
  text: string;
  labels: Label[];
  related: boolean;
}

function blocksOf(doc: EvalDoc, related = true): Block[] {
  return paragraphs(doc.text).map((p) => {
    const end = p.start + p.text.length;
    const labels = doc.labels
      .filter((l) => l.start >= p.start && l.end <= end)
      .map((l) => ({ ...l, start: l.start - p.start, end: l.end - p.start }));
    const tag = p.level === 1 ? 'h1' : p.level === 2 ? 'h2' : 'p';
    // Single line breaks inside a paragraph are spaces on a page.
    return { tag, text: p.text.replace(/\n/g, ' '), labels, related };
  });
}

class Page {
  private n = 0;
  readonly expected: ExpectedSpan[] = [];
  readonly unrelated = new Set<number>();

  block(b: Block, attrs = ''): string {
    const i = this.n++;
    if (!b.related) this.unrelated.add(i);
    for (const l of b.labels) {
      this.expected.push({
        block: i,
        start: l.start,
        end: l.end,
        entityId: l.entityId,
        text: l.text,
      });
    }
    return `<${b.tag} data-eval-block="${i}"${attrs}>${escapeHtml(b.text)}</${b.tag}>`;
  }
}

/** Site chrome with names in it: none of it may ever be drawn. */
const NAV = `<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a>
  <a href="/t/trump">Trump</a> <a href="/t/china">China</a> <a href="/t/migration">Migration</a></nav>`;
const RAIL = `<aside class="most-read"><h2>Most read</h2><ul>
  <li><a href="/1">Trump and China trade barbs over tariffs</a></li>
  <li><a href="/2">What migration means for the midterms</a></li></ul></aside>`;
const FOOTER = '<footer><p>© The Daily Record. Contact the newsroom.</p></footer>';

function html(title: string, lang: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>${escapeHtml(title)} | The Daily Record</title>
<meta property="og:title" content="${escapeHtml(title)}"></head>
<body>${NAV}${body}${RAIL}${FOOTER}</body></html>`;
}

const headlineOf = (blocks: Block[]) => (blocks[0]?.tag === 'h1' ? blocks[0] : null);

/** The headline in an `<h1>` above the `<article>` holding the rest. */
function h1Outside(doc: EvalDoc, shape: PageShape): EvalPage {
  const page = new Page();
  const blocks = blocksOf(doc);
  const head = headlineOf(blocks);
  const rest = head ? blocks.slice(1) : blocks;
  const body = `<main>${head ? page.block(head) : ''}<article>${rest
    .map((b) => page.block(b))
    .join('\n')}</article></main>`;
  return {
    path: `${doc.id.replace(/\.txt$/, '')}/${shape}.html`,
    doc,
    shape,
    html: html(head?.text ?? doc.id, doc.language, body),
    expected: page.expected,
    unrelated: page.unrelated,
  };
}

/** Headline and lede above a marked-up body, inside the story's header. */
function articleBody(doc: EvalDoc): EvalPage {
  const page = new Page();
  const blocks = blocksOf(doc);
  const head = headlineOf(blocks);
  const rest = head ? blocks.slice(1) : blocks;
  const ledeAt = rest.findIndex((b) => b.tag === 'p');
  const lede = ledeAt >= 0 ? rest[ledeAt] : undefined;
  const after = rest.filter((_, i) => i !== ledeAt);
  const body = `<div class="story"><header class="story-header"><p class="kicker"><a href="/security">Security</a></p>
    ${head ? page.block(head) : ''}<p class="byline"><a href="/staff/ana">By Ana Ruiz</a></p></header>
    ${lede ? page.block(lede, ' class="lede"') : ''}
    <div itemprop="articleBody">${after.map((b) => page.block(b)).join('\n')}</div></div>`;
  return {
    path: `${doc.id.replace(/\.txt$/, '')}/articleBody.html`,
    doc,
    shape: 'articleBody',
    html: html(head?.text ?? doc.id, doc.language, body),
    expected: page.expected,
    unrelated: page.unrelated,
  };
}

/** A live blog: unrelated entries around the one about the subject, each under its heading. */
function liveBlog(doc: EvalDoc, others: readonly EvalDoc[]): EvalPage {
  const page = new Page();
  const entry = (d: EvalDoc, related: boolean) => {
    const blocks = blocksOf(d, related).map((b) =>
      b.tag === 'h1' ? { ...b, tag: 'h2' as const } : b,
    );
    const kept = related ? blocks : blocks.slice(0, 3);
    return `<article class="entry"><time>09:00</time>${kept.map((b) => page.block(b)).join('\n')}</article>`;
  };
  const half = Math.ceil(others.length / 2);
  const title = doc.language === 'es' ? 'En vivo: las noticias del día' : 'Live: the day in news';
  const entries = [
    ...others.slice(0, half).map((d) => entry(d, false)),
    entry(doc, true),
    ...others.slice(half).map((d) => entry(d, false)),
  ];
  const body = `<main><h1>${title}</h1><div class="live-feed">${entries.join('\n')}</div></main>`;
  return {
    path: `${doc.id.replace(/\.txt$/, '')}/liveblog.html`,
    doc,
    shape: 'liveblog',
    html: html(title, doc.language, body),
    expected: page.expected,
    unrelated: page.unrelated,
  };
}

/**
 * Every page of the evaluation: each labelled text with a headline outside the article and with
 * a marked-up body; a few as a live blog's entry; each off-topic text as a plain page.
 */
export function evaluationPages(docs: readonly EvalDoc[], liveBlogs = 3): EvalPage[] {
  const offTopic = docs.filter((d) => d.id.startsWith('offtopic/'));
  const labelled = docs.filter((d) => !d.id.startsWith('offtopic/'));
  const pages: EvalPage[] = [];
  for (const doc of labelled) pages.push(h1Outside(doc, 'h1-outside'), articleBody(doc));
  for (const lang of ['en', 'es'] as const) {
    const stories = labelled.filter(
      (d) => d.language === lang && /^(en|es)\//.test(d.id) && d.labels.length >= 3,
    );
    const fillers = offTopic.filter((d) => d.language === lang);
    stories.slice(0, liveBlogs).forEach((doc, i) => {
      const pick = [0, 1, 2, 3].map((k) => fillers[(i * 4 + k) % fillers.length] as EvalDoc);
      pages.push(liveBlog(doc, pick));
    });
  }
  for (const doc of offTopic) pages.push(h1Outside(doc, 'off-topic'));
  return pages;
}
