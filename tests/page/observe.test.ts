import { describe, expect, it } from 'vitest';
import { changedRoots, observeChanges } from '../../lib/page/observe';
import { fakeHost, page } from './support';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('watching the page for new text', () => {
  it('batches many changes into one report at idle time', async () => {
    const body = page('<div id="feed"><p>one</p></div>');
    const host = fakeHost();
    const batches: string[][] = [];
    observeChanges({
      host,
      target: body,
      onChanges: (b) => batches.push(b.roots.map((r) => r.textContent ?? '')),
    });
    const feed = body.querySelector('#feed') as Element;
    for (const t of ['two', 'three', 'four']) {
      const p = document.createElement('p');
      p.textContent = t;
      feed.appendChild(p);
    }
    await tick();
    expect(batches).toEqual([]); // nothing until the page is idle
    host.runIdle();
    expect(batches).toEqual([['two', 'three', 'four']]);
  });

  it('reports the block around changed inline text, and only the outermost changed element', async () => {
    const body = page('<div id="a"><p id="p">Hello <b>world</b></p></div>');
    const host = fakeHost();
    const roots: string[] = [];
    observeChanges({
      host,
      target: body,
      onChanges: (b) => roots.push(...b.roots.map((r) => r.id)),
    });
    (body.querySelector('b') as Element).append(' again');
    const div = document.createElement('section');
    div.id = 'new';
    div.innerHTML = '<p id="inner">x</p>';
    body.appendChild(div);
    await tick();
    host.runIdle();
    expect(roots.sort()).toEqual(['new', 'p']);
  });

  it('never reports Frontera’s own changes', async () => {
    const body = page('<p id="p">text</p>');
    const host = fakeHost();
    let reports = 0;
    const observer = observeChanges({ host, target: body, onChanges: () => reports++ });
    observer.ownChanges(() => {
      body.querySelector('#p')?.appendChild(document.createElement('frontera-mention'));
      (body.querySelector('#p')?.firstChild as Text).data = 'changed by us';
    });
    body.appendChild(document.createElement('frontera-popover'));
    await tick();
    host.runIdle();
    expect(reports).toBe(0);
  });

  it('keeps the page’s changes queued before Frontera’s own', async () => {
    const body = page('<div id="feed"></div>');
    const host = fakeHost();
    const roots: string[] = [];
    const observer = observeChanges({
      host,
      target: body,
      onChanges: (b) => roots.push(...b.roots.map((r) => r.id)),
    });
    const p = document.createElement('p');
    p.id = 'page-added';
    body.querySelector('#feed')?.appendChild(p);
    observer.ownChanges(() => body.appendChild(document.createElement('frontera-mention')));
    await tick();
    host.runIdle();
    expect(roots).toEqual(['page-added']);
  });

  it('stops when the content script is invalidated', async () => {
    const body = page('<div></div>');
    const host = fakeHost();
    let reports = 0;
    observeChanges({ host, target: body, onChanges: () => reports++ });
    host.invalidate();
    body.appendChild(document.createElement('p'));
    await tick();
    host.runIdle();
    expect(reports).toBe(0);
  });

  it('rescans the block that lost children, never the detached element', () => {
    const body = page('<div id="x"><p>gone</p></div>');
    const p = body.querySelector('p') as Element;
    p.remove();
    const batch = changedRoots([
      {
        type: 'childList',
        target: body.querySelector('#x'),
        addedNodes: [p],
        removedNodes: [p],
      } as unknown as MutationRecord,
    ]);
    expect(batch.roots.map((r) => r.id)).toEqual(['x']);
    expect(batch.removed).toBe(true);
  });
});
