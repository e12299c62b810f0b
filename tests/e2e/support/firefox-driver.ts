/**
 * The journeys' driver for Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver
 * BiDi, the built add-on (.output/firefox-mv2) installed as a temporary add-on.
 *
 * What differs from Chromium, and how it is handled here:
 * - BiDi may not navigate a tab to a moz-extension:// page, and puppeteer reports extension tabs
 *   as about:blank. The welcome tab the install opens is kept as a control page: it opens
 *   Frontera's other pages with tabs.create, stores settings and messages tabs; tabs are told
 *   apart by their location.href.
 * - The add-on's internal UUID is random per profile: the `extensions.webextensions.uuids` pref
 *   pins it, so its pages have a known address.
 * - No CDP: the card's closed shadow root is read with BiDi's script.evaluate, whose node
 *   serialisation includes shadow roots (`includeShadowTree: 'all'`), and script.callFunction on
 *   that root (puppeteer's connection and frame id are internals, wrapped in bidi() below).
 * - Every request Firefox makes, the background page's included, goes through a local logging
 *   proxy (network.proxy prefs) that answers none: the privacy witness. News pages are answered
 *   by request interception before any proxy.
 */

import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { Settings } from '../../../lib/settings';
import { SETTINGS_VERSION } from '../content-support';
import type { DriverPage, ExtensionDriver } from './driver';
import { PAGES_DIR } from './fixture-server';
import type { Box } from './highlight-probe';
import { envelope, unwrap } from './wire';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
const ADDON_ID = 'frontera@frontera.example';
/** The moz-extension:// host the add-on gets (pinned by pref). */
export const FIREFOX_EXTENSION_UUID = '6f1c9a52-3d1e-4b7a-9c55-0f6e2a7d4b11';
const ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) {
    throw new Error(
      'Firefox not found: install it with `apt-get install -y firefox-esr` (see README).',
    );
  }
  return found;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A proxy that answers nothing and remembers every request it was asked to carry. */
