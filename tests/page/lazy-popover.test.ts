/**
 * The card's UI loads on the first hover or focus; what the reader did while it loaded is
 * replayed, and only the latest wish counts.
 */
import { describe, expect, it } from 'vitest';
import { lazyPopover } from '../../lib/page/lazy-popover';
import type { PopoverTarget } from '../../lib/page/types';
import { fakePopover } from './support';

const target = (entityId: string): PopoverTarget => ({
  anchor: { getBoundingClientRect: () => new DOMRect(), getClientRects: () => [] },
  entityId,
  mention: { start: 0, end: 1, text: 'x', entityId, method: 'exact', score: 1, alias: 'x' },
  trigger: 'hover',
});

function deferred() {
  const real = fakePopover();
  const delays: (number | undefined)[] = [];
  const scheduleOpen = real.scheduleOpen.bind(real);
  real.scheduleOpen = (t, d) => {
    delays.push(d);
    scheduleOpen(t, d);
  };
  let resolve: () => void = () => {};
  let loads = 0;
  const load = () => {
    loads++;
    return new Promise<typeof real>((r) => {
      resolve = () => r(real);
    });
  };
  return { real, delays, load, finish: () => resolve(), loads: () => loads };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the lazy popover', () => {
  it('loads nothing until a card is wanted, then once', async () => {
    const d = deferred();
    const popover = lazyPopover(d.load);
    expect(popover.containsPoint(1, 1)).toBe(false);
    expect(popover.isPinned()).toBe(false);
    popover.close();
    expect(d.loads()).toBe(0);
    popover.scheduleOpen(target('a'));
    popover.scheduleOpen(target('b'));
    expect(d.loads()).toBe(1);
    d.finish();
    await tick();
    expect(popover.loaded()).toBe(true);
    // Only the latest wish is replayed.
    expect(d.real.opened.map((t) => t.entityId)).toEqual(['b']);
  });

  it('counts the hover delay from the first hover, not from the load', async () => {
    const d = deferred();
    const popover = lazyPopover(d.load, 300);
    popover.scheduleOpen(target('a'));
    await new Promise((r) => setTimeout(r, 40));
    d.finish();
    await tick();
    expect(d.delays[0]).toBeLessThanOrEqual(265);
    expect(d.delays[0]).toBeGreaterThanOrEqual(0);
  });

  it('opens no card for a pointer that left while it loaded', async () => {
    const d = deferred();
    const popover = lazyPopover(d.load);
    popover.scheduleOpen(target('a'));
    popover.cancelScheduled();
    popover.scheduleClose();
    d.finish();
    await tick();
    expect(d.real.opened).toEqual([]);
  });

  it('hands over the settings it was given before the load', async () => {
    const d = deferred();
    const seen: unknown[] = [];
    d.real.setSettings = (s) => seen.push(s);
    const popover = lazyPopover(d.load);
    popover.setSettings?.({ theme: 'dark', hoverDelayMs: 0 });
    popover.open({ ...target('a'), trigger: 'click' });
    d.finish();
    await tick();
    expect(seen).toEqual([{ theme: 'dark', hoverDelayMs: 0 }]);
    expect(d.real.opened.map((t) => t.trigger)).toEqual(['click']);
  });

  it('tries again on the next hover when the load failed', async () => {
    let attempts = 0;
    const real = fakePopover();
    const popover = lazyPopover(async () => {
      attempts++;
      if (attempts === 1) throw new Error('no tab access');
      return real;
    });
    const warn = console.warn;
    console.warn = () => {};
    popover.open(target('a'));
    await tick();
    console.warn = warn;
    expect(popover.loaded()).toBe(false);
    popover.open(target('b'));
    await tick();
    expect(real.opened.map((t) => t.entityId)).toEqual(['b']);
  });

  it('says card-closed when the UI it loaded reports its card closed', async () => {
    let closeCard = () => {};
    const popover = lazyPopover(async (notify) => {
      closeCard = notify.closed;
      return fakePopover();
    });
    let closings = 0;
    const stop = popover.on('card-closed', () => closings++);
    popover.open(target('a'));
    await tick();
    closeCard();
    stop();
    closeCard();
    expect(closings).toBe(1);
  });
});
