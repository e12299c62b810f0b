/**
 * The reader's search is the popup's: typo-tolerant over the corpus's names and passages, with
 * the reader's library after them and a filter to keep to either side. Names open their page,
 * passages their document at that passage.
 */
import { describe, expect, it, vi } from 'vitest';
import type { LibrarySearchReply } from '../../../lib/messages';
import { ReaderApp } from '../../../lib/ui/reader';
import { axeViolations, mount } from '../helpers';
import { BARREDORA, PLAN } from './library-fixture';
import { lookup, NO_LIBRARY_HITS, readerSources } from './sources';

const SAVED: LibrarySearchReply = {
  names: [{ id: BARREDORA, name: 'La Barredora', type: 'criminal-group', note: null }],
  passages: [
    {
      id: `${PLAN}#1`,
      articleId: PLAN,
      text: 'Claudia Sheinbaum backed the plan; the Sinaloa Cartel would be first.',
      ranges: [[8, 17]],
      title: 'Harfuch’s plan, explained',
      site: 'The Border Ledger',
      date: '2025-03-02T09:00:00Z',
      savedAt: '2026-12-01T10:00:00.000Z',
    },
  ],
};

function searchFor(query: string, searchLibrary = vi.fn(async () => SAVED)) {
  const root = mount(
    <ReaderApp
      corpus={lookup}
      sources={readerSources({ searchLibrary })}
      route={{ view: 'search', query }}
      theme="light"
      onSearch={() => {}}
    />,
  );
  return { root, searchLibrary };
}

const hits = (root: Element, selector = '.rd-hit') =>
  [...root.querySelectorAll(selector)].map((h) => (h.textContent ?? '').replace(/\s+/g, ' '));

async function shown(root: Element) {
  await expect.poll(() => root.querySelector('[role="status"]')?.textContent).toMatch(/found$/);
}

function choose(root: Element, label: string) {
  const radio = [...root.querySelectorAll('.rd-filter label')]
    .find((l) => l.textContent === label)
    ?.querySelector('input');
  radio?.click();
}

describe('the reader’s search', () => {
  it('forgives a typo, finds the name first and links it to the name’s page', async () => {
    const { root } = searchFor('Sheinbuam');
    await shown(root);
    const name = root.querySelector('.rd-hit-name:not(.rd-hit-mine) a');
    expect(name?.textContent).toBe('Claudia Sheinbaum');
    expect(name?.getAttribute('href')).toBe('#name=claudia-sheinbaum');
    await expect.poll(() => document.title).toBe('Sheinbuam · Frontera');
  });

  it('finds passages ignoring accents and case, marks the words, and links to the passage', async () => {
    const { root } = searchFor(
      'lopez obrador',
      vi.fn(async () => NO_LIBRARY_HITS),
    );
    await shown(root);
    const passage = root.querySelector('.rd-hit[data-passage-id="news-two/01"]');
    expect(passage?.querySelector('a')?.getAttribute('href')).toBe('#doc=news-two&p=news-two%2F01');
    expect([...(passage?.querySelectorAll('mark') ?? [])].map((m) => m.textContent)).toEqual([
      'López',
      'Obrador',
    ]);
  });

  it('lists the library’s names and saved passages after the corpus’s, with site and date', async () => {
    const { root, searchLibrary } = searchFor('sheinbaum');
    await shown(root);
    expect(searchLibrary).toHaveBeenCalledWith('sheinbaum');
    const groups = [...root.querySelectorAll('.rd-hit-group h3')].map((h) => h.textContent);
    expect(groups).toEqual(['Names', 'Passages', 'Your library']);
    expect(hits(root, '.rd-hit-mine')).toEqual([
      'La Barredora Criminal group · Your name',
      'Harfuch’s plan, explained The Border Ledger · 2 March 2025Claudia Sheinbaum backed the plan; the Sinaloa Cartel would be first.',
    ]);
    const saved = root.querySelector(`.rd-hit-mine[data-passage-id="${PLAN}#1"]`);
    expect(saved?.querySelector('a')?.getAttribute('href')).toBe(
      `#${new URLSearchParams({ doc: PLAN, p: `${PLAN}#1` })}`,
    );
    expect(saved?.querySelector('mark')?.textContent).toBe('Sheinbaum');
  });

  it('keeps to the library with "Mine" and to the corpus with "Corpus"', async () => {
    const { root, searchLibrary } = searchFor('sheinbaum');
    await shown(root);
    choose(root, 'Mine');
    await expect.poll(() => root.querySelectorAll('.rd-hit:not(.rd-hit-mine)').length).toBe(0);
    expect(root.querySelectorAll('.rd-hit-mine')).toHaveLength(2);
    expect(searchLibrary).toHaveBeenCalledTimes(1);

    searchLibrary.mockClear();
    choose(root, 'Corpus');
    await expect.poll(() => root.querySelectorAll('.rd-hit-mine').length).toBe(0);
    expect(root.querySelectorAll('.rd-hit').length).toBeGreaterThan(0);
    // The corpus alone: the library is not even asked.
    expect(searchLibrary).not.toHaveBeenCalled();
  });

  it('says so when nothing matches anywhere', async () => {
    const { root } = searchFor(
      'xqzvwkj',
      vi.fn(async () => NO_LIBRARY_HITS),
    );
    await shown(root);
    expect(root.textContent).toContain('Nothing in the corpus or your library matches “xqzvwkj”.');
  });

  it('keeps the corpus’s results when the library cannot be searched, and says why', async () => {
    const { root } = searchFor(
      'sheinbaum',
      vi.fn(async (): Promise<LibrarySearchReply> => {
        throw new Error('no background');
      }),
    );
    await expect
      .poll(() => root.querySelector('[role="alert"]')?.textContent)
      .toBe(
        "Your library could not be searched (no background); only the corpus's results are listed.",
      );
    expect(root.querySelectorAll('.rd-hit').length).toBeGreaterThan(0);
  });

  it('shows page and corpus text as text', async () => {
    const { root } = searchFor(
      'onerror',
      vi.fn(async () => NO_LIBRARY_HITS),
    );
    await shown(root);
    expect(root.querySelector('.rd-hit img')).toBeNull();
    expect(root.querySelector('.rd-hit')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('has no axe violations', async () => {
    const { root } = searchFor('sheinbaum');
    await shown(root);
    expect(await axeViolations(root)).toEqual([]);
  });
});
