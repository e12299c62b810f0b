/**
 * The reader's page for a name, as the reader sees it: what the name is (the corpus's summary or
 * the reader's own note, each under its own heading), every passage that mentions it from the
 * corpus and the library grouped by source in date order, and the names seen with it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ReaderApp, type ReaderLibrary } from '../../../lib/ui/reader';
import { libraryReader } from '../../../lib/ui/reader/name-page';
import { setUiLanguage } from '../../i18n/catalogue';
import { axeViolations, mount } from '../helpers';
import { BARREDORA, fixtureLibrary, NAMES, PLAN } from './library-fixture';
import { lookup, readerSources } from './sources';

async function namePage(entityId: string, library?: ReaderLibrary) {
  const root = mount(
    <ReaderApp
      corpus={lookup}
      sources={readerSources({ library: library ?? libraryReader(await fixtureLibrary()) })}
      route={{ view: 'name', entityId }}
      theme="light"
      onSearch={() => {}}
    />,
  );
  return root;
}

const text = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) =>
    (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

/** Waits until the library's part has been read (its "reading" line is gone). */
async function settled(root: Element) {
  await expect
    .poll(() => !!root.querySelector('h2') && !root.querySelector('.rd-note-line[role="status"]'))
    .toBe(true);
}

afterEach(() => setUiLanguage('en'));

describe('a bundled name’s page', () => {
  it('says what the name is, in the corpus’s words', async () => {
    const root = await namePage('claudia-sheinbaum');
    await settled(root);
    expect(root.querySelector('h2')?.textContent).toBe('Claudia Sheinbaum');
    expect(root.querySelector('.rd-type')?.textContent).toBe('Person');
    expect(root.querySelector('.rd-aliases')?.textContent).toBe(
      'Also written: Sheinbaum, Claudia Sheinbaum Pardo',
    );
    expect(text(root, '.rd-summary h3')).toEqual(['Summary']);
    expect(text(root, '.rd-summary p')).toEqual(['President of Mexico since October 2024.']);
    expect(root.querySelector('.rd-note')).toBeNull();
    await expect.poll(() => document.title).toBe('Claudia Sheinbaum · Frontera');
  });

  it('lists the corpus’s and the library’s passages by source, in date order', async () => {
    const root = await namePage('claudia-sheinbaum');
    await settled(root);
    expect(root.querySelector('#passages-title')?.textContent).toBe('Passages that mention it (8)');
    expect(text(root, '.rd-source-title')).toEqual([
      'Before the election',
      'Trump Designates Cartels',
      'Harfuch’s plan, explained',
      'Desafíos de seguridad',
      'Tabasco notes',
    ]);
    const metas = text(root, '.rd-source > .rd-meta');
    expect(metas[1]).toBe('News article · Time News · 21 January 2025 (implied)');
    expect(metas[2]).toBe(
      'Saved article · The Border Ledger · Lucía Ortega · 2 March 2025 · Saved on 1 December 2026 · Read it on The Border Ledger',
    );
    expect(metas[4]).toBe(
      'Saved article · Noticias del Sur · date not stated · Saved on 1 November 2026 · Read it on Noticias del Sur',
    );
    const original = root.querySelector(`[data-doc-id="${PLAN}"] .rd-meta a`);
    expect(original?.getAttribute('href')).toBe(`${PLAN}?utm_source=feed`);
  });

  it('marks the name in each passage, as text, and links each to its place in the document', async () => {
    const root = await namePage('claudia-sheinbaum');
    await settled(root);
    const plan = root.querySelector(`[data-doc-id="${PLAN}"]`) as Element;
    expect(text(plan, '.rd-name-passage .rd-text')).toEqual([
      'Claudia Sheinbaum backed the plan; the Sinaloa Cartel would be first.',
      'Sheinbaum said <b>the units</b> would report monthly.',
    ]);
    expect(text(plan, 'mark')).toEqual(['Claudia Sheinbaum', 'Sheinbaum']);
    expect(plan.querySelector('b')).toBeNull();
    const links = [...plan.querySelectorAll('.rd-name-passage a')];
    expect(links.map((a) => a.textContent)).toEqual(['Read in context', 'Read in context']);
    expect(links[1]?.getAttribute('href')).toBe(
      `#${new URLSearchParams({ doc: PLAN, p: `${PLAN}#3`, e: 'claudia-sheinbaum' })}`,
    );
    expect(text(root, '[data-doc-id="news-two"] mark')).toEqual(['CLAUDIA SHEINBAUM']);
  });

  it('lists the names seen with it, how often, each linking to its own page', async () => {
    const root = await namePage('claudia-sheinbaum');
    await settled(root);
    expect(text(root, '.rd-seen li')).toEqual([
      'Sinaloa Cartel Criminal group · 2 passages together',
      'Andrés Manuel López Obrador Person · 1 passage together',
      'Fentanyl Topic · 1 passage together',
      'La Barredora Criminal group · 1 passage together',
    ]);
    expect(root.querySelector('.rd-seen a')?.getAttribute('href')).toBe('#name=sinaloa-cartel');
  });

  it('still shows the corpus’s passages when the library cannot be read, and says so', async () => {
    const broken: ReaderLibrary = {
      nameSlice: async () => {
        throw new Error('the database is blocked');
      },
      article: async () => null,
      articles: async () => [],
      remove: async () => {},
    };
    const root = await namePage('claudia-sheinbaum', broken);
    await expect
      .poll(() => root.querySelector('[role="alert"]')?.textContent)
      .toBe(
        "Your library could not be read (the database is blocked); only the corpus's passages are listed.",
      );
    expect(text(root, '.rd-source-title')).toEqual([
      'Trump Designates Cartels',
      'Desafíos de seguridad',
    ]);
  });

  it('shows the corpus’s part while the library is still being read', async () => {
    const slow: ReaderLibrary = {
      nameSlice: () => new Promise(() => {}),
      article: async () => null,
      articles: async () => [],
      remove: async () => {},
    };
    const root = await namePage('claudia-sheinbaum', slow);
    await expect
      .poll(() => root.querySelector('[role="status"]')?.textContent)
      .toBe('Reading your library…');
    expect(text(root, '.rd-source-title')).toHaveLength(2);
  });
});

