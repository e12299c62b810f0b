/** Test doubles for the page layer: a matcher over a fixed list of names, a host, a popover. */
import type { EntityType } from '../../lib/corpus/types';
import type { FindOptions, Matcher, Mention } from '../../lib/match';
import type { EntityInfo, PageHost, PopoverPort, PopoverTarget } from '../../lib/page';

export const ENTITIES: EntityInfo[] = [
  { id: 'claudia-sheinbaum', name: 'Claudia Sheinbaum', type: 'person' },
  { id: 'donald-trump', name: 'Donald Trump', type: 'person' },
  { id: 'sinaloa-cartel', name: 'Sinaloa Cartel', type: 'criminal-group' },
  { id: 'fentanyl', name: 'Fentanyl', type: 'topic' },
];

const ALIASES: [string, string][] = [
  ['Claudia Sheinbaum', 'claudia-sheinbaum'],
  ['Sheinbaum', 'claudia-sheinbaum'],
  ['Donald Trump', 'donald-trump'],
  ['Trump', 'donald-trump'],
  ['Sinaloa Cartel', 'sinaloa-cartel'],
  ['fentanyl', 'fentanyl'],
];

/** Exact, longest-first matching over whole words; enough to test the page layer. */
export function fakeMatcher(): Matcher & { calls: string[]; context: string[][] } {
  const calls: string[] = [];
  const context: string[][] = [];
  const pattern = new RegExp(
    `\\b(${ALIASES.map(([a]) => a.replace(/ /g, '\\s+')).join('|')})\\b`,
    'gi',
  );
  return {
    calls,
    context,
    find(text: string, options?: FindOptions): Mention[] {
      calls.push(text);
      context.push([...(options?.contextEntities ?? [])]);
      const out: Mention[] = [];
      for (const m of text.matchAll(pattern)) {
        const folded = m[0].replace(/\s+/g, ' ').toLowerCase();
        const alias = ALIASES.find(([a]) => a.toLowerCase() === folded);
        if (!alias) continue;
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          text: m[0],
          entityId: alias[1],
          method: 'exact',
          score: 1,
          alias: alias[0],
        });
      }
      return out;
    },
  };
}

export const entityMap = () => new Map(ENTITIES.map((e) => [e.id, e]));

/** A PageHost whose idle callbacks and frames run when the test says so. */
export function fakeHost(): PageHost & { runIdle(): void; invalidate(): void } {
  let idle: (() => void)[] = [];
  const onInvalid: (() => void)[] = [];
  let valid = true;
  return {
    get isValid() {
      return valid;
    },
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    requestAnimationFrame: (cb) => setTimeout(() => cb(performance.now()), 0) as unknown as number,
    requestIdleCallback(cb) {
      idle.push(() => cb({ didTimeout: false, timeRemaining: () => 50 }));
      return idle.length;
    },
    onInvalidated(cb) {
      onInvalid.push(cb);
      return () => {};
    },
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler, options);
    },
    runIdle() {
      const run = idle;
      idle = [];
      for (const fn of run) fn();
    },
    invalidate() {
      valid = false;
      for (const cb of onInvalid) cb();
    },
  };
}

export function fakePopover(): PopoverPort & { opened: PopoverTarget[]; closed: number } {
  const opened: PopoverTarget[] = [];
  return {
    opened,
    closed: 0,
    open(t) {
      opened.push(t);
    },
    scheduleOpen(t) {
      opened.push(t);
    },
    cancelScheduled() {},
    scheduleClose() {},
    close() {
      this.closed++;
    },
    isPinned: () => false,
    containsPoint: () => false,
  };
}

/** Puts `html` into a fresh body and returns it. */
export function page(html: string): HTMLElement {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return document.body;
}

export const types: EntityType[] = ['person', 'criminal-group', 'topic'];
