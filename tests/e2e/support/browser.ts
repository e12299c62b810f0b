/**
 * Launches Debian's Chromium with the built extension loaded, for end-to-end tests, demo and benchmarks.
 * Playwright cannot download browsers here, so playwright-core drives the system Chromium.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
/** Another build to test instead of .output/chrome-mv3 (e.g. CI testing an unpacked release). */
export const EXTENSION_DIR_OVERRIDE = process.env.FRONTERA_EXTENSION_DIR;

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) {
    throw new Error(
      'Chromium not found: install it with `apt-get install -y chromium` (see README).',
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The welcome page the install opened; null once closed (launch closes it unless asked not to). */
  welcome: Page | null;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number } | null;
  /** The pages' locale (navigator.language, Accept-Language), e.g. 'es-MX'. */
  locale?: string;
  /** Added to this process's environment (on Linux, Chromium's UI language comes from LANGUAGE). */
  env?: Record<string, string>;
  /** Chromium flags on top of the usual ones, e.g. '--lang=es-MX'. */
  args?: string[];
  /** Leave the welcome page (opened on install) open instead of closing it. */
  keepWelcome?: boolean;
}

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Flags every test browser gets (the benchmarks' too). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium floods this machine's closed network with connection attempts.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium with a fresh profile and no extension (to see what a page does on its own);
 * `extensionDir` is ignored.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<PlainBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'frontera-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    locale: options.locale,
    env: options.env ? { ...process.env, ...options.env } : undefined,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Starts Chromium with a fresh profile and the extension loaded; resolves once its service worker runs. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  }
  const { context, close } = await launchChromium({
    ...options,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...(options.args ?? []),
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  // Installing opens the welcome page once: wait for it, so it never turns up in the middle of a
  // test (as an unexpected new page or active tab).
  const isWelcome = (p: Page) => p.url() === `chrome-extension://${extensionId}/welcome.html`;
  // Older builds (a benchmark's baseline) have no welcome page.
  const hasWelcome = existsSync(join(dir, 'welcome.html'));
  const welcome = hasWelcome
    ? (context.pages().find(isWelcome) ??
      (await context.waitForEvent('page', { predicate: isWelcome, timeout: 30_000 })))
    : null;
  if (welcome && !options.keepWelcome) await welcome.close();
  return {
    context,
    extensionId,
    serviceWorker,
    welcome: options.keepWelcome ? welcome : null,
    close,
  };
}
