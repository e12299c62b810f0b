/**
 * A small import reader for convention tests: which modules a source file imports (static
 * `import`/`export … from`, side-effect `import '…'` and dynamic `import('…')`), resolved to
 * repository paths or `package:` names. Text only: it runs no bundler, so a test stays fast.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..');

export interface Import {
  /** As written: './words', '../text', 'wxt/browser'. */
  spec: string;
  /** Absolute path of the file it resolves to, `package:<spec>`, or null when not found. */
  target: string | null;
  /** `import type` / `export type`: erased from the build. */
  typeOnly: boolean;
  /** `import('…')`: loaded when run, in its own chunk. */
  dynamic: boolean;
}

export function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/') || spec.startsWith('~/')) base = join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return `package:${spec}`;
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

const STATIC = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm;
const SIDE_EFFECT = /^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The imports of one source file. */
export function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  const add = (spec: string, typeOnly: boolean, dynamic: boolean) =>
    out.push({ spec, target: resolveImport(file, spec), typeOnly, dynamic });
  for (const m of text.matchAll(STATIC)) add(m[3] as string, m[2] !== undefined, false);
  for (const m of text.matchAll(SIDE_EFFECT)) add(m[1] as string, false, false);
  for (const m of text.matchAll(DYNAMIC)) add(m[1] as string, false, true);
  return out;
}

/**
 * Every module (file or package) `entry` reaches through static value imports: what is bundled
 * with it (not `import type`, not `import('…')`).
 */
export function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.startsWith('package:') || !/\.(ts|tsx)$/.test(file)) continue;
    for (const i of importsOf(file))
      if (i.target && !i.typeOnly && !i.dynamic) queue.push(i.target);
  }
  return seen;
}

/** The .ts/.tsx files below `dir` (a path relative to the repository), as relative paths. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f))
    .sort();
}

/** A path relative to the repository, or the `package:` name as it is. */
export function repoPath(target: string): string {
  return target.startsWith('package:') ? target : relative(root, target);
}
