import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../lib/ui/styles/card-css';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Axe's colour-contrast rule needs layout, which happy-dom lacks; the palette is checked here.
describe.each(['light', 'dark'] as const)('the %s theme', (scheme) => {
  const p = PALETTES[scheme];
  it.each([
    ['text', p.fg, p.bg],
    ['muted text (type, source, why)', p.muted, p.bg],
    ['links', p.accent, p.bg],
    ['error messages', p.error, p.bg],
    ['marked name', p['mark-fg'], p['mark-bg']],
    ['chip text', p.fg, p['chip-bg']],
    ['muted text on a chip-coloured surface', p.muted, p['chip-bg']],
    ['links on a chip-coloured surface (reader)', p.accent, p['chip-bg']],
  ])('%s meets WCAG AA (4.5:1)', (_what, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
});
