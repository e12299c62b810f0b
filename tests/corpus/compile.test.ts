// @vitest-environment node
/**
 * What the build ships, split by who needs it: scan data (aliases and their rules, nothing else)
 * for the content script on every page; corpus data (passages, cards) and the search index only
 * when a card or the popup opens. Output is deterministic.
 */

import { join } from 'node:path';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../lib/corpus/build';
import { compileScan } from '../../lib/corpus/compile';
import { relevance } from '../../lib/corpus/rank';
import type { Passage, SearchData, SearchDoc } from '../../lib/corpus/types';
import { fold } from '../../lib/text';

const mini = buildCorpus({ root: join(process.cwd(), 'tests/fixtures/corpus/mini') });
const real = buildCorpus({ root: process.cwd() });

/** The search index as the popup gets it: through JSON, then Fuse.parseIndex. */
function loadSearch(data: SearchData) {
  const shipped = JSON.parse(JSON.stringify(data)) as SearchData;
  const index = Fuse.parseIndex<SearchDoc>(shipped.index as Parameters<typeof Fuse.parseIndex>[0]);
  return new Fuse(
    shipped.docs,
    {
      keys: shipped.keys,
      includeScore: true,
      ignoreLocation: true,
      ignoreDiacritics: true,
      threshold: 0.34,
    },
    index,
  );
}

describe('scan.json', () => {
  it('holds entity ids, names, types and evidence, the aliases with their rules, the topic rule and the common words, nothing more', () => {
    // matcher: the matcher's pattern table precompiled from the aliases (lib/match/patterns.ts).
    expect(Object.keys(mini.scan).sort()).toEqual([
      'aliases',
      'commonWords',
      'entities',
      'matcher',
      'topic',
      'version',
    ]);
    for (const entity of mini.scan.entities)
      expect(Object.keys(entity).sort()).toEqual(['evidence', 'id', 'name', 'type']);
    for (const alias of mini.scan.aliases) {
      for (const key of Object.keys(alias)) {
        expect(['text', 'entityId', 'caseSensitive', 'fuzzy', 'context']).toContain(key);
      }
    }
  });

  it('carries no passage and no summary', () => {
    for (const data of [mini, real]) {
      const json = JSON.stringify(data.scan);
      for (const entity of data.corpus.entities) expect(json).not.toContain(entity.summary);
      for (const passage of data.corpus.passages.slice(0, 20))
        expect(json).not.toContain(passage.text);
      expect(json).not.toMatch(/"(passages|summary|cites|related)"/);
    }
  });

  it('lists every entity’s name as an alias, and keeps case-sensitivity and context rules', () => {
    const dea = mini.scan.aliases.filter((a) => a.entityId === 'dea');
    expect(dea).toEqual([
      {
        text: 'Drug Enforcement Administration',
        entityId: 'dea',
        caseSensitive: false,
        fuzzy: true,
      },
      { text: 'DEA', entityId: 'dea', caseSensitive: true, fuzzy: false },
    ]);
    const cartel = mini.scan.aliases.find(
      (a) => a.entityId === 'sinaloa-cartel' && a.text === 'Sinaloa',
    );
    expect(cartel?.context).toEqual({ near: ['cartel', 'cártel'] });
  });

  it('does not depend on the order entities were written in', () => {
    const specs = mini.corpus.entities.map(
      ({ id, name, type, aliases, summary, cites, related }) => ({
        id,
        name,
        type,
        aliases: aliases.map((text) => ({ text })),
        summary,
        cites,
        related,
      }),
    );
    expect(compileScan([...specs].reverse())).toEqual(compileScan(specs));
  });
});

