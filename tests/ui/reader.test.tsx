import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { parseReaderHash, ReaderApp, readerHash, searchPassages } from '../../lib/ui/reader';
import DocumentView from '../../lib/ui/reader/DocumentView';
import { axeViolations, corpus, mount } from './helpers';

describe('reader addresses', () => {
  it.each([
    ['', { view: 'list' }],
    ['#doc=news-one', { view: 'doc', docId: 'news-one', passageId: null }],
    ['#doc=news-one&p=news-one%2F02', { view: 'doc', docId: 'news-one', passageId: 'news-one/02' }],
    ['#q=S%C3%A1nchez+Cordero', { view: 'search', query: 'Sánchez Cordero' }],
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
      <ReaderApp corpus={corpus} route={{ view: 'list' }} theme="light" onSearch={() => {}} />,
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

  it('searches passages ignoring accents and case', () => {
    expect(searchPassages(corpus, 'lopez obrador').map((p) => p.id)).toEqual(['news-two/01']);
    const root = mount(
      <ReaderApp
        corpus={corpus}
        route={{ view: 'search', query: 'sheinbaum' }}
        theme="dark"
        onSearch={() => {}}
      />,
    );
    expect(root.querySelectorAll('.rd-hit')).toHaveLength(4);
    expect(root.querySelector('.rd-hit mark')?.textContent?.toLowerCase()).toBe('sheinbaum');
    expect(root.querySelector('.fr-theme')?.getAttribute('data-theme')).toBe('dark');
  });

  it('has no axe violations in the list and document views', async () => {
    const list = mount(
      <ReaderApp corpus={corpus} route={{ view: 'list' }} theme="light" onSearch={() => {}} />,
    );
    expect(await axeViolations(list)).toEqual([]);
    document.body.innerHTML = '';
    const doc = mount(
      <ReaderApp
        corpus={corpus}
        route={{ view: 'doc', docId: 'pod', passageId: 'pod/01' }}
        theme="light"
        onSearch={() => {}}
      />,
    );
    expect(await axeViolations(doc)).toEqual([]);
  });
});
