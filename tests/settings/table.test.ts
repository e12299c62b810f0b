/**
 * The settings table is the one place a setting's default and allowed values are written: the
 * defaults are read off it, and the sanitiser keeps exactly what its rows allow.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_TABLE, sanitizeSettings } from '../../lib/settings';

const rows = Object.entries(SETTINGS_TABLE);
const quiet = () => {};

describe('the settings table', () => {
  it.each(rows)('%s: its default is what a fresh install reads', (name, spec) => {
    expect(DEFAULT_SETTINGS[name as keyof typeof DEFAULT_SETTINGS]).toEqual(spec.default);
    expect(sanitizeSettings({ [name]: spec.default }, quiet)).toEqual(sanitizeSettings(undefined));
  });

  it.each(
    rows.flatMap(([name, spec]) =>
      spec.kind === 'choice' ? spec.options.map(([value]) => [name, value] as const) : [],
    ),
  )('%s: the choice %j is kept', (name, value) => {
    expect(sanitizeSettings({ [name]: value }, quiet)).toMatchObject({ [name]: value });
  });

  /** Values each kind of row must refuse. */
  const refused = (spec: (typeof rows)[number][1]): unknown[] => {
    switch (spec.kind) {
      case 'choice':
        return ['no-such-choice', 1];
      case 'range':
        return [spec.min - 1, spec.max + 1, Number.NaN, '300'];
      case 'flag':
        return ['yes', 1];
      case 'subset':
        return [['no-such-value'], 'person'];
      case 'list':
        return [[1, 2], 'example.com'];
    }
  };

  it.each(
    rows.flatMap(([name, spec]) => refused(spec).map((value): [string, unknown] => [name, value])),
  )('%s: a value its row does not allow (%j) falls back to the default', (name, value) => {
    const warnings: string[] = [];
    const s = sanitizeSettings({ [name]: value }, (m) => warnings.push(m));
    expect(s).toEqual(sanitizeSettings(undefined));
    expect(warnings).toHaveLength(1);
  });

  it('a range keeps whole numbers inside it, rounded', () => {
    const { min, max } = SETTINGS_TABLE.hoverDelayMs;
    expect(sanitizeSettings({ hoverDelayMs: min }).hoverDelayMs).toBe(min);
    expect(sanitizeSettings({ hoverDelayMs: max }).hoverDelayMs).toBe(max);
    expect(sanitizeSettings({ hoverDelayMs: 349.6 }, quiet).hoverDelayMs).toBe(350);
  });
});
