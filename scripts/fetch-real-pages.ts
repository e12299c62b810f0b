/**
 * `npm run pages:fetch`: copies the real saved news pages of scripts/bench/real-pages.ts from the
 * local mirrors of two public test corpora into the git-ignored bench-pages/ folder, for
 * `npm run bench:real`, with bench-pages/manifest.json (name, source repo + path + commit,
 * language, host, whether planted).
 *
 * Planted copies (`<name>--planted.html`): the page with one on-topic paragraph inserted right
 * after the first long paragraph (≥ 200 characters) of the article, the article being what
 * Readability finds (run here on happy-dom, JavaScript and resource loading off). The insertion is
 * textual: the first `<p>…</p>` of the saved HTML whose text starts like that paragraph, so the
 * rest of the page stays byte for byte as saved.
 *
 * The pages are third-party content: they stay in bench-pages/ (git-ignored), never committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { inertWindow } from '../lib/cli/inert-window';
import { type ManifestEntry, MIRRORS, PLANTS, REAL_PAGES, type RealPage } from './bench/real-pages';

const OUT = resolve(import.meta.dirname, '../bench-pages');
const MIN_PARAGRAPH = 200;

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', dir, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
};

/** Text of an HTML fragment, roughly: tags dropped, common entities decoded, spaces folded. */
export function roughText(html: string): string {
  return squash(
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&([a-z]+);/gi, (m, n: string) => ENTITIES[n.toLowerCase()] ?? m),
  ).replace(/\s+([,.;:!?])/g, '$1');
}

/** The first long paragraph of the article, as Readability sees it. */
function firstArticleParagraph(html: string, url: string): string | null {
  const window = inertWindow(url);
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const article = new Readability(doc as unknown as Document).parse();
    if (!article?.content) return null;
    const frag = new window.DOMParser().parseFromString(article.content, 'text/html');
    for (const p of frag.querySelectorAll('p')) {
      const text = squash(p.textContent ?? '');
      if (text.length >= MIN_PARAGRAPH) return text;
    }
    return null;
  } finally {
    window.happyDOM.abort();
    window.close();
  }
}

/** Inserts `<p>text</p>` after the paragraph of `html` that starts like `paragraph`. */
export function plantAfter(
  html: string,
  paragraph: string | null,
  text: string,
): { html: string; after: string } | null {
  const paragraphs = [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p\s*>/gi)];
  const norm = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
  const head = paragraph ? norm(paragraph).slice(0, 60) : '';
  let match = head
    ? paragraphs.find((m) => norm(roughText(m[1] ?? '')).startsWith(head))
    : undefined;
  // Fallback: the first long paragraph after <article> or <body>.
  if (!match) {
    const from = Math.max(html.search(/<article\b/i), html.search(/<body\b/i), 0);
    match = paragraphs.find(
      (m) => (m.index ?? 0) > from && roughText(m[1] ?? '').length >= MIN_PARAGRAPH,
    );
  }
  if (!match || match.index === undefined) return null;
  const at = match.index + match[0].length;
  const planted = `<p data-bench-planted="">${text}</p>`;
  return {
    html: html.slice(0, at) + planted + html.slice(at),
    after: roughText(match[1] ?? '').slice(0, 80),
  };
}

function main(): void {
  for (const [repo, dir] of Object.entries(MIRRORS)) {
    if (!existsSync(dir)) {
      console.error(
        `Mirror of ${repo} missing at ${dir}. Get it with the search tool's fetch of github:${repo} (it writes /work/.mirror/${repo.replace('/', '+')}/repo), then run npm run pages:fetch again.`,
      );
      process.exit(1);
    }
  }
  mkdirSync(OUT, { recursive: true });
  const manifest: ManifestEntry[] = [];
  const commits = new Map<string, string>();
  for (const page of REAL_PAGES as RealPage[]) {
    const dir = MIRRORS[page.repo];
    const commit = commits.get(dir) ?? git(dir, ['rev-parse', 'HEAD']).trim();
    commits.set(dir, commit);
    let html: string;
    try {
      html = git(dir, ['show', `${commit}:${page.path}`]);
    } catch {
      console.error(`${page.repo} has no ${page.path} at ${commit.slice(0, 12)}`);
      process.exit(1);
    }
    const source = { repo: page.repo, path: page.path, commit };
    writeFileSync(join(OUT, `${page.name}.html`), html);
    manifest.push({
      name: page.name,
      file: `${page.name}.html`,
      source,
      lang: page.lang,
      host: page.host,
      offTopic: true,
      planted: false,
    });
    if (page.plant === undefined) continue;
    const plant = PLANTS[page.plant];
    if (!plant) throw new Error(`${page.name}: no planted paragraph ${page.plant}`);
    const paragraph = firstArticleParagraph(html, `https://${page.host}/bench/${page.name}.html`);
    const planted = plantAfter(html, paragraph, plant.text);
    if (!planted) {
      console.error(`${page.name}: no paragraph to plant after; skipped`);
      continue;
    }
    const name = `${page.name}--planted`;
    writeFileSync(join(OUT, `${name}.html`), planted.html);
    manifest.push({
      name,
      file: `${name}.html`,
      source,
      lang: page.lang,
      host: page.host,
      offTopic: false,
      planted: true,
      plantedFrom: page.name,
      plantedText: plant.text,
      expectedEntities: plant.entities,
      plantedAfter: planted.after,
    });
    console.log(`${name}: after "${planted.after}…"${paragraph ? '' : ' (fallback)'}`);
  }
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const planted = manifest.filter((m) => m.planted).length;
  console.log(
    `${manifest.length - planted} pages + ${planted} planted copies written to ${OUT} (git-ignored)`,
  );
}

main();
