import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { buildCard, type CardView } from '../../lib/corpus/card';
import type { Mention } from '../../lib/match';
import EntityCard from '../../lib/ui/components/EntityCard';
import { setUiLanguage } from '../i18n/catalogue';
import { axeViolations, corpus, mount, testLinks } from './helpers';

function card(id = 'claudia-sheinbaum', page: string[] = []): CardView {
  const c = buildCard(corpus, id, page);
  if (!c) throw new Error(`fixture has no ${id}`);
  return c;
}

describe('EntityCard', () => {
  it('shows the name, a readable type, the summary and the excerpts with their sources', () => {
    const root = mount(<EntityCard card={card()} links={testLinks} />);
    expect(root.querySelector('h2')?.textContent).toBe('Claudia Sheinbaum');
    expect(root.querySelector('.fr-type')?.textContent).toBe('Person');
    expect(root.textContent).toContain('President of Mexico since October 2024.');
    const excerpts = root.querySelectorAll('.fr-excerpt');
    expect(excerpts).toHaveLength(3);
    const first = excerpts[0] as HTMLElement;
    expect(first.querySelector('.fr-quote')?.textContent).toBe(
      'President Claudia Sheinbaum rejected the designation.',
    );
    expect(first.querySelector('.fr-source')?.textContent).toBe(
      'Trump Designates Cartels · Time News · 21 January 2025 (implied)',
    );
  });

  it('marks the name inside each excerpt', () => {
    const root = mount(<EntityCard card={card()} links={testLinks} />);
    const marks = [...root.querySelectorAll('.fr-excerpt mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Claudia Sheinbaum', 'CLAUDIA SHEINBAUM', 'Sheinbaum']);
  });

  it('says "date not stated" rather than guessing, and leaves out an unknown outlet', () => {
    const root = mount(<EntityCard card={card()} links={testLinks} />);
    const spanish = root.querySelectorAll('.fr-source')[1];
    expect(spanish?.textContent).toBe('Desafíos de seguridad · date not stated');
  });

  it('links each excerpt to the reader at its passage, in a new tab', () => {
    const root = mount(<EntityCard card={card()} links={testLinks} />);
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Read in context');
    expect(link?.getAttribute('href')).toBe(
      'chrome-extension://test/reader.html#doc=news-one&p=news-one/01',
    );
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
  });

  it('links a podcast passage to the video at its timestamp', () => {
    const root = mount(<EntityCard card={card('donald-trump')} links={testLinks} />);
    const watch = [...root.querySelectorAll('a')].find((a) => a.textContent?.startsWith('Watch'));
    expect(watch?.textContent).toBe('Watch at 03:30');
    expect(watch?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=xPBejhoKlb8&t=210s');
  });

  it("links to the name's page and offers a corpus search for the entity", () => {
    const root = mount(<EntityCard card={card()} links={testLinks} />);
    const [page, search] = [...root.querySelectorAll('.fr-foot a')];
    expect(page?.textContent).toBe('Everything on Claudia Sheinbaum');
    expect(page?.getAttribute('href')).toBe(
      'chrome-extension://test/reader.html#name=claudia-sheinbaum',
    );
    expect(search?.getAttribute('href')).toBe(
      'chrome-extension://test/popup.html?q=Claudia%20Sheinbaum',
    );
  });

  it("shows a reader's name with the reader's note apart, and saved excerpts as saved", () => {
    const base = card();
    const first = base.excerpts[0];
    if (!first) throw new Error('fixture card has no excerpt');
    const saved = {
      ...first,
      document: {
        ...first.document,
        date: null,
        dateBasis: 'unknown' as const,
        saved: { url: 'https://example.com/story', savedAt: '2025-03-05T10:00:00Z', pack: null },
      },
    };
    const mine = {
      ...base,
      entity: {
        ...base.entity,
        id: 'mine:ovidio',
        name: 'Ovidio Guzmán',
        summary: '',
        reader: { note: 'Son of El Chapo <b>not bold</b>', pack: null },
      },
      excerpts: [saved],
    };
    const root = mount(<EntityCard card={mine} links={testLinks} />);
    expect(root.querySelector('.fr-type')?.textContent).toBe('Person · Your name');
    expect(root.querySelector('.fr-summary')).toBeNull();
    expect(root.querySelector('.fr-note-text')?.textContent).toBe(
      'Son of El Chapo <b>not bold</b>',
    );
    expect(root.querySelector('.fr-note b')).toBeNull();
    expect(root.querySelector('.fr-source')?.textContent).toMatch(
      /^Saved .* · saved 5 March 2025$/,
    );
    const original = [...root.querySelectorAll('.fr-excerpt a')].find(
      (a) => a.textContent === 'Original article',
    );
    expect(original?.getAttribute('href')).toBe('https://example.com/story');
  });

  it('hands extension links to openExtensionPage when given one (web pages cannot open them)', () => {
    const open = vi.fn();
    const root = mount(
      <EntityCard card={card()} links={{ ...testLinks, openExtensionPage: open }} />,
    );
    (root.querySelector('.fr-excerpt a') as HTMLAnchorElement).click();
    expect(open).toHaveBeenCalledWith(
      'chrome-extension://test/reader.html#doc=news-one&p=news-one/01',
    );
  });

  it('notes a fuzzy match and says nothing for an exact one', () => {
    const fuzzy: Mention = {
      start: 0,
      end: 9,
      text: 'Sheinbuam',
      entityId: 'claudia-sheinbaum',
      method: 'fuzzy',
      score: 0.8,
      alias: 'Sheinbaum',
    };
    const root = mount(<EntityCard card={card()} mention={fuzzy} links={testLinks} />);
    expect(root.querySelector('.fr-match-note')?.textContent).toBe(
      'Matched “Sheinbuam” as Claudia Sheinbaum (close spelling)',
    );
    render(
      <EntityCard card={card()} mention={{ ...fuzzy, method: 'exact' }} links={testLinks} />,
      root,
    );
    expect(root.querySelector('.fr-match-note')).toBeNull();
  });

  it('says why an excerpt was chosen only when the page lifted it', () => {
    const root = mount(
      <EntityCard
        card={card('claudia-sheinbaum', ['fentanyl', 'sinaloa-cartel'])}
        links={testLinks}
      />,
    );
    const why = [...root.querySelectorAll('.fr-why')].map((w) => w.textContent);
    expect(why).toEqual(['Also mentions Fentanyl and Sinaloa Cartel, as this page does.']);
  });

  it('says nothing about shared entities when the corpus would have ranked the excerpt there anyway', () => {
    const root = mount(<EntityCard card={card('amlo', ['donald-trump'])} links={testLinks} />);
    expect(root.querySelector('.fr-why')).toBeNull();
  });

  it('shows related entities as buttons that ask for their card', () => {
    const select = vi.fn();
    const root = mount(<EntityCard card={card()} links={testLinks} onSelectEntity={select} />);
    const chips = [...root.querySelectorAll('button.fr-chip')];
    expect(chips.map((c) => c.textContent)).toEqual([
      'Andrés Manuel López Obrador',
      'Sinaloa Cartel',
    ]);
    (chips[1] as HTMLButtonElement).click();
    expect(select).toHaveBeenCalledWith('sinaloa-cartel');
  });

  it('renders markup in corpus text as text, never as HTML', () => {
    const c = card();
    const hostile = corpus.passages.find((p) => p.id === 'news-one/03');
    if (!hostile) throw new Error('fixture');
    const view: CardView = {
      ...c,
      entity: { ...c.entity, name: '<b>Bold</b>', summary: '<script>alert(1)</script>' },
      excerpts: [{ ...(c.excerpts[0] as CardView['excerpts'][0]), passage: hostile, marks: [] }],
    };
    const root = mount(<EntityCard card={view} links={testLinks} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain(
      'Sheinbaum said <img src=x onerror=alert(1)> was not a plan.',
    );
    expect(root.querySelector('h2')?.textContent).toBe('<b>Bold</b>');
  });

  it("speaks Spanish when the browser's UI is Spanish (corpus text stays as written)", () => {
    setUiLanguage('es');
    try {
      const root = mount(<EntityCard card={card()} links={testLinks} />);
      expect(root.querySelector('.fr-card')?.getAttribute('lang')).toBe('es');
      expect(root.querySelector('.fr-type')?.textContent).toBe('Persona');
      const sources = [...root.querySelectorAll('.fr-source')].map((s) => s.textContent);
      expect(sources[0]).toBe(
        'Trump Designates Cartels · Time News · 21 de enero de 2025 (deducida)',
      );
      expect(sources[1]).toBe('Desafíos de seguridad · fecha no indicada');
      expect(root.querySelector('.fr-excerpt a')?.textContent).toBe('Leer en contexto');
      expect([...root.querySelectorAll('.fr-foot a')].map((a) => a.textContent)).toEqual([
        'Todo sobre Claudia Sheinbaum',
        'Buscar «Claudia Sheinbaum» en el corpus',
      ]);
    } finally {
      setUiLanguage('en');
    }
  });

  it('says so when no excerpt names the entity, and shows related names as plain labels without a handler', () => {
    const root = mount(<EntityCard card={{ ...card(), excerpts: [] }} links={testLinks} />);
    expect(root.querySelector('.fr-empty')?.textContent).toBe(
      'No excerpt in the corpus names it directly.',
    );
    expect(root.querySelectorAll('button')).toHaveLength(0);
    expect([...root.querySelectorAll('.fr-chip')].map((c) => c.textContent)).toEqual([
      'Andrés Manuel López Obrador',
      'Sinaloa Cartel',
    ]);
  });

  it('has no axe violations', async () => {
    const root = mount(
      <main>
        <EntityCard card={card()} links={testLinks} onSelectEntity={() => {}} />
      </main>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });
});
