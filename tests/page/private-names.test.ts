/**
 * The reader's own names are drawn in Frontera's closed overlay, never in the page's DOM or
 * highlight registry; the corpus's names are drawn as before.
 */
import { describe, expect, it } from 'vitest';
import type { Matcher } from '../../lib/match';
import { collectTextBlocks } from '../../lib/page/collect-text';
import { findMentions } from '../../lib/page/mentions';
import { createElementRenderer } from '../../lib/page/render/element-renderer';
import { isReadersName, rangeFor, withPrivateNames } from '../../lib/page/render/private-names';
import { createPrivateOverlay, OVERLAY_TAG } from '../../lib/page/render/private-overlay';
import { fakeHost, fakeMatcher, page } from './support';

/** Donald Trump stands in for a name of the reader's own. */
function readerMatcher(): Matcher {
  const inner = fakeMatcher();
  return {
    find: (text, options) =>
      inner
        .find(text, options)
        .map((m) => (m.entityId === 'donald-trump' ? { ...m, entityId: 'mine:donald' } : m)),
  };
}

describe("the reader's own names", () => {
  it('are never put into the page: no element, no attribute, no text of theirs', () => {
    const body = page('<p>President Claudia Sheinbaum met Donald Trump about fentanyl.</p>');
    const mentions = findMentions(collectTextBlocks(body, { chrome: false }), readerMatcher());
    expect(mentions.filter(isReadersName).map((m) => m.mention.text)).toEqual(['Donald Trump']);
    const drawn = createElementRenderer(document, 'underline', () => '');
    const renderer = withPrivateNames(
      document,
      drawn,
      createPrivateOverlay(document, fakeHost(), 'underline', rangeFor(document, drawn)),
    );
    renderer.add(mentions);
    const marked = [...body.querySelectorAll('frontera-mention')].map((e) => e.textContent);
    expect(marked).toEqual(['Claudia Sheinbaum', 'fentanyl']);
    const html = document.documentElement.outerHTML;
    expect(html).not.toMatch(/mine:|donald/);
    // The overlay's host is there (whether or not the library has names on this page), closed.
    const host = document.querySelector(OVERLAY_TAG) as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    // Its card is placed at the name's text (which Frontera's split of the node moved into a
    // node of its own), and nothing takes focus for it.
    const trump = mentions.find(isReadersName);
    if (!trump) throw new Error('no reader name');
    expect(renderer.anchor(trump)?.toString()).toBe('Donald Trump');
    expect(renderer.focusTarget(trump)).toBeNull();
    renderer.clear();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    expect(body.innerHTML).toBe(
      '<p>President Claudia Sheinbaum met Donald Trump about fentanyl.</p>',
    );
  });
});
