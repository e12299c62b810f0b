/**
 * The content app composes the page and the card through their events: what the page shows is
 * reported, a card request carries the page's entities, a closed card lets go of its mention.
 */
import { describe, expect, it } from 'vitest';
import { createContentApp } from '../../lib/page/app';
import type { CardHooks, PageEntityCount } from '../../lib/page/types';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { entityMap, fakeHost, fakeMatcher, fakePopover, page } from './support';

const ARTICLE = `
  <article>
    <h1>Mexico and the US</h1>
    <p>President Claudia Sheinbaum answered Donald Trump on fentanyl.</p>
    <p>Trump repeated his threat; Sheinbaum said the Sinaloa Cartel was weakened.</p>
    <p>${'More context for the reader of this story. '.repeat(12)}</p>
  </article>`;

const settings = (patch: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  entityTypes: [...DEFAULT_SETTINGS.entityTypes],
  ...patch,
});

const tick = () => new Promise((r) => setTimeout(r, 0));

function setup(patch: Partial<Settings> = {}, send?: () => Promise<unknown>) {
  const body = page(ARTICLE);
  const popover = fakePopover();
  const sent: string[][] = [];
  let card: CardHooks | null = null;
  let loads = 0;
  const app = createContentApp({
    doc: document,
    host: fakeHost(),
    matcher: fakeMatcher(),
    entities: entityMap(),
    settings: settings(patch),
    yieldToPage: () => Promise.resolve(),
    loadPopover: async (hooks) => {
      loads++;
      card = hooks;
      return popover;
    },
    send: (entities: PageEntityCount[]) => {
      sent.push(entities.map((e) => e.id));
      return send?.() ?? Promise.resolve();
    },
  });
  return { body, app, popover, sent, card: () => card, loads: () => loads };
}

describe('the content app', () => {
  it('reports the entities the page shows after a scan, and again when they change', async () => {
    const { app, sent } = setup();
    await app.start();
    expect(sent).toEqual([['claudia-sheinbaum', 'donald-trump', 'fentanyl', 'sinaloa-cartel']]);
    await app.applySettings(settings({ entityTypes: ['person'] }));
    expect(sent.at(-1)).toEqual(['claudia-sheinbaum', 'donald-trump']);
  });

  it('does not load the card until one is wanted', async () => {
    const { app, loads } = setup();
    await app.start();
    expect(loads()).toBe(0);
    app.next();
    await tick();
    expect(loads()).toBe(1);
  });

  it('a card asks with the ids of the entities the page shows now', async () => {
    const { app, card, popover } = setup();
    await app.start();
    app.next();
    await tick();
    expect(popover.opened.map((t) => t.entityId)).toEqual(['claudia-sheinbaum']);
    expect(card()?.pageEntityIds()).toEqual([
      'claudia-sheinbaum',
      'donald-trump',
      'fentanyl',
      'sinaloa-cartel',
    ]);
    await app.applySettings(settings({ entityTypes: ['criminal-group', 'topic'] }));
    expect(card()?.pageEntityIds()).toEqual(['fentanyl', 'sinaloa-cartel']);
  });

  it('a card that closes lets go of its mention on the page', async () => {
    const { app, body, card } = setup({ accessibleMode: true });
    await app.start();
    app.next();
    await tick();
    const el = body.querySelector('frontera-mention[tabindex]');
    expect(el?.getAttribute('aria-expanded')).toBe('true');
    card()?.closed();
    expect(el?.getAttribute('aria-expanded')).toBe('false');
  });

  it('a report no one receives is dropped quietly', async () => {
    const { app, sent } = setup({}, () => Promise.reject(new Error('no background')));
    await app.start();
    await tick();
    expect(sent).toHaveLength(1);
  });
});
