/**
 * Frontera is never wrong about the page and never seen or steered by it (issue 18), written once
 * and run in Chromium and in Firefox (page-safety-chromium.test.ts, page-safety-firefox.test.ts):
 * hostile fixture pages of our own under a default news site.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import {
  expectCard,
  expectPrivatelyMarked,
  highlights,
  hoverText,
  openScanned,
  waitForMark,
} from '../journeys/steps';
import type { DriverPage, ExtensionDriver } from '../support/driver';
import { caretIn, compose, markedIn, paste, undoTo } from './probes';

const HOST = 'apnews.com';

interface Recorder {
  seen: { messages: string[]; events: string[] };
  attack(): void;
  readRegistry(): Record<string, string[]>;
}

interface TickerReport {
  samples: number;
  ranges: number;
  wrong: string[];
  removed: number;
}

/** Every name ticker.html can show, as Frontera marks it (lower case). */
const TICKER_NAMES = [
  'sheinbaum',
  'claudia sheinbaum',
  'trump',
  'donald trump',
  'fentanyl',
  'sinaloa cartel',
  'omar garcía harfuch',
  'los chapitos',
  'tariffs',
  'dea',
  'terrorist group',
  'sinaloa',
];

type Original = { cms: string; comment: string; field: string };
const original = (page: DriverPage) =>
  page.evaluate(() => (window as unknown as { original: Original }).original, null);
const html = (page: DriverPage, sel: string) =>
  page.evaluate((s) => document.querySelector(s)?.innerHTML ?? '', sel);
const rescans = (page: DriverPage) =>
  page.evaluate(() => performance.getEntriesByName('frontera:rescan-done').length, null);

