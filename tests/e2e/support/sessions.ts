/**
 * The browser (and news site) a test file shares across its tests: registers vitest's
 * beforeAll/afterAll, so a describe block only says what it needs. Call inside `describe`.
 */
import { afterAll, beforeAll } from 'vitest';
import {
  EXTENSION_DIR_OVERRIDE,
  type ExtensionBrowser,
  type LaunchOptions,
  launchWithExtension,
} from './browser';
import { type FixtureServer, routeNewsHost, startFixtureServer } from './fixture-server';

export interface ExtensionSession {
  /** Chromium with the built extension; set once beforeAll has run. */
  readonly browser: ExtensionBrowser;
}

export interface NewsSiteSession extends ExtensionSession {
  /** The fixture server that answers for the news host; set once beforeAll has run. */
  readonly server: FixtureServer;
}

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the ${what} is not started yet: use it inside a test`);
  return value;
}

/** Launches Chromium with the extension before the file's tests and closes it after them. */
export function useExtension(options: LaunchOptions = {}): ExtensionSession {
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    browser = await launchWithExtension({ extensionDir: EXTENSION_DIR_OVERRIDE, ...options });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return started(browser, 'browser');
    },
  };
}

/**
 * As useExtension, plus the fixture pages served under `https://<host>/`, so the production
 * build's content-script matches apply unchanged.
 */
export function useNewsSite(host: string, options: LaunchOptions = {}): NewsSiteSession {
  const session = useExtension(options);
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    await routeNewsHost(session.browser.context, server, host);
  });
  // Runs before useExtension's afterAll (vitest runs after-hooks in reverse order).
  afterAll(async () => {
    await server?.close();
  });
  return {
    get browser() {
      return session.browser;
    },
    get server() {
      return started(server, 'fixture server');
    },
  };
}
