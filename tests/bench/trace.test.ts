import { describe, expect, it } from 'vitest';
import { attribute, type TraceEvent } from '../../scripts/bench/trace';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const PAGE = 'https://www.nytimes.com/bench/p.html';
const FLOOR = 'https://www.nytimes.com/__bench/floor.js';
const pid = 7;
const tid = 7;

const meta: TraceEvent = {
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name: 'CrRendererMain' },
};
const ev = (
  name: string,
  ts: number,
  dur: number,
  args?: Record<string, unknown>,
  cat = 'devtools.timeline',
): TraceEvent => ({ name, cat, ph: 'X', ts: ts * 1000, dur: dur * 1000, pid, tid, args });
const task = (ts: number, dur: number) =>
  ev('ThreadControllerImpl::RunTask', ts, dur, {}, 'toplevel');
const parse = ev('ParseHTML', 1, 5, { beginData: { url: PAGE } });

describe('trace attribution', () => {
  it("counts the tasks that run the extension's script, by url and by isolated world", () => {
    const events = [
      meta,
      task(0, 10),
      parse,
      // content script evaluation
      task(20, 30),
      ev('EvaluateScript', 21, 28, { data: { url: `${EXT}content-scripts/content.js` } }),
      ev(
        'v8.compile',
        21,
        3,
        { fileName: `${EXT}content-scripts/content.js`, worldName: 'Frontera' },
        'v8',
      ),
      // an idle callback: url-less V8 event in the extension's world
      task(60, 12),
      ev('FireIdleCallback', 60, 12, { data: { id: 1 } }),
      ev('v8.callFunction', 60.1, 11, { worldName: 'Frontera' }, 'v8'),
      // the page's own timer
      task(80, 40),
      ev('TimerFire', 80, 40, { data: { timerId: 2 } }),
      ev('FunctionCall', 80.1, 39, { data: { url: PAGE } }),
    ];
    const a = attribute(events, PAGE, { extensionOrigin: EXT });
    expect(a.thread).toEqual({ pid, tid });
    expect(a.extensionWorld).toBe('Frontera');
    expect(a.frontera.tasks).toBe(2);
    expect(a.frontera.totalMs).toBeCloseTo(42);
    expect(a.frontera.longestMs).toBeCloseTo(30);
    expect(a.frontera.longTasks).toBe(0);
  });

  it('uses CPU-profile samples for tasks whose events name no script', () => {
    const events: TraceEvent[] = [
      meta,
      task(0, 10),
      parse,
      task(20, 60),
      ev('RunMicrotasks', 20, 60, {}, 'v8.execute'),
      {
        name: 'Profile',
        cat: 'disabled-by-default-v8.cpu_profiler',
        ph: 'P',
        ts: 0,
        pid,
        tid,
        id: '0x1',
        args: { data: { startTime: 0 } },
      } as TraceEvent,
      {
        name: 'ProfileChunk',
        cat: 'disabled-by-default-v8.cpu_profiler',
        ph: 'P',
        ts: 100_000,
        pid,
        tid: 99,
        id: '0x1',
        args: {
          data: {
            cpuProfile: {
              nodes: [
                { id: 1, callFrame: { functionName: '(root)' } },
                { id: 2, parent: 1, callFrame: { functionName: 'scan', url: `${EXT}content.js` } },
                { id: 3, parent: 2, callFrame: { functionName: 'inner', url: '' } },
              ],
              samples: [1, 3],
            },
            timeDeltas: [5000, 25_000],
          },
        },
      } as TraceEvent,
    ];
    const a = attribute(events, PAGE, { extensionOrigin: EXT });
    expect(a.frontera.tasks).toBe(1);
    expect(a.frontera.totalMs).toBeCloseTo(60);
    expect(a.frontera.longTasks).toBe(1);
  });

  it("attributes the floor by its url, ignores the benchmark's own scripts, and reports rendering apart", () => {
    const events = [
      meta,
      task(0, 10),
      parse,
      ev('firstPaint', 9, 0),
      task(20, 8),
      ev('EvaluateScript', 20, 8, { data: { url: FLOOR } }),
      // rendering right after the floor's task (with a benchmark rAF in it)
      task(30, 6),
      ev('FireAnimationFrame', 30, 1, { data: { id: 1 } }),
      ev('FunctionCall', 30, 1, { data: { url: 'frontera-bench-harness.js' } }),
      ev('Paint', 31, 4),
      // a harness-only task that renders nothing counts for nobody
      task(40, 20),
      ev('FunctionCall', 40, 20, { data: { url: 'frontera-bench-harness.js' } }),
    ];
    const a = attribute(events, PAGE, { extensionOrigin: EXT, floorUrl: FLOOR });
    expect(a.floor.totalMs).toBeCloseTo(8);
    expect(a.floor.renderAfterMs).toBeCloseTo(5);
    expect(a.frontera.totalMs).toBe(0);
    expect(a.unownedOver5Ms).toEqual([]);
  });
});
