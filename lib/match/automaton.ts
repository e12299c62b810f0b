/**
 * Aho–Corasick automaton over folded alias strings: one pass over the text finds every
 * occurrence of every alias, in time proportional to the text plus the number of hits.
 *
 * The automaton is compiled into a dense transition table over an alphabet of "classes": each
 * UTF-16 unit that occurs in some alias gets a class, every other unit is class 0 (it can only
 * send the automaton back to the root). Scanning is then one table lookup per unit.
 */

export interface Automaton {
  /** Number of patterns (their ids are 0..count-1, in the order given). */
  readonly count: number;
  readonly lengths: Int32Array;
  /** Calls `hit(patternId, endExclusive)` for every occurrence, in order of end position. */
  scan(text: string, hit: (pattern: number, end: number) => void): void;
}

/** The form patterns must be given in: hyphens as spaces, to match the scan's equivalence. */
export function canonical(folded: string): string {
  return folded.replace(/-/g, ' ');
}

export function compileAutomaton(patterns: readonly string[]): Automaton {
  // Alphabet: class per unit that occurs in a pattern.
  const classOf = new Uint16Array(0x10000);
  let classes = 1;
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (classOf[c] === 0) classOf[c] = classes++;
    }
  }
  // A hyphen in the text reads as a space: "López-Obrador", "Jalisco-New Generation".
  // (Patterns are given with hyphens already turned into spaces, see `canonical`.)
  if (classOf[0x20] === 0) classOf[0x20] = classes++;
  classOf[0x2d] = classOf[0x20] as number;

  // Trie with map children (compile time only).
  const children: Map<number, number>[] = [new Map()];
  const output: number[] = [-1];
  patterns.forEach((p, id) => {
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const k = classOf[p.charCodeAt(i)] as number;
      const kids = children[node] as Map<number, number>;
      let next = kids.get(k);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        output.push(-1);
        kids.set(k, next);
      }
      node = next;
    }
    // Duplicate patterns keep the first id; callers dedupe beforehand.
    if (output[node] === -1) output[node] = id;
  });

  const nodes = children.length;
  const delta = new Int32Array(nodes * classes);
  const fail = new Int32Array(nodes);
  const out = new Int32Array(output);
  /** Nearest proper suffix node (via fail links) that ends a pattern, or -1. */
  const dict = new Int32Array(nodes).fill(-1);

  // BFS: fill the full transition function (goto + failure folded in).
  const queue = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  for (const [k, child] of children[0] as Map<number, number>) {
    delta[k] = child;
    fail[child] = 0;
    queue[tail++] = child;
  }
  while (head < tail) {
    const node = queue[head++] as number;
    const f = fail[node] as number;
    dict[node] = (out[f] as number) >= 0 ? f : (dict[f] as number);
    const row = node * classes;
    const frow = f * classes;
    const kids = children[node] as Map<number, number>;
    for (let k = 1; k < classes; k++) {
      const child = kids.get(k);
      if (child === undefined) {
        delta[row + k] = delta[frow + k] as number;
      } else {
        delta[row + k] = child;
        fail[child] = delta[frow + k] as number;
        queue[tail++] = child;
      }
    }
  }

  const lengths = new Int32Array(patterns.map((p) => p.length));

  // Scan table: row offsets instead of node ids (no multiply per unit), and a target that
  // ends some pattern (itself or via its dictionary link) is stored bit-inverted, so the
  // common case — no hit — costs one lookup and one sign test.
  const emits = (node: number) => (out[node] as number) >= 0 || (dict[node] as number) >= 0;
  const table = new Int32Array(nodes * classes);
  for (let i = 0; i < table.length; i++) {
    const target = delta[i] as number;
    table[i] = emits(target) ? ~(target * classes) : target * classes;
  }

  return {
    count: patterns.length,
    lengths,
    scan(text, hit) {
      // Locals, so the hot loop reads no closure slots.
      const t = table;
      const cls = classOf;
      let row = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const next = t[row + (cls[text.charCodeAt(i)] as number)] as number;
        if (next >= 0) {
          row = next;
          continue;
        }
        row = ~next;
        const node = row / classes;
        let o = (out[node] as number) >= 0 ? node : (dict[node] as number);
        while (o >= 0) {
          hit(out[o] as number, i + 1);
          o = dict[o] as number;
        }
      }
    },
  };
}
