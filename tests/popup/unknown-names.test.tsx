/**
 * The popup's "Names Frontera doesn't know yet", under "On this page": the page's proposed names
 * (from its saved article, or from the page as read when the reader turned that on), each with
 * Add opening the add-name form filled in; nothing for a page Frontera knows nothing of.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import UnknownNames from '../../entrypoints/popup/components/UnknownNames';
import type { Proposal } from '../../lib/library/proposals/types';
import type { SuggestionsReply } from '../../lib/messages';
import { initialForm } from '../../lib/ui/add-name/form';
import { axeViolations } from '../ui/helpers';

let root: HTMLElement;
afterEach(() => root?.remove());

const ovidio: Proposal = {
  key: 'ovidio guzman lopez',
  name: 'Ovidio Guzmán López',
  forms: ['Ovidio Guzmán López', 'El Ratón'],
  type: 'person',
  articleIds: ['https://news.example/1'],
  articleCount: 1,
  mentions: 3,
  besideKnown: 2,
  score: 1,
};

function mount(load: (tabId: number) => Promise<SuggestionsReply>) {
  root = document.createElement('div');
  document.body.append(root);
  render(
    <UnknownNames tabId={7} load={load} getURL={(p) => `chrome-extension://frontera${p}`} />,
    root,
  );
  return root;
}

describe("Names Frontera doesn't know yet", () => {
  it("lists this page's saved article's names, each with Add opening the form filled in", async () => {
    const load = vi.fn(
      async (): Promise<SuggestionsReply> => ({
        source: 'saved',
        proposals: [ovidio],
        dismissed: [],
      }),
    );
    mount(load);
    await vi.waitFor(() =>
      expect(root.querySelector('h2')?.textContent).toBe("Names Frontera doesn't know yet"),
    );
    expect(load).toHaveBeenCalledWith(7);
    expect(root.querySelector('.fr-unknown-source')?.textContent).toBe(
      'Found in the article you saved from this page.',
    );
    expect(root.querySelector('.fr-unknown')?.textContent).toBe('Ovidio Guzmán LópezPersonAdd');
    const add = root.querySelector<HTMLAnchorElement>('.fr-unknown-add');
    expect(add?.getAttribute('aria-label')).toBe('Add Ovidio Guzmán López to Frontera');
    const url = new URL(add?.getAttribute('href') ?? '');
    expect(url.pathname).toBe('/add-name.html');
    expect(initialForm(url.search)).toMatchObject({ name: 'Ovidio Guzmán López', type: 'person' });
    expect(initialForm(url.search).aliases).toContain('El Ratón');
    expect(add?.getAttribute('target')).toBe('_blank');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('says where they come from when the page was read with the setting on', async () => {
    mount(async () => ({ source: 'page', proposals: [ovidio], dismissed: [] }));
    await vi.waitFor(() =>
      expect(root.querySelector('.fr-unknown-source')?.textContent).toBe(
        'Found on this page as you read it.',
      ),
    );
  });

  it('says there are none when the saved article names none Frontera does not know', async () => {
    mount(async () => ({ source: 'saved', proposals: [], dismissed: [] }));
    await vi.waitFor(() =>
      expect(root.querySelector('section')?.textContent).toContain('None that Frontera can tell.'),
    );
  });

  it('shows nothing for a page not saved and not read, or when the background does not answer', async () => {
    const none = vi.fn(
      async (): Promise<SuggestionsReply> => ({ source: 'none', proposals: [], dismissed: [] }),
    );
    mount(none);
    await vi.waitFor(() => expect(none).toHaveBeenCalled());
    await Promise.resolve();
    expect(root.innerHTML).toBe('');
    root.remove();
    const failing = vi.fn(async (): Promise<SuggestionsReply> => {
      throw new Error('no answer');
    });
    mount(failing);
    await vi.waitFor(() => expect(failing).toHaveBeenCalled());
    expect(root.innerHTML).toBe('');
  });
});
