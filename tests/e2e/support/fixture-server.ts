/**
 * Serves tests/fixtures/pages over HTTP on 127.0.0.1 (a random free port), and lets a browser context
 * open those pages under a news-site URL, so the production build's content-script matches apply
 * unchanged: requests to `https://<newsHost>/…` are answered from the local server, never the network.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const PAGES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  /** e.g. http://127.0.0.1:43210 */
  origin: string;
  close(): Promise<void>;
}

export async function startFixtureServer(root = PAGES_DIR): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * Answers every request to `https://<newsHost>/` from the fixture server, so a test can open
 * `https://<newsHost>/article.html` and the extension sees a real news-site URL.
 */
export async function routeNewsHost(
  context: BrowserContext,
  server: FixtureServer,
  newsHost: string,
): Promise<void> {
  await context.route(`https://${newsHost}/**`, async (route) => {
    const url = new URL(route.request().url());
    const res = await fetch(`${server.origin}${url.pathname}${url.search}`);
    await route.fulfill({
      status: res.status,
      headers: { 'content-type': res.headers.get('content-type') ?? 'text/html' },
      body: Buffer.from(await res.arrayBuffer()),
    });
  });
}
