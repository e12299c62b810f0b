import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildCard } from '../../lib/corpus/card';
import { createPopover, POPOVER_HOST_TAG } from '../../lib/ui/popover';
import { corpus, testLinks } from './helpers';

const anchor = {
  getBoundingClientRect: () => new DOMRect(100, 100, 80, 18),
  getClientRects: () => [new DOMRect(100, 100, 80, 18)],
};

afterEach(() => {
  document.body.innerHTML = '';
});

async function make() {
  const ctx = new ContentScriptContext('content');
  const popover = await createPopover(ctx, {
    getCard: async (id) => buildCard(corpus, id, []),
    links: testLinks,
    settings: { theme: 'dark', hoverDelayMs: 300 },
  });
  return { ctx, popover };
}

describe('createPopover (on a page)', () => {
  it('adds nothing to the page until a card first opens', async () => {
    const { popover } = await make();
    expect(document.querySelector(POPOVER_HOST_TAG)).toBeNull();
    expect(popover.currentEntityId()).toBeNull();
    popover.close();
    popover.cancelScheduled();
    expect(document.querySelector(POPOVER_HOST_TAG)).toBeNull();
  });

  it('opens in a closed shadow root at the end of <body>', async () => {
    const { popover } = await make();
    await popover.open({ anchor, entityId: 'amlo', trigger: 'hover' });
    const host = document.querySelector(POPOVER_HOST_TAG);
    expect(host).not.toBeNull();
    expect(document.body.lastElementChild).toBe(host);
    expect(host?.shadowRoot).toBeNull();
    expect(popover.currentEntityId()).toBe('amlo');
    expect(popover.contains(host)).toBe(true);
    expect(popover.contains(document.body)).toBe(false);
  });

  it('comes back if the page throws its host away', async () => {
    const { popover } = await make();
    await popover.open({ anchor, entityId: 'amlo', trigger: 'hover' });
    document.querySelector(POPOVER_HOST_TAG)?.remove();
    await popover.open({ anchor, entityId: 'fentanyl', trigger: 'hover' });
    expect(document.querySelectorAll(POPOVER_HOST_TAG)).toHaveLength(1);
    expect(popover.currentEntityId()).toBe('fentanyl');
  });

  it('leaves the page when the content script is invalidated', async () => {
    const { ctx, popover } = await make();
    await popover.open({ anchor, entityId: 'amlo', trigger: 'hover' });
    ctx.abort();
    expect(document.querySelector(POPOVER_HOST_TAG)).toBeNull();
  });
});
