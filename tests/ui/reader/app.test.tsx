import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { parseReaderHash, ReaderApp, readerHash } from '../../../lib/ui/reader';
import DocumentView from '../../../lib/ui/reader/DocumentView';
import { axeViolations, corpus, mount } from '../helpers';
import { lookup, readerSources } from './sources';

describe('reader addresses', () => {
  it.each([
    ['', { view: 'list' }],
    ['#doc=news-one', { view: 'doc', docId: 'news-one', passageId: null }],
    ['#doc=news-one&p=news-one%2F02', { view: 'doc', docId: 'news-one', passageId: 'news-one/02' }],
    ['#q=S%C3%A1nchez+Cordero', { view: 'search', query: 'Sánchez Cordero' }],
    ['#name=claudia-sheinbaum', { view: 'name', entityId: 'claudia-sheinbaum' }],
    ['#suggestions', { view: 'suggestions' }],
    [
      '#doc=https%3A%2F%2Fb.example%2Fa&p=https%3A%2F%2Fb.example%2Fa%232&e=mine%3Ax',
      {
        view: 'doc',
        docId: 'https://b.example/a',
        passageId: 'https://b.example/a#2',
        entityId: 'mine:x',
      },
    ],
  ])('%s is %j', (hash, route) => {
    expect(parseReaderHash(hash)).toEqual(route);
  });

  it('round-trips a passage address', () => {
    const route = { view: 'doc', docId: 'pod', passageId: 'pod/01' } as const;
    expect(parseReaderHash(readerHash(route))).toEqual(route);
  });
});

describe('the corpus reader', () => {
  it('lists every document with its metadata', () => {
    const root = mount(
      <ReaderApp
        corpus={lookup}
        sources={readerSources()}
        route={{ view: 'list' }}
        theme="light"
        onSearch={() => {}}
      />,
    );
    const docs = [...root.querySelectorAll('.rd-doc')];
    expect(docs).toHaveLength(3);
    expect(docs[0]?.textContent).toContain('Trump Designates Cartels');
    expect(docs[0]?.textContent).toContain('News article · Time News · 21 January 2025 (implied)');
    expect(docs[1]?.textContent).toContain('date not stated');
    expect(docs[0]?.querySelector('a')?.getAttribute('href')).toBe('#doc=news-one');
  });

  it('opens a document at a passage: scrolls to it and marks it as the current one', () => {
    const scroll = vi.fn();
    let root = document.body;
    act(() => {
      root = mount(
        <DocumentView
          corpus={corpus}
          docId="news-one"
          passageId="news-one/02"
          scrollToPassage={scroll}
        />,
      );
    });
    const current = root.querySelector('.rd-current');
    expect(current?.getAttribute('data-passage-id')).toBe('news-one/02');
    expect(current?.getAttribute('aria-current')).toBe('location');
    expect(scroll).toHaveBeenCalledWith(current);
    expect(root.querySelectorAll('.rd-passage')).toHaveLength(3);
    expect(root.querySelector('.rd-heading')?.textContent).toBe('The Fentanyl Crisis');
  });

  it('links podcast passages to the video at their timestamp', () => {
    const root = mount(<DocumentView corpus={corpus} docId="pod" passageId={null} />);
    const watch = [...root.querySelectorAll('.rd-passage a')].find((a) =>
      a.textContent?.startsWith('Watch'),
    );
    expect(watch?.textContent).toBe('Watch at 03:30');
    expect(watch?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=xPBejhoKlb8&t=210s');
  });

  it('shows corpus text as text', () => {
    const root = mount(<DocumentView corpus={corpus} docId="news-one" passageId={null} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says so for an unknown document', () => {
    const root = mount(<DocumentView corpus={corpus} docId="nope" passageId={null} />);
    expect(root.textContent).toContain('Document not found');
  });

  it('marks the name it was opened for where the corpus build found it, and keeps it in links', () => {
    const text = 'In Sinaloa, factions of the Sinaloa Cartel';
    const at = text.indexOf('Sinaloa Cartel');
    // The build's positions, not the spelling: "In Sinaloa" is the state, not the cartel.
    const withPositions = {
      ...corpus,
      mentions: { 'news-one/02': [{ entityId: 'sinaloa-cartel', start: at, end: at + 14 }] },
    };
    const root = mount(
      <DocumentView
        corpus={withPositions}
        docId="news-one"
        passageId="news-one/02"
        entityId="sinaloa-cartel"
        scrollToPassage={() => {}}
      />,
    );
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Sinaloa Cartel',
    ]);
    expect(root.querySelector('.rd-current .rd-anchor')?.getAttribute('href')).toBe(
      '#doc=news-one&p=news-one%2F02&e=sinaloa-cartel',
    );
  });

  it('titles the tab after the document it shows', () => {
    act(() => {
      mount(<DocumentView corpus={corpus} docId="pod" passageId={null} />);
    });
    expect(document.title).toBe('Negotiations between the US and Mexican governments · Frontera');
  });

  it('has no axe violations in the list and document views', async () => {
    const list = mount(
      <ReaderApp
        corpus={lookup}
        sources={readerSources()}
        route={{ view: 'list' }}
        theme="light"
        onSearch={() => {}}
      />,
    );
    expect(await axeViolations(list)).toEqual([]);
    document.body.innerHTML = '';
    const doc = mount(
      <ReaderApp
        corpus={lookup}
        sources={readerSources()}
        route={{ view: 'doc', docId: 'pod', passageId: 'pod/01' }}
        theme="light"
        onSearch={() => {}}
      />,
    );
    expect(await axeViolations(doc)).toEqual([]);
  });
});
