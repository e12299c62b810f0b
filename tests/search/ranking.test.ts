import { describe, expect, it } from 'vitest';
import { createSearcher } from '../../lib/search';
import { searchData } from './fixture';

const searcher = createSearcher(searchData());
const entityIds = (q: string) => searcher.search(q).entities.map((h) => h.doc.id);
const passageIds = (q: string) => searcher.search(q).passages.map((h) => h.doc.id);

describe('search ranking', () => {
  it('an exact name comes first, as an exact hit', () => {
    const [first] = searcher.search('Sinaloa Cartel').entities;
    expect(first?.doc.id).toBe('sinaloa-cartel');
    expect(first?.tier).toBe('exact');
  });

  it('an exact alias outranks fuzzy lookalikes ("Chapitos" before Chapo)', () => {
    const hits = searcher.search('chapitos').entities;
    expect(hits[0]?.doc.id).toBe('los-chapitos');
    expect(hits[0]?.tier).toBe('alias');
  });

  it('an acronym alias finds its entity and says which name matched', () => {
    const [first] = searcher.search('AMLO').entities;
    expect(first?.doc.id).toBe('lopez-obrador');
    expect(first?.viaAlias).toBe('AMLO');
  });

  it.each([
    ['lopez obrador', 'lopez-obrador'],
    ['LÓPEZ OBRADOR', 'lopez-obrador'],
    ['merida', 'merida-initiative'],
    ['MERIDA INITIATIVE', 'merida-initiative'],
    ['joaquin guzman', 'joaquin-guzman'],
  ])('accents and case never matter: %j finds %s first', (q, id) => {
    expect(entityIds(q)[0]).toBe(id);
  });

  it.each([
    ['Sheinbuam', 'claudia-sheinbaum'],
    ['sheinbam', 'claudia-sheinbaum'],
    ['fentanil', 'fentanyl'],
    ['Lopes Obrador', 'lopez-obrador'],
    ['sinoala cartel', 'sinaloa-cartel'],
  ])('a misspelling still finds the entity: %j → %s', (q, id) => {
    expect(entityIds(q)[0]).toBe(id);
  });

  it.each([
    ['Cártel del Golfo', 'gulf-cartel'],
    ['cartel del golfo', 'gulf-cartel'],
    ['Iniciativa Mérida', 'merida-initiative'],
    ['fentanilo', 'fentanyl'],
    ['cartel jalisco nueva generacion', 'cjng'],
  ])('a Spanish alias finds the entity: %j → %s', (q, id) => {
    expect(entityIds(q)[0]).toBe(id);
  });

  it('typing a prefix finds the name before the last letters are typed', () => {
    expect(entityIds('shein')[0]).toBe('claudia-sheinbaum');
    expect(entityIds('chap')).toEqual(expect.arrayContaining(['los-chapitos', 'joaquin-guzman']));
  });

  it('a single letter lists entities with a word starting with it, no passages', () => {
    const r = searcher.search('s');
    expect(r.entities.map((h) => h.doc.id)).toEqual(['claudia-sheinbaum', 'sinaloa-cartel']);
    expect(r.passages).toEqual([]);
  });

  it('passages that contain the words verbatim come before fuzzy ones', () => {
    const hits = searcher.search('sinaloa').passages;
    expect(hits.map((h) => h.doc.id)).toEqual(
      expect.arrayContaining(['cartels-roundup/03', 'cartels-roundup/05']),
    );
    expect(hits.slice(0, 2).every((h) => h.tier === 'exact')).toBe(true);
  });

  it('finds passages in either language, without accents', () => {
    expect(passageIds('designados organizaciones terroristas')[0]).toBe('cartels-roundup/03');
    expect(passageIds('unilateral action')[0]).toBe('security-talks/01');
  });

  it('results are grouped: entities and passages come back separately', () => {
    const r = searcher.search('sinaloa');
    expect(r.entities.every((h) => h.doc.kind === 'entity')).toBe(true);
    expect(r.passages.every((h) => h.doc.kind === 'passage')).toBe(true);
    expect(r.entities.length).toBeGreaterThan(0);
    expect(r.passages.length).toBeGreaterThan(0);
  });

  it('an empty or blank query finds nothing', () => {
    expect(searcher.search('')).toEqual({ query: '', entities: [], passages: [] });
    expect(searcher.search('   ').entities).toEqual([]);
  });

  it('nonsense finds nothing rather than everything', () => {
    const r = searcher.search('xqzvwk');
    expect(r.entities).toEqual([]);
    expect(r.passages).toEqual([]);
  });

  it('respects the result limits', () => {
    const r = searcher.search('cartel', { maxEntities: 2, maxPassages: 1 });
    expect(r.entities).toHaveLength(2);
    expect(r.passages.length).toBeLessThanOrEqual(1);
  });
});
