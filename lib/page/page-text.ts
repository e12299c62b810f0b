/**
 * The page's text for the topic check, read without a long task: text nodes in slices that give
 * the page a turn between them (a 20 MB page's `textContent` is one 200 ms task), and only a
 * bounded sample sent on — its head, where a story usually is, and windows spread over the rest,
 * so a name anywhere has a chance to be seen without the whole text crossing to the background.
 */

/** Characters of page text the topic check gets at most. */
export const TOPIC_SAMPLE_CHARS = 400_000;
/** Windows the part past the head is sampled in. */
const WINDOWS = 64;
/** Work per slice, ms. */
const SLICE_MS = 8;

const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);

export interface PageTextSample {
  /** At most `maxChars` of the page's text. */
  sample: string;
  /** The length of the whole text (for "has the page grown?"). */
  length: number;
  /** Slices the read took (for tests and benchmarks). */
  slices: number;
}

export interface PageTextOptions {
  yieldToPage: () => Promise<void>;
  /** True when the read is no longer wanted (a newer scan started): stops early, returns null. */
  isCancelled?: () => boolean;
  sliceMs?: number;
  maxChars?: number;
  now?: () => number;
}

export async function samplePageText(
  root: Node,
  options: PageTextOptions,
): Promise<PageTextSample | null> {
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const maxChars = options.maxChars ?? TOPIC_SAMPLE_CHARS;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode: (node: Node) =>
      node.nodeType === 1 && SKIPPED.has((node as Element).localName)
        ? 2
        : node.nodeType === 3
          ? 1
          : 3,
  });
  const pieces: string[] = [];
  let length = 0;
  let slices = 1;
  let deadline = now() + sliceMs;
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    pieces.push(data);
    length += data.length;
    if (++n % 256 === 0 && now() >= deadline) {
      await options.yieldToPage();
      if (options.isCancelled?.()) return null;
      slices++;
      deadline = now() + sliceMs;
    }
  }
  return { sample: sampleOf(pieces, length, maxChars), length, slices };
}

/** The text itself when short enough; else its head and evenly spaced windows of the rest. */
export function sampleOf(pieces: readonly string[], length: number, maxChars: number): string {
  if (length <= maxChars) return pieces.join('');
  const head = Math.floor(maxChars / 2);
  const window = Math.floor((maxChars - head) / WINDOWS);
  const step = Math.floor((length - head) / WINDOWS);
  // Ranges [start, end) of the whole text to keep, in order.
  const wanted: [number, number][] = [[0, head]];
  for (let i = 0; i < WINDOWS; i++) {
    const start = head + i * step;
    wanted.push([start, Math.min(start + window, length)]);
  }
  const out: string[] = [];
  let at = 0;
  let w = 0;
  for (const piece of pieces) {
    const end = at + piece.length;
    while (w < wanted.length && (wanted[w] as [number, number])[1] <= at) w++;
    for (let k = w; k < wanted.length; k++) {
      const [a, b] = wanted[k] as [number, number];
      if (a >= end) break;
      out.push(piece.slice(Math.max(a, at) - at, Math.min(b, end) - at));
      // A window ending inside this piece: the next starts on a word of its own.
      if (b <= end) out.push(' ');
    }
    at = end;
    if (w >= wanted.length) break;
  }
  return out.join('');
}
