/**
 * Word units of the Basic Multilingual Plane, as a table (one lookup per unit in the scan):
 * 1 = word unit, 2 = not, 0 = not worked out yet. Each block of 1,024 units is filled the first
 * time a unit from it is looked up, from the runs one regular expression matches over the whole
 * block: a page in a Latin script touches two or three blocks, so content-script start does
 * not pay for all 64.
 */
const BLOCK_BITS = 10;
const BLOCK = 1 << BLOCK_BITS;
const wordTable = new Uint8Array(0x10000);
const WORD_RUNS = /[\p{L}\p{N}\p{M}]+/gu;

function fillBlock(code: number): boolean {
  const base = (code >> BLOCK_BITS) << BLOCK_BITS;
  if (base >= 0xd800 && base < 0xe000) {
    // Surrogates count as word units (astral letters are rare and splitting them would be worse).
    wordTable.fill(1, base, base + BLOCK);
    return true;
  }
  wordTable.fill(2, base, base + BLOCK);
  const units = new Array<number>(BLOCK);
  for (let k = 0; k < BLOCK; k++) units[k] = base + k;
  for (const m of String.fromCharCode(...units).matchAll(WORD_RUNS)) {
    wordTable.fill(1, base + m.index, base + m.index + m[0].length);
  }
  return wordTable[code] === 1;
}

/**
 * The table behind `isWordUnit`, for loops over every unit of a text that read it inline (a call
 * per unit is costly before the JIT warms up): 1 = word unit, 2 = not, 0 = ask `isWordUnit`.
 */
export const wordUnitTable: Readonly<Uint8Array> = wordTable;

/** True when the UTF-16 unit is part of a word (a Unicode letter, digit or mark). */
export function isWordUnit(code: number): boolean {
  const v = wordTable[code];
  return v === 1 || (v === 0 && fillBlock(code));
}
