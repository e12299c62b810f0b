/**
 * Reduces the inline markup of a source line to the text a reader sees. Sources keep their
 * markup verbatim (wiki links, podcast timestamp tags, bold); passages must not show it.
 */

/** A timestamp found in a line: where it sat in the reduced text, and its second in the video. */
export interface Stamp {
  offset: number;
  seconds: number;
}

export interface InlineText {
  text: string;
  stamps: Stamp[];
}

const TIMESTAMP_TAG = /\s*<a\s+class="yt-timestamp"\s+data-t="([\d:]+)"\s*>[^<]*<\/a>/g;
const WIKI_LINK = /\[\[([^\]|]*?)(?:\s*\|\s*([^\]]*?))?\s*\]\]/g;
const BOLD = /\*\*(.+?)\*\*|__(.+?)__/g;
const BREAK = /\s*<br\s*\/?>\s*/g;

/** "03:30" → 210, "1:02:03" → 3723; null when it is not a clock time. */
export function parseClock(clock: string): number | null {
  if (!/^\d+(?::\d{1,2}){1,2}$/.test(clock)) return null;
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * `[[target | text]]` → text, `[[target]]` → target, `**bold**` → bold, timestamp tags removed
 * (their seconds are returned as stamps, at the offset where the tag was).
 */
export function reduceInline(line: string): InlineText {
  let text = line.replace(WIKI_LINK, (_all, target: string, label?: string) =>
    (label ?? target).trim(),
  );
  text = text.replace(BOLD, (_all, a?: string, b?: string) => a ?? b ?? '');
  text = text.replace(BREAK, ' ');
  const stamps: Stamp[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TIMESTAMP_TAG)) {
    out += text.slice(last, m.index);
    const seconds = parseClock(m[1] ?? '');
    if (seconds !== null) stamps.push({ offset: out.length, seconds });
    last = m.index + m[0].length;
  }
  out += text.slice(last);
  return { text: out.trim(), stamps };
}
