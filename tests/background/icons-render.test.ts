/** The icons the build renders from assets/icon.svg (scripts/icons.ts). */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES } from '../../lib/background/icon-set';
import { iconSvg, renderPng } from '../../scripts/icons';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** The largest channel spread (max − min of r, g, b) of any opaque pixel: 0 for pure greys. */
function maxSaturation(svg: string): number {
  const { pixels } = new Resvg(svg, { fitTo: { mode: 'width', value: 32 } }).render();
  let max = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if ((pixels[i + 3] ?? 0) < 255) continue;
    const rgb = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
    max = Math.max(max, Math.max(...rgb) - Math.min(...rgb));
  }
  return max;
}

describe('the rendered icons', () => {
  it.each(ICON_SIZES)('are %i px square PNGs in both variants', (size) => {
    for (const variant of ['on', 'muted'] as const) {
      const png = renderPng(iconSvg(variant), size);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(pngSize(png)).toEqual([size, size]);
    }
  });

  it('the muted variant has no colour; the normal one has the brand blue', () => {
    expect(maxSaturation(iconSvg('muted'))).toBeLessThan(24);
    expect(maxSaturation(iconSvg('on'))).toBeGreaterThan(150);
  });
});