describe('corpus.json', () => {
  it('has the documents, their passages and one card entity per knowledge-base entity', () => {
    expect(mini.corpus.documents.map((d) => d.id)).toEqual(['mini-article', 'mini-podcast']);
    expect(mini.corpus.passages).toHaveLength(7);
    expect(mini.corpus.entities.map((e) => e.id)).toEqual([
      'claudia-sheinbaum',
      'dea',
      'sinaloa',
      'sinaloa-cartel',
    ]);
  });

  it('makes related entities symmetric', () => {
    const related = Object.fromEntries(mini.corpus.entities.map((e) => [e.id, e.related]));
    expect(related.dea).toEqual(['claudia-sheinbaum']);
    expect(related.sinaloa).toEqual(['sinaloa-cartel']);
    const realRelated = new Map(real.corpus.entities.map((e) => [e.id, e.related]));
    for (const entity of real.corpus.entities) {
      for (const other of entity.related) expect(realRelated.get(other)).toContain(entity.id);
    }
  });

  it('ranks each entity’s passages best first; the passage its summary cites comes first here', () => {
    for (const entity of [...mini.corpus.entities, ...real.corpus.entities]) {
      const scores = entity.passages.map((p) => p.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    const sheinbaum = mini.corpus.entities.find((e) => e.id === 'claudia-sheinbaum');
    expect(sheinbaum?.passages[0]?.passageId).toBe('mini-article/01');
  });

  it('relevance: more mentions, the full name, a heading and a citation each raise the score', () => {
    const passage = { text: 'x'.repeat(600) } as Passage;
    const base = { passageId: 'p', count: 1, byName: 0, inHeading: false };
    const once = relevance(base, passage, false);
    expect(relevance({ ...base, count: 3 }, passage, false)).toBeGreaterThan(once);
    expect(relevance({ ...base, byName: 1 }, passage, false)).toBeGreaterThan(once);
    expect(relevance({ ...base, inHeading: true }, passage, false)).toBeGreaterThan(once);
    expect(relevance(base, passage, true)).toBeGreaterThan(once);
    expect(relevance(base, { text: 'x'.repeat(200) } as Passage, false)).toBeGreaterThan(once);
  });

  it('maps each passage to the entities it mentions, context rules applied', () => {
    expect(mini.corpus.passageEntities['mini-article/01']).toEqual([
      'claudia-sheinbaum',
      'dea',
      'sinaloa',
    ]);
    // "The Sinaloa Cartel has been weakened": the cartel, not the state.
    expect(mini.corpus.passageEntities['mini-article/02']).toEqual(['sinaloa-cartel']);
  });

  it('is the same, byte for byte, on every build', () => {
    const again = buildCorpus({ root: process.cwd() });
    expect(JSON.stringify(again.corpus)).toBe(JSON.stringify(real.corpus));
    expect(JSON.stringify(again.scan)).toBe(JSON.stringify(real.scan));
    expect(JSON.stringify(again.search)).toBe(JSON.stringify(real.search));
  });
});

describe('search.json', () => {
  it('indexes every entity and every passage, with folded text', () => {
    const kinds = mini.search.docs.map((d) => d.kind);
    expect(kinds.filter((k) => k === 'entity')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'passage')).toHaveLength(7);
    for (const doc of real.search.docs) expect(doc.text).toBe(doc.text.toLowerCase());
    expect(real.search.docs.some((d) => /[áéíóú]/.test(d.text))).toBe(false);
  });

  it('loads with Fuse.parseIndex and finds an entity by an accent-less, misspelt name', () => {
    const fuse = loadSearch(real.search);
    const top = (q: string) => fuse.search(q).find((r) => r.item.kind === 'entity')?.item.id;
    expect(top('Lopez Obrdor')).toBe('andres-manuel-lopez-obrador');
    expect(top('Sheinbuam')).toBe('claudia-sheinbaum');
    expect(top('Garcia Harfuch')).toBe('omar-garcia-harfuch');
  });

  it('finds a passage by words of its text, accents ignored', () => {
    const fuse = loadSearch(real.search);
    const hit = fuse.search('asylum evo morales').find((r) => r.item.kind === 'passage');
    expect(hit?.item.id).toBe('us-mexico-negotiations-podcast/03');
  });
});

describe('the real corpus', () => {
  it('builds without problems: 5 documents, at least 60 entities, none without passages', () => {
    expect(real.problems).toEqual([]);
    expect(real.stats.documents).toBe(5);
    expect(real.stats.entities).toBeGreaterThanOrEqual(60);
    expect(real.stats.entitiesWithoutPassages).toBe(0);
  });

  it('ships where each name is mentioned, so cards mark names without a matcher', () => {
    const { corpus } = real;
    const aliases = new Map(corpus.entities.map((e) => [e.id, [e.name, ...e.aliases].map(fold)]));
    let count = 0;
    for (const passage of corpus.passages) {
      for (const m of corpus.mentions?.[passage.id] ?? []) {
        count++;
        const written = fold(passage.text.slice(m.start, m.end));
        // The span is one of the entity's aliases as written (a plural ending at most).
        expect(aliases.get(m.entityId)?.some((a) => written.startsWith(a))).toBe(true);
        expect(corpus.passageEntities[passage.id]).toContain(m.entityId);
      }
    }
    expect(count).toBeGreaterThan(300);
  });
});
