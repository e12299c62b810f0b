/**
 * Highlights follow their text or go away: random edits to marked text (rewritten, split,
 * removed, replaced, appended to), and after each one — once the MutationObserver's callback has
 * run, before the page could paint — every range in the highlight registry covers exactly a
 * name's text, in nodes still in the page. Now and then the page goes idle and Frontera rescans:
 * what it draws again must hold too.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPageController } from '../../lib/page';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { entityMap, fakeHost, fakeMatcher, page } from './support';

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

const NAMES = [
  'claudia sheinbaum',
  'sheinbaum',
  'donald trump',
  'trump',
  'sinaloa cartel',
  'fentanyl',
];
const ARTICLE = `<article>
  <p>President Claudia Sheinbaum answered Donald Trump on fentanyl and the Sinaloa Cartel.</p>
  <p>Trump said the Sinaloa Cartel moves fentanyl; Sheinbaum said Mexico acts.</p>
  <p>Claudia <b>Sheinbaum</b> met Donald <i>Trump</i> about fentanyl again.</p>
  <p>${'More context for the reader of this story. '.repeat(8)}</p>
</article>`;

type Edit =
  | { kind: 'data'; at: number; del: number; insert: string }
  | { kind: 'split'; at: number }
  | { kind: 'remove' }
  | { kind: 'replace' }
  | { kind: 'append'; insert: string };

const edit: fc.Arbitrary<{ node: number; edit: Edit; idle: boolean }> = fc.record({
  node: fc.nat(),
  idle: fc.boolean(),
  edit: fc.oneof(
    fc.record({
      kind: fc.constant('data' as const),
      at: fc.nat(),
      del: fc.nat({ max: 6 }),
      insert: fc.constantFrom('', 'XYZ', ' ', 'Trump ', 'Shein'),
    }),
    fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('remove' as const) }),
    fc.record({ kind: fc.constant('replace' as const) }),
    fc.record({ kind: fc.constant('append' as const), insert: fc.constantFrom('!', ' fentanyl') }),
  ),
});

function apply(node: Text, e: Edit): void {
  const len = node.data.length;
  switch (e.kind) {
    case 'data': {
      const at = len === 0 ? 0 : e.at % (len + 1);
      node.replaceData(at, Math.min(e.del, len - at), e.insert);
      break;
    }
    case 'split':
      if (len > 1) node.splitText(1 + (e.at % (len - 1)));
      break;
    case 'remove':
      node.remove();
      break;
    case 'replace':
      node.replaceWith(document.createTextNode(node.data));
      break;
    case 'append':
      node.appendData(e.insert);
      break;
  }
}

/** Text of a range (the fake StaticRange), or null when its nodes left the page or it is out of bounds. */
function rangeText(r: AbstractRange): string | null {
  const a = r.startContainer as Text;
  const b = r.endContainer as Text;
  if (!a.isConnected || !b.isConnected) return null;
  if (r.startOffset > a.data.length || r.endOffset > b.data.length) return null;
  const range = document.createRange();
  range.setStart(a, r.startOffset);
  range.setEnd(b, r.endOffset);
  return range.toString();
}

const observed = () => new Promise<void>((r) => setTimeout(r, 0));

describe('highlights on text the page edits', () => {
  const registry = new Map<string, FakeHighlight>();
  const saved = ['Highlight', 'CSS', 'StaticRange'].map(
    (k) => [k, Object.getOwnPropertyDescriptor(window, k)] as const,
  );
  beforeEach(() => {
    registry.clear();
    Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    Object.defineProperty(window, 'StaticRange', { value: FakeStaticRange, configurable: true });
  });
  afterEach(() => {
    for (const [key, desc] of saved) {
      if (desc) Object.defineProperty(window, key, desc);
      else delete (window as unknown as Record<string, unknown>)[key];
    }
  });

  it('never leave a registered range on text that is not a name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 25 }), async (edits) => {
        const body = page(ARTICLE);
        const host = fakeHost();
        const controller = createPageController({
          doc: document,
          host,
          matcher: fakeMatcher(),
          entities: entityMap(),
          settings: { ...DEFAULT_SETTINGS, entityTypes: [...DEFAULT_SETTINGS.entityTypes] },
          yieldToPage: () => Promise.resolve(),
        });
        await controller.start();
        const all = () => registry.get('frontera-mention') ?? new FakeHighlight();
        expect(all().size).toBeGreaterThan(5);
        try {
          for (const step of edits) {
            const marked = [...all()].map((r) => r.startContainer as Text);
            // Nothing marked: edit the paragraphs' own text nodes (after removals a paragraph may
            // start with an element, or hold no text at all).
            const texts = marked.length
              ? marked
              : [...body.querySelectorAll('p')].flatMap((p) =>
                  [...p.childNodes].filter((n): n is Text => n.nodeType === Node.TEXT_NODE),
                );
            const node = texts.length > 0 ? texts[step.node % texts.length] : undefined;
            if (node?.isConnected) apply(node, step.edit);
            await observed();
            for (const r of all()) {
              const text = rangeText(r);
              expect(text === null ? null : text.replace(/\s+/g, ' ').toLowerCase()).toBeOneOf(
                NAMES,
              );
            }
            if (step.idle) {
              controller.flushChanges();
              for (let i = 0; i < 5; i++) await observed();
            }
          }
        } finally {
          controller.stop();
          host.invalidate();
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
