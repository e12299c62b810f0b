/**
 * `npm run demo`: builds Frontera, serves a bundled news article locally and opens Chromium with
 * the extension loaded on it.
 * - With a display: a real window; hover the underlined names. Close the window to finish.
 * - Without one (or with --headless): hovers three names, saves a screenshot of each card and
 *   prints the paths.
 * Options: --headless, --no-build, --page <file in tests/fixtures/pages> (default article.html).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  cardBox,
  cdpFor,
  expectCard,
  hoverMention,
  waitForMark,
} from '../tests/e2e/content-support';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { routeNewsHost, startFixtureServer } from '../tests/e2e/support/fixture-server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, '.output/demo');
// The fixture article is served under a news site's address, where Frontera runs from install.
const HOST = 'apnews.com';
const NAMES = ['Claudia Sheinbaum', 'Omar García Harfuch', 'Sinaloa Cartel'];

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

function run(cmd: string, cmdArgs: string[]): boolean {
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit' });
  return r.status === 0;
}

function build(): void {
  if (flag('no-build')) return;
  console.log('Building Frontera (npm run build)…');
  if (run('npm', ['run', 'build'])) return;
  if (existsSync(resolve(ROOT, 'public/data/scan.json'))) {
    console.warn('The corpus build failed; building the extension with the last corpus data.');
    if (run('npx', ['wxt', 'build'])) return;
  }
  throw new Error('Build failed: see the messages above.');
}

async function main(): Promise<void> {
  build();
  const headless = flag('headless') || !process.env.DISPLAY;
  const pagePath = option('page') ?? 'article.html';
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ headless, viewport: headless ? undefined : null });
  await routeNewsHost(browser.context, server, HOST);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const url = `https://${HOST}/${pagePath}`;
  await page.goto(url);
  await waitForMark(page, 'frontera:scan-done');
  const found = await page.evaluate(
    () =>
      (performance.getEntriesByName('frontera:scan-done')[0] as PerformanceMark).detail as {
        mentions: number;
        entities: number;
      },
  );
  console.log(
    `Frontera is running on ${url} (served from tests/fixtures/pages/${pagePath}): ` +
      `${found.mentions} mentions of ${found.entities} entities highlighted.`,
  );

  if (!headless) {
    console.log('Hover an underlined name to see its card. Close the browser window to finish.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await server.close();
    return;
  }

  mkdirSync(OUT, { recursive: true });
  const cdp = await cdpFor(page);
  const shots: string[] = [];
  for (const [i, name] of NAMES.entries()) {
    await page.mouse.move(2, 2);
    await page.waitForTimeout(300);
    await hoverMention(page, name);
    await expectCard(cdp, new RegExp(name.split(' ')[0] as string), 'fr-name');
    await page.waitForTimeout(350); // entrance transition
    const box = await cardBox(cdp);
    const view = page.viewportSize() ?? { width: 1280, height: 900 };
    const path = resolve(
      OUT,
      `card-${i + 1}-${name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')}.png`,
    );
    const x = Math.max(0, (box?.x ?? 0) - 160);
    const y = Math.max(0, (box?.y ?? 0) - 100);
    await page.screenshot({
      path,
      clip: box
        ? {
            x,
            y,
            width: Math.min(view.width - x, box.width + 320),
            height: Math.min(view.height - y, box.height + 140),
          }
        : undefined,
    });
    shots.push(path);
  }
  const full = resolve(OUT, 'page.png');
  await page.mouse.move(2, 2);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: full });
  shots.push(full);
  console.log('Screenshots:');
  for (const s of shots) console.log(`  ${s}`);
  await browser.close();
  await server.close();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
