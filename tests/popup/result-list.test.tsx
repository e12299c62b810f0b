/**
 * The popup's result list: a pointer that moves over a result selects it, but one that stands
 * still while the list scrolls or re-renders under it (the browser still sends mousemove) does
 * not take the selection back from the arrow keys.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import ResultList, { optionId } from '../../entrypoints/popup/components/ResultList';
import type { SearchHit, SearchResults } from '../../lib/search';

const hit = (id: string, title: string): SearchHit => ({
  doc: { kind: 'entity', id, title, aliases: [], text: title.toLowerCase() },
  tier: 'exact',
  score: 0,
  viaAlias: null,
  matches: [],
});

const results: SearchResults = {
  query: 'a',
  entities: [hit('a', 'Alpha'), hit('b', 'Beta'), hit('c', 'Gamma')],
  passages: [],
};

let root: HTMLElement;
let hovered: number[];
beforeEach(async () => {
  document.body.innerHTML = '';
  root = document.createElement('div');
  document.body.append(root);
  hovered = [];
  await act(async () => {
    render(
      <ResultList
        results={results}
        active={1}
        onActivate={() => {}}
        onHover={(i) => hovered.push(i)}
      />,
      root,
    );
  });
});

const move = (i: number, init: MouseEventInit) =>
  document
    .getElementById(optionId(i))
    ?.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, ...init }));

describe('the result list under the pointer', () => {
  it('selects the result a moving pointer is over', () => {
    move(0, { screenX: 10, screenY: 8 });
    move(0, { screenX: 10, screenY: 10, movementY: 2 });
    move(2, { screenX: 10, screenY: 60, movementY: 50 });
    expect(hovered).toEqual([0, 2]);
  });

  it('ignores mousemove from a pointer that did not move (scrolling or re-rendering under it)', () => {
    // Firefox gives the first event a movement even when the pointer stood still.
    move(0, { screenX: 10, screenY: 10, movementX: 10, movementY: 10 });
    expect(hovered).toEqual([]);
    move(0, { screenX: 10, screenY: 10 });
    move(2, { screenX: 10, screenY: 10 });
    expect(hovered).toEqual([]);
    move(0, { screenX: 10, screenY: 12, movementY: 2 });
    move(2, { screenX: 10, screenY: 12 });
    expect(hovered).toEqual([0]);
  });
});
