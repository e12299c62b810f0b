/** The folded form of one code point outside printable ASCII (see fold.ts for the rules). */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);
const DASHES = new Set([
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x2e3a, 0x2e3b,
]);
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0xff07]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb, 0xff02]);
const COMBINING = /\p{M}/gu;
const WHITE = /^\s$/u;

/** Folded form of one non-ASCII code point; '' for invisible characters, ' ' for white space. */
const cache = new Map<number, string>();
export function foldCodePoint(cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  if (INVISIBLE.has(cp)) out = '';
  else if (DASHES.has(cp)) out = '-';
  else if (SINGLE_QUOTES.has(cp)) out = "'";
  else if (DOUBLE_QUOTES.has(cp)) out = '"';
  else {
    const ch = String.fromCodePoint(cp);
    if (WHITE.test(ch)) out = ' ';
    else if (cp === 0xdf || cp === 0x1e9e)
      out = 'ss'; // ß: the one common case where folding is not lower-casing
    else out = ch.toLowerCase().normalize('NFD').replace(COMBINING, '');
  }
  cache.set(cp, out);
  return out;
}
