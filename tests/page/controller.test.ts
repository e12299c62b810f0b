import { beforeEach, describe, expect, it } from 'vitest';
import { createPageController } from '../../lib/page';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { entityMap, fakeHost, fakeMatcher, fakePopover, page } from './support';

const ARTICLE = `
  <nav><a href="#">Trump</a> <a href="#">Sheinbaum</a></nav>
  <article id="story">
    <h1>Mexico and the US</h1>
    <p>President Claudia <b>Sheinbaum</b> answered Donald Trump on fentanyl.</p>
    <p>Trump repeated his threat; Sheinbaum said the Sinaloa Cartel was weakened.</p>
    <p>${'More context for the reader of this story. '.repeat(12)}</p>
  </article>
  <aside class="trending"><p>Trending: Trump and fentanyl</p></aside>`;

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, entityTypes: [...DEFAULT_SETTINGS.entityTypes], ...patch };
}

function setup(patch: Partial<Settings> = {}) {
  const body = page(ARTICLE);
  const before = body.innerHTML;
  const host = fakeHost();
  const popover = fakePopover();
  const reports: string[][] = [];
  const matcher = fakeMatcher();
  const controller = createPageController({
    doc: document,
    host,
    matcher,
    entities: entityMap(),
    settings: settings(patch),
    popover,
    yieldToPage: () => Promise.resolve(),
  });
  controller.on('mentions-changed', (list) => reports.push(list.map((e) => `${e.id}×${e.count}`)));
  const marked = () =>
    [...body.querySelectorAll('frontera-mention[tabindex]')].map((e) => e.textContent);
  return { body, before, host, popover, reports, controller, marked, matcher };
}

