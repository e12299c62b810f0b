/**
 * The content script runs on every page of the news sites, most of them off topic: it must not
 * bring the card's UI, the matcher or the knowledge base with it (they live in the card-ui
 * script and the background). Follows the value imports (not `import type`) from the entrypoint.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reach, repoPath, root } from './imports';

describe('the content script stays light', () => {
  const reached = [...reach(join(root, 'entrypoints/content/index.ts'))].map(repoPath);

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
