/**
 * The topic check's text: read in slices that yield to the page, and only a bounded sample sent
 * on (its head and windows spread over the rest), whatever the page's size.
 */
import { describe, expect, it } from 'vitest';
import { sampleOf, samplePageText } from '../../lib/page/page-text';
import { page } from './support';

describe("the page's text for the topic check", () => {
  it('is read in slices, giving the page a turn between them', async () => {
    const body = page(
      Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} of a long page.</p>`).join('') +
        '<script>var secret = "Sheinbaum";</script>',
    );
    let yields = 0;
    let clock = 0;
    const read = await samplePageText(body, {
      yieldToPage: async () => {
        yields++;
      },
      sliceMs: 1,
      // Every node read costs a "millisecond": the walk must stop and yield every 256 nodes.
      now: () => clock++,
    });
    expect(yields).toBeGreaterThanOrEqual(10);
    expect(read?.slices).toBe(yields + 1);
    expect(read?.sample).toContain('Paragraph 2999 of a long page.');
    expect(read?.sample).not.toContain('secret');
    expect(read?.length).toBe(read?.sample.length);
  });

  it('stops when the scan it serves is cancelled', async () => {
    const body = page(Array.from({ length: 2000 }, (_, i) => `<p>p${i}</p>`).join(''));
    let clock = 0;
    const read = await samplePageText(body, {
      yieldToPage: async () => {},
      isCancelled: () => true,
      sliceMs: 1,
      now: () => clock++,
    });
    expect(read).toBeNull();
  });

  it('sends at most the cap: the head, and windows over the rest reaching its end', () => {
    const pieces = Array.from({ length: 10_000 }, (_, i) => `block ${String(i).padStart(5, '0')} `);
    const length = pieces.reduce((n, p) => n + p.length, 0);
    const sample = sampleOf(pieces, length, 20_000);
    expect(length).toBeGreaterThan(100_000);
    expect(sample.length).toBeLessThanOrEqual(20_000 + 65);
    expect(sample.startsWith(pieces.slice(0, 100).join(''))).toBe(true);
    // A window lies in the last sixty-fourth of the text.
    expect(sample).toMatch(/block 09[89]\d\d/);
  });

  it('is the whole text when it is short enough', () => {
    expect(sampleOf(['Claudia ', 'Sheinbaum'], 17, 100)).toBe('Claudia Sheinbaum');
  });
});
