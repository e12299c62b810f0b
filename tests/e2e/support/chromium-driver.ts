/**
 * The journeys' driver for Chromium: playwright-core with the built extension
 * (.output/chrome-mv3), news hosts routed to the fixture server, the card read over CDP.
 */

import type { Page } from 'playwright-core';
import type { Settings } from '../../../lib/settings';
import {
  cardText,
  cdpFor,
  computedStyle,
  domTree,
  findByClass,
  privateMarks,
  setSettings,
} from '../content-support';
import { EXTENSION_DIR_OVERRIDE, type LaunchOptions, launchWithExtension } from './browser';
import type { DriverPage, ExtensionDriver } from './driver';
import { routeNewsHost, startFixtureServer } from './fixture-server';
import { envelope, unwrap } from './wire';

export async function launchChromiumDriver(options: LaunchOptions = {}): Promise<ExtensionDriver> {
  const b = await launchWithExtension({ extensionDir: EXTENSION_DIR_OVERRIDE, ...options });
  const server = await startFixtureServer();
  const routed = new Set<string>();
  const outside: string[] = [];
  const pageErrors: string[] = [];
  b.context.on('request', (r) => {
    const url = r.url();
    if (/^(chrome-extension|data|blob):/.test(url)) return;
    if ([...routed].some((h) => url.startsWith(`https://${h}/`))) return;
    outside.push(url);
  });

  const wrap = async (page: Page): Promise<DriverPage> => {
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const cdp = await cdpFor(page);
    return {
      evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
      waitFor: async (fn, arg, timeout = 10_000) => {
        await page.waitForFunction(fn as (a: unknown) => unknown, arg, { timeout, polling: 50 });
      },
      mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
      mouseClick: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key),
      fill: (selector, text) => page.fill(selector, text),
      click: (selector) => page.click(selector),
      reload: async () => {
        await page.reload();
      },
      bringToFront: () => page.bringToFront(),
      cardText: (cls = 'fr-popover') => cardText(cdp, cls),
      privateMarks: () => privateMarks(cdp),
      cardStyle: async (cls, property) => {
        const node = findByClass(await domTree(cdp), cls);
        return node ? ((await computedStyle(cdp, node))[property] ?? null) : null;
      },
      screenshot: async (path) => {
        await page.screenshot({ path });
      },
      close: () => page.close(),
    };
  };

  return {
    name: 'chromium',
    extensionId: b.extensionId,
    pageErrors,
    async openNewsPage(host, path) {
      if (!routed.has(host)) {
        routed.add(host);
        await routeNewsHost(b.context, server, host);
      }
      const page = await b.context.newPage();
      const driven = await wrap(page);
      await page.goto(`https://${host}/${path}`);
      return driven;
    },
    async openExtensionPage(path) {
      const page = await b.context.newPage();
      const driven = await wrap(page);
      await page.goto(`chrome-extension://${b.extensionId}/${path}`);
      return driven;
    },
    setSettings: (patch: Partial<Settings>) => setSettings(b.serviceWorker, patch),
    sendToTab: async (host, type, data) =>
      unwrap(
        await b.serviceWorker.evaluate(
          async ([pattern, msg]) => {
            const c = (
              globalThis as unknown as {
                chrome: {
                  tabs: {
                    query(q: object): Promise<{ id?: number }[]>;
                    sendMessage(id: number, msg: object): Promise<unknown>;
                  };
                };
              }
            ).chrome;
            const [tab] = await c.tabs.query({ url: pattern });
            return tab?.id === undefined ? null : c.tabs.sendMessage(tab.id, msg);
          },
          [`https://${host}/*`, envelope(type, data)] as const,
        ),
      ),
    outsideRequests: async () => [...outside],
    async close() {
      await b.close();
      await server.close();
    },
  };
}
