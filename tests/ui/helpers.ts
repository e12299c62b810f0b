/** Shared set-up for the card tests: the fixture corpus, links that point nowhere real, and axe. */
import axe from 'axe-core';
import { type ComponentChild, render } from 'preact';
import { afterEach } from 'vitest';
import type { CorpusData } from '../../lib/corpus/types';
import type { CardLinks } from '../../lib/ui/links';
import fixture from '../fixtures/ui/corpus.json';

export const corpus = fixture as CorpusData;

export const testLinks: CardLinks = {
  readerUrl: (p) => `chrome-extension://test/reader.html#doc=${p.docId}&p=${p.id}`,
  searchUrl: (q) => `chrome-extension://test/popup.html?q=${encodeURIComponent(q)}`,
  nameUrl: (id) => `chrome-extension://test/reader.html#name=${encodeURIComponent(id)}`,
};

/** Axe violations inside `root`. Colour contrast needs real layout, which happy-dom lacks. */
export async function axeViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' | ')})`,
  );
}

/** Renders `node` into a fresh element in the body; the body is emptied after each test. */
export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});
