import { describe, expect, it } from 'vitest';
import { pointInRects, trackHover } from '../../lib/page/hover';
import type { PageHost } from '../../lib/page/types';
import { fakeHost } from './support';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, right: left + width, bottom: top + height, width, height }) as DOMRect;

/** A host whose animation frames run when the test says so. */
function framedHost(): PageHost & { frame(): void; frames: number } {
  const base = fakeHost();
  let pending: FrameRequestCallback[] = [];
  const host = Object.assign(base, {
    frames: 0,
    requestAnimationFrame(cb: FrameRequestCallback) {
      pending.push(cb);
      return pending.length;
    },
    frame() {
      const run = pending;
      pending = [];
      host.frames += run.length;
      for (const cb of run) cb(performance.now());
    },
  });
  return host;
}

const move = (x: number, y: number) =>
  document.dispatchEvent(
    new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }),
  );

describe('finding the mention under the pointer', () => {
  it('counts a point as inside a mention only within its line boxes', () => {
    // A mention wrapped over two lines: the end of one line and the start of the next.
    const rects = [rect(300, 100, 80, 20), rect(0, 120, 60, 20)];
    expect(pointInRects(rects, 320, 110)).toBe(true);
    expect(pointInRects(rects, 30, 130)).toBe(true);
    // Between the two pieces, where the caret would snap to the nearest character.
    expect(pointInRects(rects, 150, 110)).toBe(false);
    expect(pointInRects(rects, 150, 130)).toBe(false);
  });

  it('hit-tests at most once per animation frame, and reports entering and leaving', () => {
    const host = framedHost();
    const hits: string[] = [];
    const events: string[] = [];
    trackHover<string>({
      host,
      doc: document,
      hitTest(x) {
        hits.push(String(x));
        return x < 100 ? 'Sheinbaum' : null;
      },
      onEnter: (item) => events.push(`enter ${item}`),
      onLeave: (item) => events.push(`leave ${item}`),
    });
    move(10, 10);
    move(20, 10);
    move(30, 10);
    host.frame();
    expect(hits).toEqual(['30']); // only the latest position, once
    move(40, 10);
    host.frame();
    move(200, 10);
    host.frame();
    expect(events).toEqual(['enter Sheinbaum', 'leave Sheinbaum']);
    expect(host.frames).toBe(3);
  });
});
