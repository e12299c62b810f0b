import { describe, expect, it } from 'vitest';
import { collectTextBlocks } from '../../lib/page/collect-text';
import { findMentions } from '../../lib/page/mentions';
import { createElementRenderer, HELP_ID } from '../../lib/page/render/element-renderer';
import { fakeMatcher, page } from './support';

function setup(html: string) {
  const body = page(`<article>${html}</article>`);
  const before = body.innerHTML;
  const textNodes = [...collectTextBlocks(body, { chrome: false })].flatMap((b) =>
    b.segments.map((s) => s.node),
  );
  const mentions = findMentions(collectTextBlocks(body, { chrome: false }), fakeMatcher());
  const renderer = createElementRenderer(document, 'underline', (pm) => pm.entityId);
  return { body, before, textNodes, mentions, renderer };
}

describe('accessible mode: mentions as focusable elements', () => {
  it('wraps each mention in a focusable, named element that says it opens a dialog', () => {
    const { body, mentions, renderer } = setup('<p>Sheinbaum spoke to Trump about fentanyl.</p>');
    renderer.add(mentions);
    const els = [...body.querySelectorAll('frontera-mention')];
    expect(els.map((e) => e.textContent)).toEqual(['Sheinbaum', 'Trump', 'fentanyl']);
    for (const el of els) {
      expect(el.getAttribute('tabindex')).toBe('0');
      expect(el.getAttribute('role')).toBe('button');
      expect(el.getAttribute('aria-haspopup')).toBe('dialog');
      expect(el.getAttribute('aria-expanded')).toBe('false');
      expect(el.getAttribute('aria-describedby')).toBe(HELP_ID);
      expect(el.getAttribute('aria-label')).toMatch(/^\w+: /);
    }
    expect(document.getElementById(HELP_ID)?.textContent).toMatch(/Enter/);
    expect(body.querySelector('p')?.textContent).toBe('Sheinbaum spoke to Trump about fentanyl.');
  });

  it('restores the original DOM exactly, keeping the page’s own text nodes', () => {
    const { body, before, textNodes, mentions, renderer } = setup(
      '<p>President Claudia <b>Sheinbaum</b> and Trump.</p><p>Sinaloa Cartel and fentanyl</p>',
    );
    renderer.add(mentions);
    expect(body.innerHTML).not.toBe(before);
    renderer.clear();
    expect(body.innerHTML).toBe(before);
    expect(document.getElementById(HELP_ID)).toBeNull();
    // The very same text node objects are back in place, with their original text.
    const after = collectTextBlocks(body, { chrome: false }).flatMap((b) =>
      b.segments.map((s) => s.node),
    );
    expect(after).toEqual(textNodes);
  });

  it('marks a mention split across inline elements as one focusable mention', () => {
    const { body, mentions, renderer } = setup('<p>President Claudia <b>Sheinbaum</b> said</p>');
    renderer.add(mentions);
    const els = [...body.querySelectorAll('frontera-mention')];
    expect(els.map((e) => e.textContent)).toEqual(['Claudia ', 'Sheinbaum']);
    expect(els.filter((e) => e.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(els[0]?.getAttribute('aria-label')).toMatch(/^Claudia Sheinbaum: /);
    expect(renderer.mentionFor(els[1] ?? null)?.entityId).toBe('claudia-sheinbaum');
  });

  it('answers for its own elements: the mention under the pointer, what takes focus, where the card goes', () => {
    const { body, mentions, renderer } = setup('<p>President Claudia <b>Sheinbaum</b> said</p>');
    renderer.add(mentions);
    const [first, second] = [...body.querySelectorAll('frontera-mention')];
    const pm = mentions[0];
    if (!pm) throw new Error('no mention');
    const ctx = { at: () => [], isShown: () => true };
    expect(renderer.hitTest(0, 0, second ?? null, ctx)).toBe(pm);
    expect(renderer.hitTest(0, 0, second ?? null, { ...ctx, isShown: () => false })).toBeNull();
    expect(renderer.hitTest(0, 0, body, ctx)).toBeNull();
    expect(renderer.focusTarget(pm)).toBe(first);
    expect(renderer.anchor(pm)?.toString()).toBe('Claudia Sheinbaum');
    renderer.clear();
    expect(renderer.focusTarget(pm)).toBeNull();
    expect(renderer.anchor(pm)).toBeNull();
  });

  it('removes some mentions and keeps the others', () => {
    const { body, before, mentions, renderer } = setup('<p>Sheinbaum, Trump, fentanyl.</p>');
    renderer.add(mentions);
    renderer.remove(mentions.filter((m) => m.entityId === 'donald-trump'));
    expect([...body.querySelectorAll('frontera-mention')].map((e) => e.textContent)).toEqual([
      'Sheinbaum',
      'fentanyl',
    ]);
    renderer.remove(mentions);
    // The help text stays for later mentions until Frontera is removed altogether.
    document.getElementById(HELP_ID)?.remove();
    expect(body.innerHTML).toBe(before);
  });

  it('lets the page’s new text win when the page rewrites a node Frontera split', () => {
    const { body, textNodes, mentions, renderer } = setup('<p>Sheinbaum spoke.</p>');
    renderer.add(mentions);
    const original = textNodes[0] as Text;
    // What React does on a text update: write to the node it created.
    original.data = 'New text';
    renderer.pageChanged([
      { type: 'characterData', target: original } as unknown as MutationRecord,
    ]);
    expect(body.querySelector('p')?.innerHTML).toBe('New text');
  });
});

describe('accessible mode inside links', () => {
  it('does not nest a focusable mention inside a link', () => {
    const { body, mentions, renderer } = setup('<p>Read <a href="#">Sheinbaum’s speech</a>.</p>');
    renderer.add(mentions);
    const el = body.querySelector('frontera-mention');
    expect(el?.textContent).toBe('Sheinbaum');
    expect(el?.hasAttribute('tabindex')).toBe(false);
    expect(el?.hasAttribute('role')).toBe(false);
  });
});