describe('the page controller', () => {
  beforeEach(() => {
    performance.clearMarks();
  });

  it('marks the mentions of the article only, and reports them', async () => {
    const { controller, marked, reports } = setup();
    await controller.start();
    // happy-dom has no CSS highlights: the element renderer is the fallback.
    expect(marked()).toEqual([
      'Claudia ',
      'Donald Trump',
      'fentanyl',
      'Trump',
      'Sheinbaum',
      'Sinaloa Cartel',
    ]);
    expect(reports.at(-1)).toEqual([
      'claudia-sheinbaum×2',
      'donald-trump×2',
      'fentanyl×1',
      'sinaloa-cartel×1',
    ]);
  });

  it('tells the matcher which entities the page already mentioned (for ambiguous names)', async () => {
    const { controller, matcher } = setup();
    await controller.start();
    const i = matcher.calls.findIndex((t) => t.startsWith('Trump repeated'));
    expect(matcher.context[i]?.sort()).toEqual(['claudia-sheinbaum', 'donald-trump', 'fentanyl']);
  });

  it('records scan-start and scan-done with what it found', async () => {
    const { controller } = setup();
    await controller.start();
    const [start] = performance.getEntriesByName('frontera:scan-start');
    const [done] = performance.getEntriesByName('frontera:scan-done') as PerformanceMark[];
    expect(start).toBeDefined();
    expect(done?.detail).toMatchObject({ mentions: 6, entities: 4 });
  });

  it('shows only the first mention of each entity when asked', async () => {
    const { controller, marked } = setup({ mentions: 'first' });
    await controller.start();
    expect(marked()).toEqual(['Claudia ', 'Donald Trump', 'fentanyl', 'Sinaloa Cartel']);
  });

  it('shows only the entity types the reader chose, and applies changes live', async () => {
    const { controller, marked } = setup({ entityTypes: ['criminal-group'] });
    await controller.start();
    expect(marked()).toEqual(['Sinaloa Cartel']);
    await controller.applySettings(settings({ entityTypes: ['topic', 'criminal-group'] }));
    expect(marked()).toEqual(['fentanyl', 'Sinaloa Cartel']);
  });

  it('does nothing on a disabled site', async () => {
    const { controller, body, before } = setup({ disabledSites: [location.hostname] });
    await controller.start();
    expect(body.innerHTML).toBe(before);
  });

  it('turning Frontera off for the site restores the page exactly', async () => {
    const { controller, body, before, reports } = setup({ accessibleMode: true });
    await controller.start();
    expect(body.innerHTML).not.toBe(before);
    await controller.applySettings(
      settings({ accessibleMode: true, disabledSites: [location.hostname] }),
    );
    expect(body.innerHTML).toBe(before);
    expect(reports.at(-1)).toEqual([]);
    await controller.applySettings(settings({ accessibleMode: true }));
    expect(body.querySelectorAll('frontera-mention[tabindex]')).toHaveLength(6);
  });

  it('highlights new paragraphs added later (infinite scroll)', async () => {
    const { controller, body, host, marked } = setup();
    await controller.start();
    const p = document.createElement('p');
    p.textContent = 'Later, the Sinaloa Cartel answered.';
    body.querySelector('#story')?.appendChild(p);
    const side = document.createElement('p');
    side.textContent = 'Trump in the sidebar';
    body.querySelector('.trending')?.appendChild(side);
    controller.flushChanges();
    host.runIdle();
    await new Promise((r) => setTimeout(r, 0));
    expect(marked()).toEqual([
      'Claudia ',
      'Donald Trump',
      'fentanyl',
      'Trump',
      'Sheinbaum',
      'Sinaloa Cartel',
      'Sinaloa Cartel',
    ]);
    expect(performance.getEntriesByName('frontera:rescan-done')).toHaveLength(1);
  });

  it('counts nothing twice or stale when the page changes during the first scan', async () => {
    const body = page(ARTICLE);
    const host = fakeHost();
    let yields = 0;
    const controller = createPageController({
      doc: document,
      host,
      matcher: fakeMatcher(),
      entities: entityMap(),
      settings: settings(),
      sliceMs: 0,
      yieldToPage: async () => {
        // Mid-scan, the page rewrites a paragraph the scan has not reached yet and adds one.
        if (++yields === 1) {
          const ps = body.querySelectorAll('#story p');
          (ps[1] as Element).innerHTML = 'Trump again, and fentanyl.';
          const p = document.createElement('p');
          p.textContent = 'Sinaloa Cartel news.';
          body.querySelector('#story')?.appendChild(p);
          // The observer reports at once (as if the page were idle now), mid-scan.
          await new Promise((r) => setTimeout(r, 0));
          host.runIdle();
        }
      },
    });
    await controller.start();
    controller.flushChanges();
    host.runIdle();
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    const marked = [...body.querySelectorAll('frontera-mention[tabindex]')].map(
      (e) => e.textContent,
    );
    expect(marked).toEqual([
      'Claudia ',
      'Donald Trump',
      'fentanyl',
      'Trump',
      'fentanyl',
      'Sinaloa Cartel',
    ]);
    // What the popup and the badge are told: nothing counted twice, nothing stale.
    expect(controller.pageEntities().map((e) => `${e.id}×${e.count}`)).toEqual([
      'donald-trump×2',
      'fentanyl×2',
      'claudia-sheinbaum×1',
      'sinaloa-cartel×1',
    ]);
    expect(yields).toBeGreaterThan(1);
  });

  it('follows text the page re-renders', async () => {
    const { controller, body, host, marked } = setup();
    await controller.start();
    const p = body.querySelectorAll('#story p')[1] as Element;
    p.innerHTML = 'Now only fentanyl is named here.';
    controller.flushChanges();
    host.runIdle();
    await new Promise((r) => setTimeout(r, 0));
    expect(marked()).toEqual(['Claudia ', 'Donald Trump', 'fentanyl', 'fentanyl']);
  });

  it('moves to the next and previous mention and opens its card from the keyboard', async () => {
    const { controller, popover } = setup();
    await controller.start();
    controller.next();
    controller.next();
    controller.previous();
    expect(popover.opened.map((t) => [t.entityId, t.trigger])).toEqual([
      ['claudia-sheinbaum', 'keyboard'],
      ['donald-trump', 'keyboard'],
      ['claudia-sheinbaum', 'keyboard'],
    ]);
  });

  it('in accessible mode, Enter on a mention opens its card and focus comes back to it', async () => {
    const { controller, popover, body } = setup({ accessibleMode: true });
    await controller.start();
    const el = body.querySelector('frontera-mention[tabindex]') as HTMLElement;
    el.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const last = popover.opened.at(-1);
    expect(last?.trigger).toBe('keyboard');
    expect(last?.entityId).toBe('claudia-sheinbaum');
    expect(last?.returnFocusTo).toBe(el);
    expect(el.getAttribute('aria-expanded')).toBe('true');
    controller.popoverClosed();
    expect(el.getAttribute('aria-expanded')).toBe('false');
  });
});