/** Registers the suite for the browser `launch` starts. Call inside `describe`. */
export function pageSafety(launch: () => Promise<ExtensionDriver>): void {
  let driver: ExtensionDriver;
  beforeAll(async () => {
    driver = await launch();
  });
  afterAll(async () => {
    await driver?.close();
  });
  afterEach(async () => {
    await driver?.setSettings({});
  });

  it('the page sees no message or event from Frontera, and cannot switch it off or make it rescan', async () => {
    const page = await openScanned(
      driver,
      HOST,
      `recorder.html#id=${encodeURIComponent(driver.extensionId)}`,
    );
    const before = await highlights(page);
    expect(before.map((h) => h.text)).toContain('Sinaloa Cartel');
    const scans = await rescans(page);
    expect(await page.evaluate(() => (window as unknown as Recorder).seen, null)).toEqual({
      messages: [],
      events: [],
    });
    await page.evaluate(() => (window as unknown as Recorder).attack(), null);
    // Then a real change the reader would see: Frontera, still on, reads it once.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'Later, Rafael Caro Quintero was named in the same indictment of the Sinaloa Cartel.';
      document.querySelector('article')?.append(p);
    }, null);
    await expect
      .poll(async () => (await highlights(page)).map((h) => h.text))
      .toContain('Rafael Caro Quintero');
    expect((await highlights(page)).length).toBe(before.length + 2);
    expect(await rescans(page)).toBe(scans + 1);
    await page.close();
  });

  it("the page cannot learn which of the names it planted are in the reader's library", async () => {
    const name = 'Velmora Quistany';
    const form = await driver.openExtensionPage(
      `add-name.html?${new URLSearchParams({ text: name })}`,
    );
    await form.waitFor(
      (n) => (document.querySelector('#an-name') as HTMLInputElement | null)?.value === n,
      name,
    );
    await form.click('button[type="submit"]');
    await form.waitFor(
      () => /Added/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
      null,
    );
    await form.close();
    for (const accessibleMode of [false, true]) {
      await driver.setSettings({ accessibleMode });
      const page = await openScanned(driver, HOST, 'recorder.html');
      const planted = await html(page, '#planted');
      // The reader sees it marked, and can open its card…
      await expectPrivatelyMarked(page, name);
      await hoverText(page, name);
      await expectCard(page, new RegExp(name), 'fr-name');
      // …while everything the page can read says nothing about it.
      const seen = await page.evaluate(() => {
        const w = window as unknown as Recorder;
        return {
          registry: w.readRegistry(),
          timeline: JSON.stringify(
            performance.getEntries().map((e) => [e.name, (e as PerformanceMark).detail]),
          ),
          dom: document.documentElement.outerHTML,
          seen: w.seen,
        };
      }, null);
      expect(Object.values(seen.registry).flat().join(' ')).not.toMatch(/Velmora|Quistany/);
      if (!accessibleMode) {
        expect(Object.values(seen.registry).flat()).toContain('Sinaloa Cartel');
      }
      expect(seen.timeline).not.toMatch(/Velmora|Quistany|mine:/);
      expect(seen.dom).not.toMatch(/mine:|Velmora Quistany<\//);
      expect(await html(page, '#planted')).toBe(planted);
      expect(seen.seen).toEqual({ messages: [], events: [] });
      await page.close();
    }
  });

  it('a live ticker rewriting its text every 50 ms: every registered range is on a name, none on removed text', async () => {
    const page = await openScanned(driver, HOST, 'ticker.html');
    const report = await page.evaluate(
      ([names, ms]) =>
        (
          window as unknown as {
            sampleRanges(n: string[], ms: number): Promise<TickerReport>;
          }
        ).sampleRanges(names, ms),
      [TICKER_NAMES, 2000] as [string[], number],
    );
    expect(report.samples).toBeGreaterThan(20);
    expect(report.ranges).toBeGreaterThan(0);
    expect(report.wrong).toEqual([]);
    expect(report.removed).toBe(0);
    // Once the ticker rests, its names are marked again.
    await page.evaluate(() => {
      (window as unknown as { stopTicker(l: string): void }).stopTicker(
        'LIVE · Trump says the Sinaloa Cartel is a terrorist group',
      );
    }, null);
    await expect
      .poll(async () =>
        (await highlights(page)).filter((h) => h.where.includes('#ticker')).map((h) => h.text),
      )
      .toEqual(expect.arrayContaining(['Trump', 'Sinaloa Cartel']));
    await page.close();
  });

  for (const accessibleMode of [false, true]) {
    const mode = accessibleMode ? 'accessible mode' : 'highlights';
    it(`${mode}: an editor's content is never changed by Frontera (edit mode, typing, undo, paste, IME)`, async () => {
      await driver.setSettings({ accessibleMode });
      const page = await openScanned(driver, HOST, 'editor.html');
      const start = await original(page);
      await expect.poll(() => page.evaluate(markedIn, '#cms')).toContain('Sinaloa Cartel');
      // Editable from the start: never marked.
      expect(await page.evaluate(markedIn, '#comment')).toEqual([]);
      expect(await html(page, '#comment')).toBe(start.comment);
      expect(await page.evaluate(() => document.querySelector('textarea')?.value, null)).toBe(
        start.field,
      );

      // The story goes to edit mode: unmarked before the CMS's next task can read it.
      const atOnce = await page.evaluate(async () => {
        const cms = document.getElementById('cms') as HTMLElement;
        cms.contentEditable = 'true';
        await Promise.resolve();
        await new Promise((r) => setTimeout(r, 0));
        return cms.innerHTML;
      }, null);
      expect(atOnce).toBe(start.cms);
      expect(await page.evaluate(markedIn, '#cms')).toEqual([]);

      // Typing inside a name that was marked.
      expect(await page.evaluate(caretIn, ['#cms b', 5] as const)).toBe(true);
      for (const key of ['X', 'Y', 'Z']) await page.press(key);
      const typed = start.cms.replace('<b>Sheinbaum</b>', '<b>SheinXYZbaum</b>');
      await expect.poll(() => html(page, '#cms')).toBe(typed);
      // Undo brings back exactly what the CMS had.
      await page.evaluate(undoTo, ['#cms', start.cms, 5] as const);
      expect(await html(page, '#cms')).toBe(start.cms);

      // An IME composition, then a paste.
      await page.evaluate(caretIn, ['#cms b', 9] as const);
      await page.evaluate(compose, 'ñ');
      expect(await html(page, '#cms')).toBe(
        start.cms.replace('<b>Sheinbaum</b>', '<b>Sheinbaumñ</b>'),
      );
      const before = await rescans(page);
      await page.evaluate(paste, ' and <i>Donald Trump</i> on fentanyl');
      const pasted = await html(page, '#cms');
      expect(pasted).toContain('Donald Trump');
      // Frontera reads the change (a rescan), and still marks nothing in the editor.
      await waitForMark(page, 'frontera:rescan-done', before + 1);
      expect(await page.evaluate(markedIn, '#cms')).toEqual([]);
      expect(await html(page, '#cms')).toBe(pasted);
      expect(pasted).not.toMatch(/frontera/i);
      // The rest of the story is still marked.
      expect(await page.evaluate(markedIn, 'article')).toContain('Donald Trump');
      await page.close();
    });

    it(`${mode}: designMode switched on: the first click into the page unmarks it before the caret lands, off marks it again`, async () => {
      await driver.setSettings({ accessibleMode });
      const page = await openScanned(driver, HOST, 'editor.html');
      const start = await original(page);
      await expect.poll(() => page.evaluate(markedIn, '#cms')).toContain('Sinaloa Cartel');
      await page.evaluate(() => {
        document.designMode = 'on';
      }, null);
      // The reader clicks into the story: Frontera sees the press before the caret lands, and
      // unmarks everything. (Chromium drops the caret when the element pressed goes away, so the
      // caret is then put back inside the name, as the reader's second click would.)
      const box = await page.evaluate(() => {
        const r = document.querySelector('#cms b')?.getBoundingClientRect();
        return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      }, null);
      if (!box) throw new Error('no #cms b');
      await page.mouseClick(box.x, box.y);
      await expect.poll(() => page.evaluate(markedIn, 'body')).toEqual([]);
      expect(await html(page, '#cms')).toBe(start.cms);
      expect(await page.evaluate(caretIn, ['#cms b', 5] as const)).toBe(true);
      await page.press('Q');
      await expect
        .poll(() => html(page, '#cms'))
        .toBe(start.cms.replace('<b>Sheinbaum</b>', '<b>SheinQbaum</b>'));
      expect(await page.evaluate(markedIn, 'body')).toEqual([]);
      await page.evaluate(() => {
        document.designMode = 'off';
      }, null);
      await expect.poll(() => page.evaluate(markedIn, '#cms')).toContain('Sinaloa Cartel');
      await page.close();
    });
  }
}
