/**
 * The content script starts from the pattern table the corpus build precompiled into scan.json;
 * the CLI and tests may start from the aliases alone. Both must find exactly the same mentions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanData } from '../../lib/corpus/types';
import { createMatcher, MATCHER_DATA_VERSION, precompileMatcher } from '../../lib/match';
import { EVAL_DIR, loadEvalSet } from './eval-set';

const kb = JSON.parse(readFileSync(join(EVAL_DIR, 'kb.json'), 'utf8')) as ScanData;
const { matcher: _ignored, ...raw } = kb;
const precompiled: ScanData = { ...raw, matcher: precompileMatcher(raw) };
const docs = loadEvalSet();

describe('precompiled pattern table', () => {
  it('finds the same mentions as compiling from the aliases, on every evaluation text', () => {
    const fromAliases = createMatcher(raw);
    const fromTable = createMatcher(precompiled);
    expect(docs.length).toBeGreaterThan(5);
    for (const doc of docs) expect(fromTable.find(doc.text)).toEqual(fromAliases.find(doc.text));
  });

  it('is ignored when made by another matcher version', () => {
    // A table whose patterns would find nothing: the matcher must not trust it.
    const stale: ScanData = {
      ...raw,
      matcher: { version: MATCHER_DATA_VERSION + 1, patterns: [] },
    };
    const text = 'President Claudia Sheinbaum met the Sinaloa Cartel’s prosecutors.';
    expect(createMatcher(stale).find(text)).toEqual(createMatcher(raw).find(text));
    expect(createMatcher(stale).find(text).length).toBeGreaterThan(0);
  });

  it('stays small beside the aliases it is made from', () => {
    const size = (x: unknown) => JSON.stringify(x).length;
    expect(size(precompiled.matcher)).toBeLessThan(size(raw.aliases));
  });
});
