/**
 * Editable content is never touched: nothing is marked inside an editor, and a marked block
 * that becomes editable is unmarked before the page can paint or save it, leaving the page's
 * exact DOM (accessible mode's elements included).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPageController } from '../../lib/page';
import { isEditable } from '../../lib/page/editable';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { entityMap, fakeHost, fakeMatcher, page } from './support';

const ARTICLE = `
  <article id="story">
    <h1>Mexico and the US</h1>
    <div id="cms"><p id="lede">President Claudia <b>Sheinbaum</b> answered Donald Trump on fentanyl.</p></div>
    <p id="next">Trump repeated his threat; Sheinbaum said the Sinaloa Cartel was weakened.</p>
    <div contenteditable="true" id="draft"><p>Draft: Sheinbaum and Trump</p></div>
    <textarea id="notes">Sheinbaum</textarea>
    <p>${'More context for the reader of this story. '.repeat(12)}</p>
  </article>`;

function setup(patch: Partial<Settings> = {}) {
  const body = page(ARTICLE);
  const host = fakeHost();
  const controller = createPageController({
    doc: document,
    host,
    matcher: fakeMatcher(),
    entities: entityMap(),
    settings: { ...DEFAULT_SETTINGS, entityTypes: [...DEFAULT_SETTINGS.entityTypes], ...patch },
    yieldToPage: () => Promise.resolve(),
  });
  const markedIn = (sel: string) =>
    [...body.querySelectorAll(`${sel} frontera-mention`)].map((e) => e.textContent);
  return { body, host, controller, markedIn };
}

/** The MutationObserver's callback has run (a microtask after the change). */
const observed = () => new Promise<void>((r) => setTimeout(r, 0));

describe('editable content', () => {
  afterEach(() => {
    document.designMode = 'off';
  });

  it.each([
    ['a contenteditable element', '<div contenteditable=""><p id="t">x</p></div>', true],
    [
      'contenteditable="plaintext-only"',
      '<div contenteditable="plaintext-only"><p id="t">x</p></div>',
      true,
    ],
    [
      'an island marked false inside an editor',
      '<div contenteditable><span contenteditable="false"><b id="t">x</b></span></div>',
      true,
    ],
    ['a textarea', '<textarea id="t">x</textarea>', true],
    ['contenteditable="false" alone', '<div contenteditable="false"><p id="t">x</p></div>', false],
    ['plain text', '<p id="t">x</p>', false],
  ])('%s, %s: editable %s', (_what, html, expected) => {
    page(html);
    expect(isEditable(document.getElementById('t') as Element)).toBe(expected);
  });

  it('is never marked, in an editor or a form field', async () => {
    const { controller, markedIn } = setup({ accessibleMode: true });
    await controller.start();
    expect(markedIn('#lede').length).toBeGreaterThan(0);
    expect(markedIn('#draft')).toEqual([]);
    expect(document.getElementById('notes')?.textContent).toBe('Sheinbaum');
  });

  it('accessible mode: a marked block turned editable gets its exact DOM back at once', async () => {
    const { body, controller, markedIn } = setup({ accessibleMode: true });
    const cms = body.querySelector('#cms') as HTMLElement;
    const original = cms.innerHTML;
    await controller.start();
    expect(markedIn('#cms')).toEqual(['Claudia ', 'Sheinbaum', 'Donald Trump', 'fentanyl']);
    cms.setAttribute('contenteditable', 'true');
    await observed();
    expect(cms.innerHTML).toBe(original);
    expect(markedIn('#cms')).toEqual([]);
    // The rest of the story stays marked.
    expect(markedIn('#next').length).toBeGreaterThan(0);
    // And it is not marked again while it is an editor.
    cms.querySelector('b')?.append(' Pardo');
    controller.flushChanges();
    await observed();
    expect(markedIn('#cms')).toEqual([]);
  });

  it('a block that stops being editable is read again', async () => {
    const { body, controller, markedIn } = setup({ accessibleMode: true });
    await controller.start();
    const draft = body.querySelector('#draft') as HTMLElement;
    draft.removeAttribute('contenteditable');
    controller.flushChanges();
    await expect.poll(() => markedIn('#draft')).toEqual(['Sheinbaum', 'Trump']);
  });

  it('designMode switched on unmarks the whole page before the next input, and off marks it again', async () => {
    const { body, controller, markedIn } = setup({ accessibleMode: true });
    const original = body.innerHTML;
    await controller.start();
    expect(body.querySelectorAll('frontera-mention').length).toBeGreaterThan(0);
    document.designMode = 'on';
    // An edit about to land: Frontera's listener runs first (capture) and unmarks everything.
    document.dispatchEvent(new Event('beforeinput', { bubbles: true }));
    expect(body.innerHTML).toBe(original);
    document.designMode = 'off';
    document.dispatchEvent(new Event('focusin'));
    await expect.poll(() => markedIn('#lede').length).toBeGreaterThan(0);
  });

  it('designMode switched on with no input is caught by the watch too', async () => {
    const { body, controller } = setup({ accessibleMode: true });
    const original = body.innerHTML;
    await controller.start();
    document.designMode = 'on';
    await expect.poll(() => body.innerHTML, { timeout: 2000 }).toBe(original);
  });
});
