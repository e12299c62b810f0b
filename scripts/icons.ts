/**
 * Frontera's icons, rendered from the one SVG source (assets/icon.svg) with resvg
 * (@resvg/resvg-js: the Rust SVG renderer behind many tools, shipped as prebuilt binaries in
 * npm packages, so no system library or browser is needed): the full-colour icon and a muted
 * variant (greys, for tabs where Frontera is off or does not run) at every manifest size.
 *
 * The build calls renderIcons() (wxt.config.ts, build:publicAssets), so no binary is committed.
 * `npm run icons` also writes previews of both icons at 16, 32 and 128 px on a light and a dark
 * toolbar colour to docs/screenshots/icon-{light,dark}.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { type IconVariant, iconSet } from '../lib/background/icon-set';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SOURCE = join(ROOT, 'assets/icon.svg');

/** The source's colours (tile, border band, rose) and their muted counterparts. */
const MUTED: Record<string, string> = {
  '#0a5bc4': '#767c86',
  '#8fbcff': '#b3b8c0',
  '#ffffff': '#eceef1',
};

export function iconSvg(variant: IconVariant): string {
  const svg = readFileSync(ICON_SOURCE, 'utf8');
  if (variant === 'on') return svg;
  return svg.replace(/#[0-9a-f]{6}/gi, (c) => MUTED[c.toLowerCase()] ?? c);
}

export function renderPng(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/**
 * Renders every icon into `outDir` (keeping the paths the manifest uses, e.g. icon/muted-16.png)
 * and returns them as WXT public files.
 */
export function renderIcons(outDir: string): { absoluteSrc: string; relativeDest: string }[] {
  const files: { absoluteSrc: string; relativeDest: string }[] = [];
  for (const variant of ['on', 'muted'] as const) {
    const svg = iconSvg(variant);
    for (const [size, path] of Object.entries(iconSet(variant))) {
      const absoluteSrc = join(outDir, path);
      mkdirSync(dirname(absoluteSrc), { recursive: true });
      writeFileSync(absoluteSrc, renderPng(svg, Number(size)));
      files.push({ absoluteSrc, relativeDest: path });
    }
  }
  return files;
}

/** Toolbar colours of Chromium and Firefox, light and dark. */
const TOOLBARS = {
  light: ['#ffffff', '#f9f9fb'],
  dark: ['#3c3c3c', '#2b2a33'],
} as const;

/**
 * Both icons at 16, 32 and 128 px, as rendered (no scaling), on both browsers' toolbar colours,
 * and the 16 px icons magnified 6× (pixelated) to show what those 256 pixels hold.
 */
export function previewSvg(theme: keyof typeof TOOLBARS): string {
  const png = (variant: IconVariant, size: number) =>
    `data:image/png;base64,${renderPng(iconSvg(variant), size).toString('base64')}`;
  const rows = TOOLBARS[theme].map((bg, row) => {
    const y = row * 170;
    const cells = (['on', 'muted'] as const).map((variant, i) => {
      const x = i * 330;
      return [
        `<image x="${x + 20}" y="${y + 76}" width="16" height="16" href="${png(variant, 16)}"/>`,
        `<image x="${x + 52}" y="${y + 68}" width="32" height="32" href="${png(variant, 32)}"/>`,
        `<image x="${x + 100}" y="${y + 20}" width="128" height="128" href="${png(variant, 128)}"/>`,
        `<image x="${x + 236}" y="${y + 36}" width="96" height="96" href="${png(variant, 16)}" style="image-rendering:optimizeSpeed"/>`,
      ].join('');
    });
    return `<rect y="${y}" width="660" height="170" fill="${bg}"/>${cells.join('')}`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="660" height="340">${rows.join('')}</svg>`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = join(ROOT, 'docs/screenshots');
  mkdirSync(out, { recursive: true });
  for (const theme of ['light', 'dark'] as const) {
    const file = join(out, `icon-${theme}.png`);
    writeFileSync(file, new Resvg(previewSvg(theme)).render().asPng());
    console.log(file);
  }
}
