// @vitest-environment node
/**
 * How a source document becomes passages a reader takes in at a glance: one paragraph or short
 * section each, markup reduced to text, podcast timestamps turned into a time and a video link,
 * tables and lists made readable, long paragraphs split, fragments merged, ids stable.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../lib/corpus/load-sources';
import { MAX_PASSAGE_CHARS, splitPassages } from '../../lib/corpus/passages';
import { parseSource } from '../../lib/corpus/source';
import type { SourceDocumentMeta } from '../../lib/corpus/types';
import { videoUrl } from '../../lib/ui/links';

const meta = (overrides: Partial<SourceDocumentMeta> = {}): SourceDocumentMeta => ({
  id: 'doc',
  title: 'The Document Title',
  outlet: null,
  author: null,
  kind: 'news-article',
  date: null,
  dateBasis: 'unknown',
  dateNote: null,
  language: 'en',
  seed: 'doc.txt',
  videoId: null,
  ...overrides,
});

const podcast = meta({ id: 'pod', kind: 'podcast-summary', videoId: 'xPBejhoKlb8' });

const sentence = (i: number) =>
  `Sentence number ${i} explains how the U.S. Border Patrol and Mexican officials shared one more detail of the case, as the record shows.`;

describe('podcast summaries', () => {
  const body = [
    'The talks touched [[political_corruption | corruption]] and [[cartels]] alike <a class="yt-timestamp" data-t="03:30">[03:30]</a>. They went on about **money** for a long while <a class="yt-timestamp" data-t="09:25">[09:25]</a>.',
    '',
    '## Later',
    '',
    'An hour in, the guests turned to lithium deposits in Sonora and what they mean for the region <a class="yt-timestamp" data-t="1:02:03">[1:02:03]</a>.',
  ].join('\n');
  const passages = splitPassages(podcast, body);

  it('know the second of their first timestamp', () => {
    expect(passages.map((p) => p.time)).toEqual([210, 3723]);
  });

  it('link to the video at that second', () => {
    expect(podcast.videoId && videoUrl(podcast.videoId, passages[0]?.time ?? 0)).toBe(
      'https://www.youtube.com/watch?v=xPBejhoKlb8&t=210s',
    );
  });

  it('show no markup: wiki links become their text, timestamp tags and bold marks vanish', () => {
    expect(passages[0]?.text).toBe(
      'The talks touched corruption and cartels alike. They went on about money for a long while.',
    );
    for (const p of passages) expect(p.text).not.toMatch(/\[\[|\]\]|<a|<\/a>|data-t|\*\*/);
  });

  it('in the real corpus: every timestamped passage of the podcast has a time and a link', () => {
    const sources = loadSources('corpus/sources');
    const doc = sources.documents.find((d) => d.meta.kind === 'podcast-summary');
    expect(doc?.meta.videoId).toBe('xPBejhoKlb8');
    const own = sources.passages.filter((p) => p.docId === doc?.meta.id);
    const designation = own.find((p) => p.headingPath[0] === 'Cartels and Terrorist Designation');
    expect(designation?.time).toBe(210);
    expect(doc?.meta.videoId && videoUrl(doc.meta.videoId, designation?.time ?? 0)).toBe(
      'https://www.youtube.com/watch?v=xPBejhoKlb8&t=210s',
    );
    expect(own.filter((p) => p.time !== null).length).toBeGreaterThanOrEqual(5);
    expect(own.some((p) => p.text.includes('[[') || p.text.includes('yt-timestamp'))).toBe(false);
  });
});

describe('tables', () => {
  const body = [
    '### Key Points at a Glance',
    '| Aspect | Details |',
    '|—————————|—————————————————————————–|',
    '| Executive order | Trump designates Mexican cartels as terrorist organizations. |',
    '| Fentanyl Crisis | 70,000 U.S. deaths in 2023; Mexico seizes record amounts of fentanyl. |',
  ].join('\n');
  const [table] = splitPassages(meta(), body);

  it('become one readable passage, one "label: details" line per row', () => {
    expect(table?.kind).toBe('table');
    expect(table?.headingPath).toEqual(['Key Points at a Glance']);
    expect(table?.text).toBe(
      'Executive order: Trump designates Mexican cartels as terrorist organizations.\n' +
        'Fentanyl Crisis: 70,000 U.S. deaths in 2023; Mexico seizes record amounts of fentanyl.',
    );
  });

  it('never show separator rows, pipes or the header row', () => {
    expect(table?.text).not.toMatch(/[|—–]/);
    expect(table?.text).not.toContain('Aspect');
  });

  it('in the real corpus: the roundup’s three "Key points" tables read as rows', () => {
    const tables = loadSources('corpus/sources').passages.filter((p) => p.kind === 'table');
    expect(tables).toHaveLength(3);
    for (const t of tables) expect(t.text).not.toMatch(/\||——/);
    expect(tables[0]?.text.split('\n')[0]).toBe(
      'Executive order: Trump designates Mexican cartels as terrorist organizations.',
    );
  });
});

describe('lists', () => {
  it('"Key points:" with "+" items becomes a list passage with bullets', () => {
    const body = 'Key points:\n+ First point made here.\n+ Second point, with more.';
    const [list] = splitPassages(meta(), body);
    expect(list?.kind).toBe('list');
    expect(list?.text).toBe('Key points:\n• First point made here.\n• Second point, with more.');
  });

  it('an Obsidian callout becomes a callout passage: its title, then its items', () => {
    const body = '> [!info] Context\n> \n> - **Influence**: cartels follow money.';
    const [callout] = splitPassages(meta(), body);
    expect(callout?.kind).toBe('callout');
    expect(callout?.text).toBe('Context\n• Influence: cartels follow money.');
  });
});

