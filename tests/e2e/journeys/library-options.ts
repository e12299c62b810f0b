/**
 * The options' library section, in both browsers, after the journeys saved an article: it counts
 * it and says what the browser says of its storage; Export writes the library file; importing
 * that file back keeps the reader's own article as it is ("yours"); a pack that lists the reader's
 * article beside one of its own adds only its own, and removing it leaves the reader's article.
 * The export is caught as the options page hands it to the browser (the Blob behind the download
 * link), so no download dialog is involved; the import goes through the file input, as a picked
 * file does.
 */
import { expect, it } from 'vitest';
import type { DriverPage, ExtensionDriver } from '../support/driver';

const SAVED = "Omar García Harfuch's security plan, explained";

/** The words of `selector` in the options page, each piece of text apart, spaces collapsed. */
const words = (page: DriverPage, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.textContent ?? '');
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }, selector);

const counts = (page: DriverPage) =>
  page.evaluate(
    () =>
      Object.fromEntries(
        [...document.querySelectorAll('.fr-library-counts div')].map((d) => [
          d.querySelector('dt')?.textContent ?? '',
          Number(d.querySelector('dd')?.textContent?.replace(/\D/g, '')),
        ]),
      ),
    null,
  );

/** Picks a file holding `text` in the import input. */
const pick = (page: DriverPage, text: string) =>
  page.evaluate((content) => {
    const input = document.querySelector<HTMLInputElement>('#library-import');
    if (!input) throw new Error('no file input');
    const files = new DataTransfer();
    files.items.add(new File([content], 'library.frontera.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);

/**
 * Clicks the button named `name` once it can be clicked: after a change the section stays busy
 * (its buttons disabled) until the background has heard of it, as a reader would wait.
 */
const clickButton = async (page: DriverPage, name: string) => {
  const state = () =>
    page.evaluate((n) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === n,
      );
      if (!button) return 'missing';
      if (button.disabled) return 'disabled';
      button.click();
      return 'clicked';
    }, name);
  await expect.poll(state, { timeout: 10_000 }).toBe('clicked');
};

/** Registers the journey; `driver()` is the journeys' browser, after the save journey ran. */
export function libraryOptionsJourney(driver: () => ExtensionDriver): void {
  it('the options’ library section: storage, export, and an import that keeps my article mine', async () => {
    const options = await driver().openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('.fr-library-counts') !== null, null);
    await expect.poll(() => counts(options)).toMatchObject({ Articles: 1, Packs: 0 });
    await expect
      .poll(() => words(options, '.fr-library-storage'), { timeout: 10_000 })
      .toMatch(/^Frontera’s storage in this browser: [\d.]+ [kMGT]B used, of [\d.]+ [kMGT]B/);
    console.log(`${driver().name} storage:`, await words(options, '.fr-library-storage'));
    expect(await words(options, '.fr-library-last-export')).toBe(
      'Never exported from this browser.',
    );

    // Export: catch the file the page hands to the browser, and answer "yes" to confirm().
    await options.evaluate(() => {
      const w = window as unknown as { exported: string[] };
      w.exported = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        void (blob as Blob).text().then((t) => w.exported.push(t));
        return 'blob:caught';
      };
      HTMLAnchorElement.prototype.click = () => {};
      window.confirm = () => true;
    }, null);
    await clickButton(options, 'Export my library');
    await options.waitFor(
      () => (window as unknown as { exported: string[] }).exported.length === 1,
      null,
    );
    const file = await options.evaluate(
      () => (window as unknown as { exported: string[] }).exported[0] ?? '',
      null,
    );
    const library = JSON.parse(file);
    expect([library.format, library.kind]).toEqual(['frontera-pack', 'library']);
    expect(library.articles.map((a: { title: string }) => a.title)).toEqual([SAVED]);
    await expect
      .poll(() => words(options, '.fr-library-last-export'))
      .toMatch(/^Last exported: \d{1,2} \w+ \d{4}\.$/);

    // The same file back: my article is already here, and stays as it is.
    await pick(options, file);
    await expect
      .poll(() => words(options, '.fr-library-preview'))
      .toContain(
        `Documents your library already has, kept as they are (the file’s copy is left out): 1 ${SAVED} (yours)`,
      );
    await clickButton(options, 'Cancel');

    // A pack that lists my article (retitled) beside one of its own.
    const mine = library.articles[0];
    const own = `${mine.id}-the-pack`;
    const pack = {
      ...library,
      kind: 'pack',
      id: 'newsroom',
      title: 'Newsroom pack',
      packs: [],
      articles: [
        { ...mine, title: 'Retitled by the pack' },
        {
          ...mine,
          id: own,
          title: 'The pack’s own story',
          passages: mine.passages.map((p: { position: number }) => ({
            ...p,
            id: `${own}#${p.position}`,
            articleId: own,
          })),
        },
      ],
    };
    await pick(options, JSON.stringify(pack));
    await expect
      .poll(() => words(options, '.fr-library-preview'))
      .toMatch(/Documents to add: 1 The pack’s own story .*kept as they are.*: 1 .* \(yours\)/);
    await clickButton(options, 'Import');
    await expect.poll(() => counts(options)).toMatchObject({ Articles: 2, Packs: 1 });
    expect(await words(options, '.fr-library-pack')).toMatch(/^Newsroom pack .*Documents: 1 ·/);

    await clickButton(options, 'Remove the pack “Newsroom pack”');
    await expect.poll(() => counts(options)).toMatchObject({ Articles: 1, Packs: 0 });
    // My article is still mine, under its own title.
    const again = JSON.parse(
      await (async () => {
        await clickButton(options, 'Export my library');
        await options.waitFor(
          () => (window as unknown as { exported: string[] }).exported.length === 2,
          null,
        );
        return options.evaluate(
          () => (window as unknown as { exported: string[] }).exported[1] ?? '',
          null,
        );
      })(),
    );
    expect(again.articles.map((a: { title: string; origin: null }) => [a.title, a.origin])).toEqual(
      [[SAVED, null]],
    );
    await options.close();
  });
}
