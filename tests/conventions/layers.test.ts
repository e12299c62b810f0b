/**
 * Dependencies point one way. Each folder of lib/ (and each entrypoint) sits in a layer; a file
 * may import from its own folder and from folders of lower layers, never from a higher layer nor
 * from another folder of its own layer. `import type` counts: a type import is a dependency too
 * (and a cycle of types is the start of a cycle of code). docs/ARCHITECTURE.md draws the same
 * layers.
 *
 * Where today's code breaks the rule, the import is listed in KNOWN_DEBT with why; an entry that
 * is no longer needed fails the test, so the list can only shrink.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, reach, repoPath, root, sourceFiles } from './imports';

/** Lowest first. A folder may import only from the layers before its own. */
const LAYERS: readonly (readonly string[])[] = [
  // Folding, words, letter pairs: what everything that reads text shares. Imports nothing.
  ['lib/text'],
  // The mention matcher: owns its input types (aliases with rules, the precompiled table).
  ['lib/match'],
  // The corpus: data shapes, the build (Node), cards.
  ['lib/corpus'],
  // Judging a page's topic from mentions; the UI's words.
  ['lib/topic', 'lib/i18n'],
  // Every setting, its default and every browser.storage item Frontera keeps; the library.
  ['lib/settings', 'lib/library'],
  // What runs in the page (content-script logic), corpus search, the sites Frontera runs on.
  ['lib/page', 'lib/search', 'lib/sites'],
  // The one message protocol between content script, card UI, background and popup; the corpus
  // as extension pages and the background read it (fetched once, shared indexes).
  ['lib/messages', 'lib/corpus-client'],
  // Preact components, the popover, the reader.
  ['lib/ui'],
  // The background's parts; the shell every extension page shares.
  ['lib/background', 'lib/extension-page'],
  // What wires it all: WXT entrypoints, each on its own, and the command line.
  ['lib/cli', 'entrypoints/*'],
];

/** Folders that never touch the browser API (and never reach a module that does). */
const BROWSER_FREE = [
  'lib/text',
  'lib/match',
  'lib/corpus',
  'lib/topic',
  'lib/library',
  'lib/page',
];

/** Packages that are the browser API (WXT's wrappers and the polyfill). */
const BROWSER_PACKAGES = /^package:(wxt(\/|$)|#imports$|webextension-polyfill$|@wxt-dev\/)/;

/**
 * Imports that break the rule today, each with why it is there and what removes it. Files named
 * here are being reworked by the messaging part of issue 11 (typed protocol, content composer).
 */
// Empty today: add an entry (file, the folder it imports, why) only with a plan to remove it.
const KNOWN_DEBT: readonly { file: string; imports: string; why: string }[] = [];

function folderOf(path: string): string | null {
  const parts = path.split('/');
  if ((parts[0] === 'lib' || parts[0] === 'entrypoints') && parts.length > 2) {
    return `${parts[0]}/${parts[1]}`;
  }
  return null;
}

function layerOf(folder: string): number {
  return LAYERS.findIndex((layer) =>
    layer.some((f) => f === folder || (f.endsWith('/*') && folder.startsWith(f.slice(0, -1)))),
  );
}

const FOLDERS = ['lib', 'entrypoints'].flatMap((top) =>
  readdirSync(join(root, top), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${top}/${d.name}`),
);

/** Every project import between folders: [file, folder it imports]. */
const EDGES = FOLDERS.flatMap((folder) =>
  sourceFiles(folder).flatMap((file) =>
    importsOf(join(root, file))
      .map((i) => (i.target ? folderOf(repoPath(i.target)) : null))
      .filter((to): to is string => to !== null && to !== folder)
      .map((to) => ({ file, from: folder, to })),
  ),
);

const isDebt = (e: { file: string; to: string }) =>
  KNOWN_DEBT.some((d) => d.file === e.file && d.imports === e.to);

describe('dependencies point one way', () => {
  it('every folder of lib/ and entrypoints/ has a layer', () => {
    expect(FOLDERS.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it.each(FOLDERS)('%s imports only from lower layers', (folder) => {
    const wrong = EDGES.filter((e) => e.from === folder && !isDebt(e))
      .filter((e) => layerOf(e.to) >= layerOf(e.from))
      .map((e) => `${e.file} → ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it('the known debt is still owed (remove an entry once its import is gone)', () => {
    const paid = KNOWN_DEBT.filter(
      (d) => !EDGES.some((e) => e.file === d.file && e.to === d.imports),
    );
    expect(paid).toEqual([]);
  });

  it('lib/text is a leaf: it imports nothing of the project and no package', () => {
    const out = sourceFiles('lib/text').flatMap((file) =>
      importsOf(join(root, file))
        .map((i) => (i.target ? repoPath(i.target) : i.spec))
        .filter((t) => !t.startsWith('lib/text/'))
        .map((t) => `${file} → ${t}`),
    );
    expect(out).toEqual([]);
  });

  it('only entrypoints import the built knowledge base (lib/ takes it as a parameter)', () => {
    const out = FOLDERS.filter((f) => f.startsWith('lib/')).flatMap((folder) =>
      sourceFiles(folder).flatMap((file) =>
        importsOf(join(root, file))
          .filter((i) => i.target && repoPath(i.target).startsWith('public/data/'))
          .map((i) => `${file} → ${i.spec}`),
      ),
    );
    expect(out).toEqual([]);
  });
});

/** Source text without comments (so "no `browser.*`" in a doc comment does not count). */
function code(file: string): string {
  return readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe.each(BROWSER_FREE)('%s never touches the browser API', (folder) => {
  const files = sourceFiles(folder);

  it('reaches no WXT or polyfill module through its value imports', () => {
    const out = files.flatMap((file) =>
      [...reach(join(root, file))]
        .map(repoPath)
        .filter((m) => BROWSER_PACKAGES.test(m))
        .map((m) => `${file} → ${m}`),
    );
    expect([...new Set(out)]).toEqual([]);
  });

  it('uses no browser.* or chrome.* global', () => {
    const out = files.filter((file) => /(?<![\w.$])(browser|chrome)\s*\.\s*\w/.test(code(file)));
    expect(out).toEqual([]);
  });
});