describe('passage size', () => {
  it('a long paragraph is split at sentence boundaries into pieces of at most ~900 characters', () => {
    const long = Array.from({ length: 20 }, (_, i) => sentence(i + 1)).join(' ');
    expect(long.length).toBeGreaterThan(2 * MAX_PASSAGE_CHARS);
    const passages = splitPassages(meta(), long);
    expect(passages.length).toBe(Math.ceil(long.length / MAX_PASSAGE_CHARS));
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS * 1.15);
      expect(p.text).toMatch(/^Sentence number \d+ .*\.$/);
    }
    expect(passages.map((p) => p.text).join(' ')).toBe(long);
  });

  it('does not split after initials such as "U.S."', () => {
    // Over the limit, but the only "sentence end" is the abbreviation: the paragraph stays whole.
    const text = `${'A long clause about nothing in particular, '.repeat(25)}said the U.S. Border Patrol.`;
    expect(text.length).toBeGreaterThan(MAX_PASSAGE_CHARS);
    expect(splitPassages(meta(), text).map((p) => p.text)).toEqual([text]);
  });

  it('a fragment is merged into the paragraph before it, in the same section', () => {
    const body = `${sentence(1)} ${sentence(2)}\n\nThey left.\n\n## Next\n\n${sentence(3)}`;
    const passages = splitPassages(meta(), body);
    expect(passages.map((p) => p.text)).toEqual([
      `${sentence(1)} ${sentence(2)}\n\nThey left.`,
      sentence(3),
    ]);
  });

  it('a question is merged with the answer that follows it', () => {
    const body = `Time.news: What happens next?\n\nDr. Sharma: ${sentence(1)}\n\nTime.news: And then?\n\nDr. Sharma: ${sentence(2)}`;
    const passages = splitPassages(meta(), body);
    expect(passages.map((p) => p.text)).toEqual([
      `Time.news: What happens next?\n\nDr. Sharma: ${sentence(1)}`,
      `Time.news: And then?\n\nDr. Sharma: ${sentence(2)}`,
    ]);
  });

  it('in the real corpus: no passage is a fragment, none is a wall of text', () => {
    for (const p of loadSources('corpus/sources').passages) {
      expect(p.text.length, p.id).toBeGreaterThanOrEqual(120);
      expect(p.text.length, p.id).toBeLessThanOrEqual(MAX_PASSAGE_CHARS * 1.3);
    }
  });
});

describe('headings and ids', () => {
  const body = [
    '## The Document Title',
    '',
    sentence(1),
    '',
    '## Part One',
    '',
    sentence(2),
    '',
    '### Detail',
    '',
    sentence(3),
    '',
    '## Part Two',
    '',
    sentence(4),
  ].join('\n');

  it('each passage knows the headings above it, outermost first, without the document title', () => {
    expect(splitPassages(meta(), body).map((p) => p.headingPath)).toEqual([
      [],
      ['Part One'],
      ['Part One', 'Detail'],
      ['Part Two'],
    ]);
  });

  it('ids are docId/nn in reading order, and the same on every run', () => {
    const first = splitPassages(meta(), body);
    expect(first.map((p) => p.id)).toEqual(['doc/01', 'doc/02', 'doc/03', 'doc/04']);
    expect(first.map((p) => p.position)).toEqual([1, 2, 3, 4]);
    expect(splitPassages(meta(), body)).toEqual(first);
  });

  it('adding text at the end of a document keeps the earlier ids', () => {
    const before = splitPassages(meta(), body);
    const after = splitPassages(meta(), `${body}\n\n${sentence(5)}`);
    expect(after.slice(0, before.length)).toEqual(before);
  });
});

describe('boilerplate', () => {
  const passages = loadSources('corpus/sources').passages;
  it.each([
    'Physical Address',
    'Dorchester Center',
    'Flick International',
    'You may also like',
    'Leave a Comment',
    'From:',
    'by time news',
  ])('"%s" appears in no passage', (furniture) => {
    expect(passages.filter((p) => p.text.includes(furniture)).map((p) => p.id)).toEqual([]);
  });

  it('a title printed twice is not a passage', () => {
    const titles = loadSources('corpus/sources').documents.map((d) => d.meta.title);
    for (const p of passages) expect(titles).not.toContain(p.text);
  });

  it('the five documents are all there, in seed order', () => {
    const { documents, problems } = loadSources('corpus/sources');
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.meta.seed)).toEqual([
      '000_15d03738c00d61c1.txt',
      '001_df208c2b269460e3.txt',
      '002_e3a0ddcefdf92a4d.txt',
      '003_a51d5442439ae448.txt',
      '004_8a16ac33d7be715c.txt',
    ]);
  });

  it('front matter parses for every source (file name = id)', () => {
    const text = readFileSync('corpus/sources/trump-targets-cartel-leadership.md', 'utf8');
    const result = parseSource('corpus/sources/trump-targets-cartel-leadership.md', text);
    expect(result.ok && result.doc.meta.id).toBe('trump-targets-cartel-leadership');
  });
});
