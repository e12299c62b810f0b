/**
 * The reader's "Suggested names": each proposed name with its type and how many saved articles
 * name it, most named first; Add opens the add-name form filled in with its spellings and type;
 * Dismiss takes it off the list with Undo right there, and the dismissed list can bring it back.
 */
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../lib/library/proposals/types';
import type { DismissedName } from '../../../lib/library/types';
import { initialForm } from '../../../lib/ui/add-name/form';
import { ReaderApp, type SuggestionsSource } from '../../../lib/ui/reader';
import { axeViolations, mount } from '../helpers';
import { lookup, readerSources } from './sources';

const proposal = (name: string, articleCount: number, over: Partial<Proposal> = {}): Proposal => ({
  key: name.toLowerCase(),
  name,
  forms: [name],
  type: 'person',
  articleIds: Array.from({ length: articleCount }, (_, i) => `https://n.example/${i}`),
  articleCount,
  mentions: articleCount * 2,
  besideKnown: articleCount,
  score: articleCount,
  ...over,
});

/** Suggestions kept in memory, ranked as given, as the background would answer them. */
function memorySuggestions(proposals: Proposal[]): SuggestionsSource {
  const dismissed: DismissedName[] = [];
  return {
    list: async () => ({
      source: 'library',
      proposals: proposals.filter((p) => !dismissed.some((d) => d.key === p.key)),
      dismissed: [...dismissed],
    }),
    dismiss: async (key, name) => {
      dismissed.unshift({ key, name, dismissedAt: '2026-12-07T00:00:00.000Z' });
    },
    undo: async (key) => {
      const i = dismissed.findIndex((d) => d.key === key);
      if (i >= 0) dismissed.splice(i, 1);
    },
  };
}

const PROPOSALS = [
  proposal('Ovidio Guzmán López', 3, {
    forms: ['Ovidio Guzmán López', 'Ovidio Guzmán', 'El Ratón'],
  }),
  proposal('Los Zetas', 1, { type: 'criminal-group' }),
];

function open(suggestions: SuggestionsSource) {
  return mount(
    <ReaderApp
      corpus={lookup}
      sources={readerSources({ suggestions })}
      route={{ view: 'suggestions' }}
      theme="light"
      onSearch={() => {}}
    />,
  );
}

const listed = (root: Element) =>
  [...root.querySelectorAll('.rd-suggestion-name')].map((e) => e.textContent);
const button = (root: Element, label: string) =>
  root.querySelector<HTMLElement>(`[aria-label="${label}"]`);

describe('the suggested names', () => {
  it('lists each name with its type and how many saved articles name it, most named first', async () => {
    const root = open(memorySuggestions(PROPOSALS));
    await expect.poll(() => listed(root)).toEqual(['Ovidio Guzmán López', 'Los Zetas']);
    expect(root.querySelector('h2')?.textContent).toBe('Suggested names');
    const metas = [...root.querySelectorAll('.rd-suggestion .rd-meta')].map((e) => e.textContent);
    expect(metas).toEqual([
      'Person · named in 3 articles',
      'Also written: Ovidio Guzmán · El Ratón',
      'Criminal group · named in 1 article',
    ]);
    expect(await axeViolations(root)).toEqual([]);
  });

  it("Add opens the add-name form filled in with the name's spellings and its type", async () => {
    const root = open(memorySuggestions(PROPOSALS));
    await expect.poll(() => listed(root).length).toBe(2);
    const add = button(root, 'Add Los Zetas to Frontera');
    expect(add?.textContent).toBe('Add');
    const href = add?.getAttribute('href') ?? '';
    expect(href.startsWith('/add-name.html?')).toBe(true);
    expect(initialForm(new URL(href, 'x:/').search)).toMatchObject({
      name: 'Los Zetas',
      type: 'criminal-group',
    });
    const ovidio = button(root, 'Add Ovidio Guzmán López to Frontera')?.getAttribute('href') ?? '';
    expect(initialForm(new URL(ovidio, 'x:/').search).aliases.split('\n')).toEqual([
      'Ovidio Guzmán López',
      'Ovidio Guzman Lopez',
      'Ovidio Guzmán',
      'El Ratón',
    ]);
  });

  it('Dismiss takes the name off with Undo right there; Undo brings it back', async () => {
    const root = open(memorySuggestions(PROPOSALS));
    await expect.poll(() => listed(root).length).toBe(2);
    button(root, 'Dismiss Ovidio Guzmán López')?.click();
    await expect.poll(() => listed(root)).toEqual(['Los Zetas']);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      '“Ovidio Guzmán López” will not be proposed again.',
    );
    await expect.poll(() => document.activeElement?.textContent).toBe('Undo');
    expect(root.querySelector('#dismissed-title')?.textContent).toBe('Dismissed');
    expect(await axeViolations(root)).toEqual([]);
    (document.activeElement as HTMLElement).click();
    await expect.poll(() => listed(root)).toEqual(['Ovidio Guzmán López', 'Los Zetas']);
    expect(root.querySelector('#dismissed-title')).toBeNull();
  });

  it('a dismissed name can be proposed again later, from the dismissed list', async () => {
    const source = memorySuggestions(PROPOSALS);
    await source.dismiss('los zetas', 'Los Zetas');
    const root = open(source);
    await expect.poll(() => listed(root)).toEqual(['Ovidio Guzmán López']);
    const again = root.querySelector<HTMLButtonElement>('.rd-dismissed-list button');
    expect(again?.textContent).toBe('Propose again');
    expect(again?.getAttribute('aria-label')).toBe('Propose Los Zetas again');
    again?.click();
    await expect.poll(() => listed(root)).toEqual(['Ovidio Guzmán López', 'Los Zetas']);
  });

  it('says how suggestions come when there are none', async () => {
    const root = open(memorySuggestions([]));
    await expect
      .poll(() => root.querySelector('.rd-suggestions .rd-note-line:last-of-type')?.textContent)
      .toBe(
        "No suggestions yet: save articles on the topic, and the names in them that Frontera doesn't know will be listed here.",
      );
  });

  it('says so when the suggestions cannot be read', async () => {
    const root = open({
      ...memorySuggestions([]),
      list: async () => {
        throw new Error('no background');
      },
    });
    await expect
      .poll(() => root.querySelector('[role="alert"]')?.textContent)
      .toBe('Your suggestions could not be read (no background).');
  });

  it('is linked from the header of every reader view', () => {
    const root = mount(
      <ReaderApp
        corpus={lookup}
        sources={readerSources()}
        route={{ view: 'list' }}
        theme="dark"
        onSearch={() => {}}
      />,
    );
    const link = root.querySelector<HTMLAnchorElement>('.rd-nav a');
    expect(link?.textContent).toBe('Suggested names');
    expect(link?.getAttribute('href')).toBe('#suggestions');
  });
});
