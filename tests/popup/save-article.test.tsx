/** The popup's "Save this article": what the reader is told after each kind of outcome. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SaveArticle from '../../entrypoints/popup/components/SaveArticle';
import type { SaveReply } from '../../lib/messages';
import { axeViolations } from '../ui/helpers';

let root: HTMLElement;
afterEach(() => root?.remove());

function mount(save: (tabId: number) => Promise<SaveReply>) {
  root = document.createElement('div');
  document.body.append(root);
  render(<SaveArticle tabId={7} save={save} />, root);
  return root;
}

const status = () => root.querySelector('[role="status"]')?.textContent;

describe('Save this article', () => {
  it('saves the tab it was opened over and says so', async () => {
    const save = vi.fn(
      async (): Promise<SaveReply> => ({
        ok: true,
        status: 'created',
        articleId: 'a',
        title: 'Sheinbaum answers',
        passages: 12,
      }),
    );
    mount(save);
    root.querySelector('button')?.click();
    await vi.waitFor(() =>
      expect(status()).toBe('Saved to your library: Sheinbaum answers (12 passages).'),
    );
    expect(save).toHaveBeenCalledWith(7);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('says when it updated an article saved before', async () => {
    mount(async () => ({ ok: true, status: 'updated', articleId: 'a', title: 'T', passages: 3 }));
    root.querySelector('button')?.click();
    await vi.waitFor(() =>
      expect(status()).toMatch(/^Updated in your library: T \(it was saved before/),
    );
  });

  it('explains a full storage, a page without an article, and a failure', async () => {
    for (const [code, words] of [
      ['storage-full', /no room left/],
      ['no-article', /no article to save/],
      ['failed', /could not save/],
    ] as const) {
      mount(async () => ({ ok: false, code, message: 'x' }));
      root.querySelector('button')?.click();
      await vi.waitFor(() => expect(status()).toMatch(words));
      expect(root.querySelector('.fr-error')).not.toBeNull();
      root.remove();
    }
  });
});
