/**
 * Context rules: a word listed as near or notNear counts when it stands within the window as a
 * whole word (plurals included), before or after the mention, never inside the mention itself.
 * Single-word terms are looked up word by word; the verdict must be the one a plain phrase
 * search over the window gives, whatever the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompiledContext, compileContext, evaluateContext } from '../../lib/match/context';
import { hasPhrase, neighbourhood } from '../../lib/match/phrases';
import { fold, tokenize } from '../../lib/text';

/** The rule stated plainly: every near/notNear term searched as a phrase in the window. */
function reference(ctx: CompiledContext, folded: string, start: number, end: number) {
  if (ctx.notNear.length === 0 && !ctx.positive) return 'pass';
  const { from, to } = neighbourhood(folded, start, end, ctx.window);
  const win = folded.slice(from, to);
  const any = (terms: string[]) =>
    terms.some(
      (t) => hasPhrase(win, t, 0, start - from) || hasPhrase(win, t, end - from, win.length),
    );
  if (any(ctx.notNear)) return 'veto';
  if (!ctx.positive) return 'pass';
  return any(ctx.near) ? 'pass' : 'unmet';
}

const VOCABULARY = [
  'cartel',
  'cartels',
  'carteles',
  'cartel’s',
  'cartelx',
  'xcartel',
  'tariff',
  'tariffs',
  'tariffes',
  'bus',
  'buses',
  'buse',
  'drug',
  'drugs',
  'drug war',
  'white house',
  'U.S.',
  'J.',
  'border-security',
  'border',
  'security',
  'Sinaloa',
  'sinaloas',
  'López',
  'lopez',
  's',
  'es',
  'e',
  '—',
  ',',
  '.',
  '(',
  '😀',
];
const TERMS = [
  'cartel',
  'tariff',
  'bus',
  'buse',
  'drug war',
  'white house',
  'u.s',
  'border-security',
  'lópez',
  's',
  'e',
  'sinaloa',
  'security',
];

describe('context rules: near and notNear words', () => {
  it('agree with a plain phrase search over the window, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom(' ', '  ', ', ', '\n', '-', "'", ''), { maxLength: 40 }),
        fc.subarray(TERMS),
        fc.subarray(TERMS),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        fc.nat(),
        (words, gaps, near, notNear, window, pick, span) => {
          const text = words.map((w, i) => w + (gaps[i] ?? ' ')).join('');
          const folded = fold(text);
          const tokens = tokenize(folded);
          if (tokens.count === 0) return;
          const first = pick % tokens.count;
          const last = Math.min(tokens.count - 1, first + (span % 3));
          const start = tokens.starts[first] as number;
          const end = tokens.ends[last] as number;
          const ctx = compileContext({ near, notNear, window }, folded.slice(start, end));
          const input = { folded, start, end, entities: new Set<string>(), self: 'x' };
          expect(evaluateContext(ctx, input)).toBe(reference(ctx, folded, start, end));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('counts a plural near word and ignores the same word inside a longer one', () => {
    const ctx = compileContext({ near: ['cartel'] }, 'sinaloa');
    const at = (text: string) => {
      const folded = fold(text);
      const start = folded.indexOf('sinaloa');
      return evaluateContext(ctx, {
        folded,
        start,
        end: start + 7,
        entities: new Set(),
        self: 'x',
      });
    };
    expect(at('the cartels of Sinaloa')).toBe('pass');
    expect(at('Sinaloa cárteles')).toBe('pass');
    expect(at('cartelization in Sinaloa')).toBe('unmet');
  });

  it('vetoes on a notNear word even when a near word is also there', () => {
    const ctx = compileContext({ near: ['cartel'], notNear: ['tequila'] }, 'camarena');
    const folded = fold('Cartel lore: Camarena tequila');
    const start = folded.indexOf('camarena');
    expect(
      evaluateContext(ctx, { folded, start, end: start + 8, entities: new Set(), self: 'x' }),
    ).toBe('veto');
  });
});
