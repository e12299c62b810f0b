/**
 * Context rules for ambiguous aliases, taken from the knowledge base (AliasContext): an alias
 * like "Sinaloa", "Morena", "Vance" or "Camarena" counts only when its surroundings agree.
 * Phrases are compiled (folded) once; evaluation looks at a window of words in the folded text.
 */
import type { AliasContext } from '../corpus/types';
import { fold } from './normalise';
import { hasPhrase, type Words, wordAt } from './words';

const DEFAULT_WINDOW = 8;

export interface CompiledContext {
  near: string[];
  notNear: string[];
  /** Each blocking phrase with the offsets at which the alias occurs inside it. */
  blockedBy: { phrase: string; offsets: number[] }[];
  withEntities: string[];
  window: number;
  /** True when the rule needs positive evidence (near words or co-mentioned entities). */
  positive: boolean;
}

export function compileContext(ctx: AliasContext, foldedAlias: string): CompiledContext {
  const clean = (xs: string[] | undefined) =>
    (xs ?? []).map((x) => fold(x).trim()).filter((x) => x.length > 0);
  const blockedBy = clean(ctx.blockedBy).map((phrase) => {
    const offsets: number[] = [];
    for (let at = phrase.indexOf(foldedAlias); at >= 0; at = phrase.indexOf(foldedAlias, at + 1)) {
      offsets.push(at);
    }
    return { phrase, offsets };
  });
  const near = clean(ctx.near);
  const withEntities = [...(ctx.withEntities ?? [])];
  return {
    near,
    notNear: clean(ctx.notNear),
    blockedBy,
    withEntities,
    window: ctx.window ?? DEFAULT_WINDOW,
    positive: near.length > 0 || withEntities.length > 0,
  };
}

export interface ContextInput {
  folded: string;
  words: Words;
  /** The mention, in folded offsets. */
  start: number;
  end: number;
  /** Entities known to be mentioned in the same block (other than this mention). */
  entities: ReadonlySet<string>;
}

/** 'veto': a blocking phrase or a notNear word; 'unmet': no positive evidence; 'pass'. */
export type ContextVerdict = 'veto' | 'unmet' | 'pass';

export function evaluateContext(ctx: CompiledContext, input: ContextInput): ContextVerdict {
  const { folded, words, start, end } = input;
  for (const { phrase, offsets } of ctx.blockedBy) {
    for (const off of offsets) {
      const from = start - off;
      if (from >= 0 && folded.startsWith(phrase, from)) return 'veto';
    }
  }
  if (ctx.notNear.length === 0 && !ctx.positive) return 'pass';

  // Window of `window` words either side, the mention itself excluded.
  const first = wordAt(words, start);
  const last = wordAt(words, Math.max(start, end - 1));
  const lo = words.starts[Math.max(0, first - ctx.window)] ?? start;
  const hiIndex = Math.min(words.count - 1, last + ctx.window);
  const hi = hiIndex >= 0 ? Math.max(end, words.ends[hiIndex] as number) : end;
  const near = (phrase: string) =>
    hasPhrase(folded, phrase, lo, start) || hasPhrase(folded, phrase, end, hi);

  for (const w of ctx.notNear) if (near(w)) return 'veto';
  if (!ctx.positive) return 'pass';
  for (const w of ctx.near) if (near(w)) return 'pass';
  for (const id of ctx.withEntities) if (input.entities.has(id)) return 'pass';
  return 'unmet';
}
