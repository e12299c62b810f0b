/**
 * The last step of `npm run zip`: checks that WXT wrote the two store packages and the Firefox
 * sources zip, and puts what a store listing needs beside them in .output/store/: the listing
 * texts (store/listing.{en,es}.md) and the 1280×800 screenshots the end-to-end run writes
 * (tests/e2e/store-screenshots.test.ts → docs/screenshots/store/). Fails, naming what is
 * missing or wrong, rather than leave a half-ready upload.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, '.output');
const SHOTS = join(ROOT, 'docs/screenshots/store');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

const problems: string[] = [];
const zips = ['chrome', 'firefox', 'sources'].map((k) => `${name}-${version}-${k}.zip`);
for (const zip of zips) {
  if (!existsSync(join(OUTPUT, zip))) problems.push(`.output/${zip} was not written`);
}

const shots = existsSync(SHOTS) ? readdirSync(SHOTS).filter((f) => f.endsWith('.png')) : [];
if (shots.length === 0) {
  problems.push('no store screenshots: run `npm run test:e2e` (store-screenshots.test.ts)');
}
for (const shot of shots) {
  const png = readFileSync(join(SHOTS, shot));
  const size = [png.readUInt32BE(16), png.readUInt32BE(20)];
  if (size[0] !== 1280 || size[1] !== 800)
    problems.push(`${shot} is ${size.join('×')}, not 1280×800`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(`store: ${p}`);
  process.exit(1);
}

const store = join(OUTPUT, 'store');
mkdirSync(join(store, 'screenshots'), { recursive: true });
for (const text of ['listing.en.md', 'listing.es.md']) {
  copyFileSync(join(ROOT, 'store', text), join(store, text));
}
for (const shot of shots) copyFileSync(join(SHOTS, shot), join(store, 'screenshots', shot));
console.log(
  [...zips.map((z) => `.output/${z}`), '.output/store/listing.{en,es}.md']
    .concat(shots.map((s) => `.output/store/screenshots/${s}`))
    .join('\n'),
);