describe('the reader’s own name', () => {
  it('shows the reader’s note as theirs, and no corpus summary', async () => {
    const root = await namePage(BARREDORA);
    await settled(root);
    expect(root.querySelector('h2')?.textContent).toBe('La Barredora');
    expect(text(root, '.rd-name > .rd-meta')).toEqual(['Criminal group · Your name']);
    expect(text(root, '.rd-note h3')).toEqual(['Your note']);
    expect(text(root, '.rd-note p')).toEqual(['A group I keep meeting in Tabasco stories.']);
    expect(root.querySelector('.rd-summary')).toBeNull();
    expect(text(root, '.rd-source-title')).toEqual(['Tabasco notes']);
    expect(text(root, '.rd-source mark')).toEqual(['La Barredora']);
  });

  it('says the reader wrote no note, rather than showing an empty one', async () => {
    const db = await fixtureLibrary(NAMES.map((n) => ({ ...n, note: null })));
    const root = await namePage(BARREDORA, libraryReader(db));
    await settled(root);
    expect(text(root, '.rd-note p')).toEqual(['You wrote no note for this name.']);
  });

  it('waits for the library before saying anything about the reader’s name', async () => {
    const slow: ReaderLibrary = {
      nameSlice: () => new Promise(() => {}),
      article: async () => null,
      articles: async () => [],
      remove: async () => {},
    };
    const root = await namePage(BARREDORA, slow);
    await expect.poll(() => root.textContent).toContain('Reading your library…');
    expect(root.textContent).not.toContain('Name not found');
  });
});

describe('a name no one knows', () => {
  it('says so in words', async () => {
    const root = await namePage('mine:removed');
    await settled(root);
    expect(root.querySelector('h2')?.textContent).toBe('Name not found');
    expect(root.textContent).toContain('Frontera knows no name “mine:removed”');
  });
});

describe('the name’s page, accessible and in Spanish', () => {
  it('has no axe violations, for a bundled name and the reader’s own', async () => {
    for (const id of ['claudia-sheinbaum', BARREDORA]) {
      const root = await namePage(id);
      await settled(root);
      expect(await axeViolations(root)).toEqual([]);
      document.body.innerHTML = '';
    }
  });

  it('speaks Spanish in a Spanish browser', async () => {
    setUiLanguage('es');
    const root = await namePage('claudia-sheinbaum');
    await settled(root);
    expect(root.querySelector('#summary-title')?.textContent).toBe('Resumen');
    expect(root.querySelector('#seen-title')?.textContent).toBe('Aparece junto a');
    expect(text(root, '.rd-source > .rd-meta')[2]).toBe(
      'Artículo guardado · The Border Ledger · Lucía Ortega · 2 de marzo de 2025 · Guardado el 1 de diciembre de 2026 · Leerlo en The Border Ledger',
    );
    expect(text(root, '.rd-name-passage a')[0]).toBe('Leer en contexto');
  });
});
