/**
 * The chart side of a name's picture: the map's force layout keeps every name inside the drawing,
 * gives it the same place on every run, and yields between slices (so no task is long); the
 * timeline's axis counts whole passages.
 */
import { describe, expect, it } from 'vitest';
import { countTicks, layoutMap, monthsBetween, radiusOf } from '../../../lib/ui/reader/name-charts';
import type { NameMap } from '../../../lib/ui/reader/name-picture';

function starMap(n: number): NameMap {
  const nodes = [
    { id: 'x', name: 'X', type: 'person' as const, centre: true, mentions: 50 },
    ...Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      name: `Name ${i}`,
      type: 'person' as const,
      centre: false,
      mentions: 1 + (i % 7),
    })),
  ];
  const edges = nodes
    .slice(1)
    .flatMap((node, i) => [
      { source: 'x', target: node.id, weight: node.mentions },
      ...(i > 0 ? [{ source: `n${i - 1}`, target: node.id, weight: 1 }] : []),
    ]);
  return { nodes, edges, seenWithCount: n };
}

describe('the map’s layout', () => {
  it('places every name inside the drawing, the name itself near the middle', async () => {
    const layout = await layoutMap(starMap(30), 720, 420);
    expect(layout.nodes).toHaveLength(31);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(720);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(420);
    }
    const centre = layout.nodes[0];
    expect(Math.abs((centre?.x ?? 0) - 360)).toBeLessThan(200);
    expect(layout.edges).toHaveLength(30 + 29);
  });

  it('puts each name in the same place every time', async () => {
    const a = await layoutMap(starMap(12), 720, 420);
    const b = await layoutMap(starMap(12), 720, 420);
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
  });

  it('runs in slices, yielding between them', async () => {
    let yields = 0;
    await layoutMap(starMap(30), 720, 420, {
      sliceMs: 0,
      ticks: 10,
      yieldTask: async () => {
        yields++;
      },
    });
    // A zero-length slice still takes one step: ten steps, nine yields between them.
    expect(yields).toBe(9);
  });

  it('draws a name with more mentions larger', () => {
    expect(radiusOf(8, 8)).toBeGreaterThan(radiusOf(2, 8));
    expect(radiusOf(1, 1)).toBe(22);
  });
});

describe('the timeline’s axis', () => {
  it.each([
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [10, [0, 3, 6, 9, 12]],
    [500, [0, 125, 250, 375, 500]],
  ])('counts up to %i in whole passages', (max, ticks) => {
    expect(countTicks(max)).toEqual(ticks);
  });
});

describe('the timeline’s months', () => {
  it('runs through every month from the first to the last, across years', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
    expect(monthsBetween('2025-03', '2025-03')).toEqual(['2025-03']);
  });
});