async function startLoggingProxy(): Promise<{
  port: number;
  log: string[];
  close(): Promise<void>;
}> {
  const log: string[] = [];
  const server = createServer((req, res) => {
    log.push(req.url ?? '?');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Sends a raw WebDriver BiDi command on puppeteer's connection. */
function bidi(browser: Browser, method: string, params: object): Promise<{ result: BidiResult }> {
  const connection = (
    browser as unknown as {
      connection: { send(m: string, p: object): Promise<{ result: BidiResult }> };
    }
  ).connection;
  return connection.send(method, params);
}

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface BidiResult {
  type: 'success' | 'exception';
  result?: RemoteValue & { value?: { shadowRoot?: RemoteValue | null } };
  exceptionDetails?: { text: string };
}

function contextId(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

export interface FirefoxLaunchOptions {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
}

export async function launchFirefoxDriver(
  options: FirefoxLaunchOptions = {},
): Promise<ExtensionDriver> {
  const dir = process.env.FRONTERA_FIREFOX_EXTENSION_DIR ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built add-on in ${dir}: run \`npm run build:firefox\` first.`);
  }
  const proxy = await startLoggingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // 0 light, 1 dark: what prefers-color-scheme reports to pages.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
    },
  });
  const pageErrors: string[] = [];
  const aborted: string[] = [];
  const known = new Set<Page>();

  const close = async () => {
    await browser.close();
    await proxy.close();
  };

  try {
    await browser.installExtension(dir);

    /** A tab not handed out yet whose address ends with `path`. */
    const findNewTab = async (path: string, timeout = 15_000): Promise<Page> => {
      const until = Date.now() + timeout;
      while (Date.now() < until) {
        for (const p of await browser.pages()) {
          if (known.has(p)) continue;
          const href = await p.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(ORIGIN) && href.endsWith(path)) {
            known.add(p);
            return p;
          }
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no tab showing ${path} appeared`);
    };

    // The install opens the welcome page once: it becomes the control page.
    const control = await findNewTab('/welcome.html', 30_000);
    await control.waitForFunction(() => document.querySelector('h1') !== null);

    const wrap = (page: Page): DriverPage => {
      page.on('pageerror', (e) => pageErrors.push(e instanceof Error ? e.message : String(e)));
      const shadowRoot = async (tag = 'frontera-popover'): Promise<string | null> => {
        const { result } = await bidi(browser, 'script.evaluate', {
          expression: `document.querySelector("${tag}")`,
          target: { context: contextId(page) },
          awaitPromise: false,
          serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
        });
        return result.result?.value?.shadowRoot?.sharedId ?? null;
      };
      const inCard = async (
        fn: string,
        args: string[],
        tag = 'frontera-popover',
      ): Promise<string | null> => {
        const root = await shadowRoot(tag);
        if (!root) return null;
        const { result } = await bidi(browser, 'script.callFunction', {
          functionDeclaration: fn,
          this: { sharedId: root },
          arguments: args.map((value) => ({ type: 'string', value })),
          target: { context: contextId(page) },
          awaitPromise: false,
        });
        if (result.type === 'exception') throw new Error(result.exceptionDetails?.text);
        return result.result?.type === 'string' ? (result.result.value as string) : null;
      };
      return {
        evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
        waitFor: async (fn, arg, timeout = 10_000) => {
          await page.waitForFunction(fn as (a: unknown) => unknown, { timeout, polling: 50 }, arg);
        },
        mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
        mouseClick: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
        fill: (selector, text) => page.locator(selector).fill(text),
        click: (selector) => page.locator(selector).click(),
        reload: async () => {
          await page.reload();
        },
        bringToFront: () => page.bringToFront(),
        cardText: async (cls = 'fr-popover') => {
          const text = await inCard(
            'function (cls) { const el = this.querySelector("." + cls); return el ? el.innerText : null; }',
            [cls],
          );
          return text === null || text.trim() === '' ? null : text.trim();
        },
        cardStyle: (cls, property) =>
          inCard(
            'function (cls, p) { const el = this.querySelector("." + cls); return el ? getComputedStyle(el).getPropertyValue(p) : null; }',
            [cls, property],
          ),
        privateMarks: async () => {
          const json = await inCard(
            'function () { return JSON.stringify([...this.querySelectorAll(".fr-box")].map((b) => { const r = b.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })); }',
            [],
            'frontera-overlay',
          );
          return json ? (JSON.parse(json) as Box[]) : [];
        },
        screenshot: async (path) => {
          await page.screenshot({ path: path as `${string}.png` });
        },
        close: async () => {
          known.delete(page);
          await page.close();
        },
      };
    };

    /** Answers news hosts from the fixtures; lets the browser's own schemes through. */
    const answer = (host: string) => (req: HTTPRequest) => {
      const url = new URL(req.url());
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return void req.continue();
      if (url.host !== host) {
        aborted.push(req.url());
        return void req.abort();
      }
      const file = join(PAGES_DIR, url.pathname);
      if (!file.startsWith(PAGES_DIR) || !existsSync(file) || url.pathname === '/') {
        return void req.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
      }
      const ext = file.slice(file.lastIndexOf('.'));
      void req.respond({
        status: 200,
        contentType: TYPES[ext] ?? 'application/octet-stream',
        body: readFileSync(file),
      });
    };

    const inControl = <A, R>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> =>
      control.evaluate(fn as (a: unknown) => Promise<R>, arg);

    return {
      name: 'firefox',
      extensionId: ADDON_ID,
      pageErrors,
      async openNewsPage(host, path) {
        const page = await browser.newPage();
        known.add(page);
        await page.setRequestInterception(true);
        page.on('request', answer(host));
        const driven = wrap(page);
        await page.goto(`https://${host}/${path}`);
        return driven;
      },
      async openExtensionPage(path) {
        await inControl(
          (url) =>
            (
              globalThis as unknown as {
                browser: { tabs: { create(o: object): Promise<unknown> } };
              }
            ).browser.tabs.create({ url }),
          `/${path}`,
        );
        return wrap(await findNewTab(`/${path}`));
      },
      async setSettings(patch: Partial<Settings>) {
        await inControl(
          ([v, version]) =>
            (
              globalThis as unknown as {
                browser: { storage: { sync: { set(x: object): Promise<void> } } };
              }
            ).browser.storage.sync.set({ settings: v, settings$: { v: version } }),
          [patch, SETTINGS_VERSION] as const,
        );
      },
      sendToTab: async (host, type, data) =>
        unwrap(
          await inControl(
            async ([pattern, msg]) => {
              const b = (
                globalThis as unknown as {
                  browser: {
                    tabs: {
                      query(q: object): Promise<{ id?: number }[]>;
                      sendMessage(id: number, msg: object): Promise<unknown>;
                    };
                  };
                }
              ).browser;
              const [tab] = await b.tabs.query({ url: pattern });
              return tab?.id === undefined ? null : b.tabs.sendMessage(tab.id, msg);
            },
            [`https://${host}/*`, envelope(type, data)] as const,
          ),
        ),
      // Firefox itself syncs Remote Settings (firefox.settings.services.mozilla.com) from
      // startup, with or without the add-on (checked: same log with none installed; the prefs
      // puppeteer sets do not stop it). Mozilla's own services are left out; anything else counts.
      outsideRequests: async () => [
        ...aborted,
        ...proxy.log.filter((r) => !/^CONNECT [a-z0-9.-]+\.services\.mozilla\.com:443$/.test(r)),
      ],
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
