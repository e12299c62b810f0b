/**
 * The reader's names are matched like bundled ones, on pages and in saved articles; a saved
 * article's mentions follow the page's topic rule and leave typo guesses out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatchService } from '../../lib/background/match-service';
import type { ScanData } from '../../lib/corpus/types';
import { withReaderNames } from '../../lib/library/scan-names';
import type { ReaderName } from '../../lib/library/types';

const scan = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/data/scan.json'), 'utf8'),
) as ScanData;

const ovidio: ReaderName = {
  id: 'mine:ovidio-guzman',
  name: 'Ovidio Guzmán',
  type: 'person',
  aliases: [{ text: 'Ovidio Guzmán' }, { text: 'El Ratón' }],
  note: null,
  createdAt: '2025-03-01T00:00:00.000Z',
  updatedAt: '2025-03-01T00:00:00.000Z',
  origin: null,
};

describe("the reader's names in the matcher", () => {
  it('are found on pages, accent- and case-tolerant, and make a page on topic', () => {
    const service = createMatchService(scan);
    const text = 'OVIDIO GUZMAN, known as el ratón, was sentenced.';
    expect(service.match([text], []).mentions[0]).toEqual([]);
    service.setReaderNames([ovidio]);
    const reply = service.match([text], []);
    expect(reply.mentions[0]?.map((m) => [text.slice(m.start, m.end), m.entityId])).toEqual([
      ['OVIDIO GUZMAN', ovidio.id],
      ['el ratón', ovidio.id],
    ]);
    expect(reply.entities).toEqual([
      { id: ovidio.id, name: 'Ovidio Guzmán', type: 'person', points: 2 },
    ]);
    expect(service.couldBeOnTopic('A court heard Ovidio Guzmán on Monday.')).toBe(true);
    service.setReaderNames([]);
    expect(service.match([text], []).mentions[0]).toEqual([]);
  });

  it('leave the bundled data as it was', () => {
    const joined = withReaderNames(scan, [ovidio]);
    expect(joined.aliases.length).toBe(scan.aliases.length + 2);
    expect(scan.entities.some((e) => e.id === ovidio.id)).toBe(false);
    expect(joined.matcher).toBeUndefined();
    expect(withReaderNames(scan, [])).toBe(scan);
  });
});

describe("a saved article's mentions", () => {
  const service = createMatchService(scan);
  service.setReaderNames([ovidio]);

  it('are exact or by context only, with offsets into each passage', () => {
    const texts = [
      'Claudia Sheinbaum met the DEA about fentanyl.',
      'Sheinbaun (a typo) spoke again; Ovidio Guzmán was not there.',
    ];
    const found = service.articleMentions(texts);
    expect(found[0]?.map((m) => m.entityId)).toEqual(['claudia-sheinbaum', 'dea', 'fentanyl']);
    expect(found[1]?.map((m) => texts[1]?.slice(m.start, m.end))).toEqual(['Ovidio Guzmán']);
  });

  it('follow the topic rule: none on an article about something else', () => {
    expect(service.articleMentions(['Donald Trump talked about China and migration.'])).toEqual([
      [],
    ]);
    // A name of the reader's own is what they read about: with it, the article is on topic.
    const withName = service.articleMentions([
      'Donald Trump talked about China. Ovidio Guzmán was mentioned in passing.',
    ]);
    expect(withName[0]?.map((m) => m.entityId)).toContain(ovidio.id);
    expect(withName[0]?.map((m) => m.entityId)).toContain('donald-trump');
  });
});
