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

  // Trie as typed arrays (first child / next sibling lists): no per-node objects to allocate,
  // so compiling at content-script start stays a few milliseconds even before the JIT warms up.
  let capacity = 1;
  for (const p of patterns) capacity += p.length;
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const label = new Int32Array(capacity);
  const out = new Int32Array(capacity).fill(-1);
  let nodes = 1;
  for (let id = 0; id < patterns.length; id++) {
    const p = patterns[id] as string;
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const k = classOf[p.charCodeAt(i)] as number;
      let child = firstChild[node] as number;
      while (child >= 0 && label[child] !== k) child = nextSibling[child] as number;
      if (child < 0) {
        child = nodes++;
        label[child] = k;
        nextSibling[child] = firstChild[node] as number;
        firstChild[node] = child;
      }
      node = child;
    }
    // Duplicate patterns keep the first id; callers dedupe beforehand.
    if (out[node] === -1) out[node] = id;
  }

  // Scan table, filled in breadth-first order: a node's row is its failure node's row (already
  // complete, as that node is shallower) with its own children written over it. Entries are row
  // offsets instead of node ids (no multiply per unit), and a target that ends some pattern
  // (itself or via its dictionary link) is stored bit-inverted, so the common case — no hit —
  // costs one lookup and one sign test.
  const table = new Int32Array(nodes * classes);
  const fail = new Int32Array(nodes);
  /** Nearest proper suffix node (via fail links) that ends a pattern, or -1. */
  const dict = new Int32Array(nodes).fill(-1);
  const emits = (node: number) => (out[node] as number) >= 0 || (dict[node] as number) >= 0;
  const queue = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  for (let child = firstChild[0] as number; child >= 0; child = nextSibling[child] as number) {
    queue[tail++] = child;
  }
  // The root's row: its children, everything else back to the root (0). They fail to the root.
  for (let q = 0; q < tail; q++) {
    const child = queue[q] as number;
    table[label[child] as number] = emits(child) ? ~(child * classes) : child * classes;
  }
  while (head < tail) {
    const node = queue[head++] as number;
    const frow = (fail[node] as number) * classes;
    const row = node * classes;
    table.copyWithin(row, frow, frow + classes);
    for (let child = firstChild[node] as number; child >= 0; child = nextSibling[child] as number) {
      const k = label[child] as number;
      const viaFail = table[frow + k] as number;
      const f = ((viaFail < 0 ? ~viaFail : viaFail) / classes) | 0;
      fail[child] = f;
      dict[child] = (out[f] as number) >= 0 ? f : (dict[f] as number);
      table[row + k] = emits(child) ? ~(child * classes) : child * classes;
      queue[tail++] = child;
    }
  }

  const lengths = new Int32Array(patterns.map((p) => p.length));

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
