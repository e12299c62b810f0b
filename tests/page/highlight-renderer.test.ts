import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectTextBlocks } from '../../lib/page/collect-text';
import { findMentions } from '../../lib/page/mentions';
import { createHighlightRenderer } from '../../lib/page/render/highlight-renderer';
import { fakeMatcher, page } from './support';

/** happy-dom has no CSS Custom Highlight API nor StaticRange: minimal stand-ins. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

class FakeStaticRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}

describe('the default renderer (CSS Custom Highlights)', () => {
  const win = window as unknown as Record<string, unknown>;
  const registry = new Map<string, FakeHighlight>();
  const saved = {
    Highlight: Object.getOwnPropertyDescriptor(window, 'Highlight'),
    CSS: Object.getOwnPropertyDescriptor(window, 'CSS'),
    StaticRange: Object.getOwnPropertyDescriptor(window, 'StaticRange'),
  };
  beforeEach(() => {
    registry.clear();
    Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    Object.defineProperty(window, 'StaticRange', { value: FakeStaticRange, configurable: true });
  });
  afterEach(() => {
    for (const [key, desc] of Object.entries(saved)) {
      if (desc) Object.defineProperty(window, key, desc);
      else delete win[key];
    }
  });

  function setup() {
    const body = page('<p>President Claudia <b>Sheinbaum</b> met Donald Trump about fentanyl.</p>');
    const before = body.innerHTML;
    const mentions = findMentions(collectTextBlocks(body, { chrome: false }), fakeMatcher());
    const renderer = createHighlightRenderer(document, 'underline');
    return { body, before, mentions, renderer };
  }

  it('paints mentions from ranges without touching the page’s DOM', () => {
    const { body, before, mentions, renderer } = setup();
    renderer.add(mentions);
    const all = registry.get('frontera-mention');
    expect(all?.size).toBe(3);
    const texts = [...(all ?? [])].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
    expect(texts).toEqual(['Claudia Sheinbaum', 'Donald Trump', 'fentanyl']);
    expect(body.innerHTML).toBe(before);
  });

  it('has no element of its own: the card sits on the text, focus stays where it is', () => {
    const { body, mentions, renderer } = setup();
    renderer.add(mentions);
    const pm = mentions[0];
    if (!pm) throw new Error('no mention');
    expect(renderer.anchor(pm)?.toString()).toBe('Claudia Sheinbaum');
    expect(renderer.focusTarget(pm)).toBeNull();
    expect(renderer.mentionFor(body.querySelector('b'))).toBeNull();
    expect(renderer.pageChanged).toBeUndefined();
  });

  it('draws the hovered and the active mention on their own layers, above the rest', () => {
    const { mentions, renderer } = setup();
    renderer.add(mentions);
    renderer.setHovered(mentions[1] ?? null);
    renderer.setActive(mentions[2] ?? null);
    expect(registry.get('frontera-hover')?.size).toBe(1);
    expect(registry.get('frontera-active')?.size).toBe(1);
    expect(registry.get('frontera-active')?.priority).toBeGreaterThan(
      registry.get('frontera-hover')?.priority ?? 0,
    );
    renderer.setHovered(null);
    expect(registry.get('frontera-hover')?.size).toBe(0);
  });

  it('removes some mentions, and on clear leaves only highlights that are not its own', () => {
    const { mentions, renderer } = setup();
    const foreign = new FakeHighlight();
    registry.set('someone-else', foreign);
    renderer.add(mentions);
    renderer.remove(mentions.slice(0, 1));
    expect(registry.get('frontera-mention')?.size).toBe(2);
    renderer.clear();
    expect([...registry.keys()]).toEqual(['someone-else']);
  });

  it('switches style by moving the ranges to another highlight name, never by editing CSS', () => {
    const { mentions, renderer } = setup();
    renderer.add(mentions);
    renderer.setStyle('background');
    expect(registry.has('frontera-mention')).toBe(false);
    expect(registry.get('frontera-mention-fill')?.size).toBe(3);
    renderer.setStyle('hover');
    expect(registry.has('frontera-mention-fill')).toBe(false);
    expect(registry.has('frontera-mention')).toBe(false);
    renderer.setHovered(mentions[0] ?? null);
    expect(registry.get('frontera-hover')?.size).toBe(1);
    renderer.setStyle('underline');
    expect(registry.get('frontera-mention')?.size).toBe(3);
  });

  it('adds its stylesheet only once there is something to draw', () => {
    const { mentions, renderer } = setup();
    const sheets = () =>
      document.adoptedStyleSheets.length +
      document.querySelectorAll('style[data-frontera-ui]').length;
    const before = sheets(); // other tests' renderers may have left theirs
    let added = 0;
    renderer.onStylesAdded = () => added++;
    renderer.add([]);
    expect(sheets()).toBe(before);
    renderer.add(mentions);
    renderer.add(mentions);
    expect(sheets()).toBe(before + 1);
    expect(added).toBe(1);
    renderer.clear();
    expect(sheets()).toBe(before);
  });

  it('adds no stylesheet at all when the manifest already declared it (the built extension)', () => {
    const { mentions } = setup();
    const sheets = () =>
      document.adoptedStyleSheets.length +
      document.querySelectorAll('style[data-frontera-ui]').length;
    const before = sheets();
    const renderer = createHighlightRenderer(document, 'underline', true);
    let added = 0;
    renderer.onStylesAdded = () => added++;
    renderer.add(mentions);
    expect(registry.get('frontera-mention')?.size).toBe(3);
    expect(sheets()).toBe(before);
    expect(added).toBe(0);
    renderer.clear();
  });
});
