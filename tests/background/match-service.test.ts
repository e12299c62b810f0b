/**
 * The background's match service: pages send their text, the matcher answers with offsets, the
 * entities named and what they weigh for the page's topic. The real knowledge base is used, as
 * the extension ships it (public/data/scan.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createMatchService, matchHandlers } from '../../lib/background/match-service';
import { loadOnDemandScript } from '../../lib/background/on-demand-scripts';
import type { ScanData } from '../../lib/corpus/types';

const scanPath = join(import.meta.dirname, '..', '..', 'public', 'data', 'scan.json');
const scan = JSON.parse(readFileSync(scanPath, 'utf8')) as ScanData;
const service = createMatchService(scan);
const handlers = matchHandlers(service);

describe('the match service', () => {
  it('answers mentions per text with offsets, entities and their topic points', async () => {
    const reply = await handlers['content:match'](
      {
        texts: ['President Claudia Sheinbaum spoke.', 'Donald Trump answered.'],
        contextEntities: [],
      },
      {},
    );
    expect(reply.mentions.map((list) => list.map((m) => [m.text, m.entityId]))).toEqual([
      [['Claudia Sheinbaum', 'claudia-sheinbaum']],
      [['Donald Trump', 'donald-trump']],
    ]);
    expect(reply.mentions[0]?.[0]).toMatchObject({ start: 10, end: 27, method: 'exact' });
    const points = Object.fromEntries(reply.entities.map((e) => [e.id, e.points]));
    expect(points).toEqual({ 'claudia-sheinbaum': 2, 'donald-trump': 0 });
    expect(reply.onTopicAt).toBe(2);
  });

  it('reads each text with the entities found before it (ambiguous names)', () => {
    const alone = service.match(['Sinaloa said nothing.'], []);
    const after = service.match(
      ['The Sinaloa Cartel is one of six cartels.', 'Its rival, CJNG, and Sinaloa fought on.'],
      [],
    );
    expect(alone.mentions[0]?.map((m) => m.entityId)).toEqual(['sinaloa']);
    expect(after.mentions[0]?.map((m) => m.entityId)).toContain('sinaloa-cartel');
  });

  it('says whether a whole page could be on topic, also where blocks were glued together', () => {
    expect(service.couldBeOnTopic('The Yankees won again. Trump watched.')).toBe(false);
    expect(service.couldBeOnTopic('Top storiesPresident SheinbaumSaid on Monday')).toBe(true);
    expect(service.couldBeOnTopic('migration, tariffs and China')).toBe(false);
  });

  it('refuses oversized requests and ignores what is not text', async () => {
    await expect(
      handlers['content:match']({ texts: ['x'.repeat(9_000_000)], contextEntities: [] }, {}),
    ).rejects.toThrow(/too much text/);
    const odd = { texts: [42, 'Sheinbaum'], contextEntities: 'x' } as unknown as {
      texts: string[];
      contextEntities: string[];
    };
    const reply = await handlers['content:match'](odd, {});
    expect(reply.mentions.map((list) => list.map((m) => m.entityId))).toEqual([
      ['claudia-sheinbaum'],
    ]);
  });
});

describe('the on-demand scripts', () => {
  it.each([
    ['card-ui', '/card-ui.js'],
    ['readability', '/readability.js'],
  ])('runs %s in the asking frame, once asked', async (script, file) => {
    const inject = vi.fn(async () => undefined);
    const ok = await loadOnDemandScript(script, { tab: { id: 7 }, frameId: 3 }, inject);
    expect(ok).toBe(true);
    expect(inject).toHaveBeenCalledWith(7, 3, file);
  });

  it('runs no other file a page names', async () => {
    const inject = vi.fn(async () => undefined);
    for (const script of ['background', '../popup.js', 'toString', 'hasOwnProperty']) {
      expect(await loadOnDemandScript(script, { tab: { id: 1 } }, inject)).toBe(false);
    }
    expect(inject).not.toHaveBeenCalled();
  });

  it('answers false without a tab', async () => {
    const inject = vi.fn(async () => undefined);
    expect(await loadOnDemandScript('card-ui', {}, inject)).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });
});
