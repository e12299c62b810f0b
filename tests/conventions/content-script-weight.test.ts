/**
 * The content script runs on every page of the news sites, most of them off topic: it must not
 * bring the card's UI, the matcher or the knowledge base with it (they live in the card-ui
 * script and the background). Follows the value imports (not `import type`) from the entrypoint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/') || spec.startsWith('~/')) base = join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return `package:${spec}`;
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const p = base + ext;
    if (existsSync(p) && !p.endsWith('/')) {
      try {
        readFileSync(p);
        return p;
      } catch {
        // a folder
      }
    }
  }
  return null;
}

/** Every module (file or package) the entry reaches through value imports. */
function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.startsWith('package:') || !/\.(ts|tsx)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const imports = text.matchAll(
      /^\s*(?:import|export)\s+(?!type\b)[^'";]*?from\s+['"]([^'"]+)['"]/gm,
    );
    for (const m of imports) {
      const target = resolveImport(file, m[1] as string);
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe('the content script stays light', () => {
  const reached = [...reach(join(root, 'entrypoints/content/index.ts'))].map((p) =>
    p.startsWith('package:') ? p : p.slice(root.length + 1),
  );

  it.each([
    ['preact', (p: string) => p.startsWith('package:preact')],
    ['@floating-ui', (p: string) => p.startsWith('package:@floating-ui')],
    ['fuse.js', (p: string) => p === 'package:fuse.js'],
    [
      'the card UI',
      (p: string) => p.startsWith('lib/ui/popover') || p.startsWith('lib/ui/components'),
    ],
    ['the matcher', (p: string) => p.startsWith('lib/match/')],
    ['the knowledge base', (p: string) => p.includes('public/data/')],
    ['@mozilla/readability', (p: string) => p.startsWith('package:@mozilla/readability')],
  ])('does not import %s', (_what, bad) => {
    expect(reached.filter(bad)).toEqual([]);
  });

  it('does reach the page layer (the test follows imports)', () => {
    expect(reached).toContain('lib/page/controller.ts');
  });
});
