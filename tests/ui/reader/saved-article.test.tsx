/**
 * A saved article in the reader: the address of a passage of the reader's library opens the
 * article as the page described itself, with when it was saved, its original address, and its
 * passages in order, the name it was opened for marked.
 */
import { describe, expect, it } from 'vitest';
import { ReaderApp, type ReaderRoute } from '../../../lib/ui/reader';
import { libraryReader } from '../../../lib/ui/reader/name-page';
import { axeViolations, mount } from '../helpers';
import { fixtureLibrary, PLAN, UNDATED } from './library-fixture';
import { lookup, readerSources } from './sources';

async function open(route: ReaderRoute) {
  const library = libraryReader(await fixtureLibrary());
  const root = mount(
    <ReaderApp
      corpus={lookup}
      sources={readerSources({ library })}
      route={route}
      theme="dark"
      onSearch={() => {}}
    />,
  );
  await expect.poll(() => root.querySelector('h2')?.textContent ?? null).not.toBeNull();
  return root;
}

const facts = (root: Element) =>
  [...root.querySelectorAll('.rd-facts dt')].map(
    (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
  );

describe('a saved article in the reader', () => {
  it('shows what the page said about itself, when it was saved and where it came from', async () => {
    const root = await open({ view: 'doc', docId: PLAN, passageId: null });
    expect(root.querySelector('#doc-title')?.textContent).toBe('Harfuch’s plan, explained');
    expect(root.querySelector('.rd-badge')?.textContent).toBe('From your library');
    expect(facts(root)).toEqual([
      'Site: The Border Ledger',
      'Author: Lucía Ortega',
      'Date: 2 March 2025',
      'Saved: 1 December 2026',
      'Original: Read it on The Border Ledger',
    ]);
    expect(root.querySelector('.rd-facts a')?.getAttribute('href')).toBe(`${PLAN}?utm_source=feed`);
    await expect.poll(() => document.title).toBe('Harfuch’s plan, explained · Frontera');
  });

  it('lists its passages in order, page text as text', async () => {
    const root = await open({ view: 'doc', docId: PLAN, passageId: null });
    expect([...root.querySelectorAll('.rd-passage .rd-text')].map((p) => p.textContent)).toEqual([
      'Claudia Sheinbaum backed the plan; the Sinaloa Cartel would be first.',
      'Critics asked how officers would be vetted.',
      'Sheinbaum said <b>the units</b> would report monthly.',
    ]);
    expect(root.querySelector('.rd-passage b')).toBeNull();
    expect(root.querySelector('mark')).toBeNull();
  });

  it('opens at the passage, with the name it was opened for marked in every passage', async () => {
    const root = await open({
      view: 'doc',
      docId: PLAN,
      passageId: `${PLAN}#3`,
      entityId: 'claudia-sheinbaum',
    });
    await expect
      .poll(() => root.querySelector('.rd-current')?.getAttribute('data-passage-id'))
      .toBe(`${PLAN}#3`);
    expect(root.querySelector('.rd-current')?.getAttribute('aria-current')).toBe('location');
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Claudia Sheinbaum',
      'Sheinbaum',
    ]);
  });

  it('says when the page stated no date', async () => {
    const root = await open({ view: 'doc', docId: UNDATED, passageId: null });
    expect(facts(root)).toContain('Date: not stated');
    expect(facts(root)).toContain('Saved: 1 November 2026');
  });

  it('says so when neither the corpus nor the library has the document', async () => {
    const root = await open({ view: 'doc', docId: 'https://gone.example/', passageId: null });
    expect(root.querySelector('h2')?.textContent).toBe('Document not found');
    expect(root.textContent).toContain(
      'Neither the corpus nor your library has a document “https://gone.example/”.',
    );
  });

  it('has no axe violations', async () => {
    const root = await open({ view: 'doc', docId: PLAN, passageId: `${PLAN}#1` });
    expect(await axeViolations(root)).toEqual([]);
  });
});
