/**
 * The library's suggestions: one proposal per name over every saved article, ranked by how many
 * articles name it, then how often beside a known name, then how often; dismissed and newly
 * known names left out.
 */
import { describe, expect, it } from 'vitest';
import {
  type ArticleCandidate,
  candidateKey,
  findCandidates,
  knownNamesFrom,
  rankProposals,
} from '../../../lib/library/proposals';
import { article, known } from './support';

function saved(...articles: string[][]): { articleId: string; candidates: ArticleCandidate[] }[] {
  return articles.map((passages, i) => ({
    articleId: `a${i + 1}`,
    candidates: findCandidates(article(...passages), known),
  }));
}

const library = saved(
  ['Ismael "El Mayo" Zambada García pleaded guilty in Brooklyn.', 'Zambada faces life.'],
  ['La detención de "El Mayo" desató una guerra en Culiacán.'],
  ['Ismael Zambada, co-founder of the cartel, wrote a letter from Brooklyn.'],
  ['Gunmen of the Gulf Cartel fought in Reynosa.'],
  ['El Cártel del Golfo se dividió; [Sheinbaum] envió tropas a Reynosa.'],
);

describe('ranking proposals over the library', () => {
  it('merges one name across articles and languages, and counts the articles that name it', () => {
    const ranked = rankProposals(library, { known });
    const zambada = ranked.find((p) => p.name === 'Ismael Zambada García');
    expect(zambada).toMatchObject({ articleIds: ['a1', 'a2', 'a3'], articleCount: 3, mentions: 4 });
    const gulf = ranked.filter((p) => p.forms.includes('Gulf Cartel'));
    expect(gulf).toHaveLength(1);
    expect(gulf[0]?.forms).toEqual(expect.arrayContaining(['Gulf Cartel', 'Cártel del Golfo']));
    expect(gulf[0]?.type).toBe('criminal-group');
  });

  it('ranks by articles, then mentions beside known names, then mentions, then name', () => {
    const ranked = rankProposals(library, { known });
    expect(ranked.map((p) => [p.name, p.articleCount, p.besideKnown])).toEqual([
      ['Ismael Zambada García', 3, 0],
      ['Cártel del Golfo', 2, 1],
      ['Reynosa', 2, 1],
      ['Brooklyn', 2, 0],
      ['Culiacán', 1, 0],
    ]);
    expect(ranked.map((p) => p.score)).toEqual(
      [...ranked.map((p) => p.score)].sort((a, b) => b - a),
    );
  });

  it('orders by besideKnown before mentions when article counts tie', () => {
    const c = (name: string, mentions: number, besideKnown: number): ArticleCandidate => ({
      key: candidateKey(name),
      name,
      forms: [name],
      type: 'place',
      mentions,
      besideKnown,
    });
    const ranked = rankProposals(
      [
        {
          articleId: 'x',
          candidates: [c('Tijuana', 9, 0), c('Reynosa', 2, 2), c('Matamoros', 3, 2)],
        },
      ],
      { known },
    );
    expect(ranked.map((p) => p.name)).toEqual(['Matamoros', 'Reynosa', 'Tijuana']);
  });

  it('leaves dismissed names out, by the key of the proposal or of any spelling merged into it', () => {
    const all = rankProposals(library, { known });
    const gulf = all.find((p) => p.forms.includes('Gulf Cartel'));
    expect(gulf).toBeDefined();
    const withoutGulf = rankProposals(library, {
      known,
      dismissed: new Set([candidateKey('the Gulf Cartel')]),
    });
    expect(withoutGulf.map((p) => p.key)).not.toContain(gulf?.key);
    expect(withoutGulf).toHaveLength(all.length - 1);
    // Undo: without the key, it is back where it was.
    expect(rankProposals(library, { known, dismissed: new Set() })).toEqual(all);
  });

  it('leaves out a name Frontera has learnt since the article was saved', () => {
    const nowKnown = knownNamesFrom(['Sheinbaum', 'El Mayo']);
    const ranked = rankProposals(library, { known: nowKnown });
    expect(ranked.map((p) => p.name)).not.toContain('Ismael Zambada García');
  });

  it('keeps a surname two people of the library share apart from both', () => {
    const ranked = rankProposals(
      saved(
        ['Ovidio Guzmán López pleaded guilty in Chicago.'],
        ['Joaquín Guzmán López negocia con fiscales.'],
        ['A lawyer for Guzmán López declined to comment.'],
      ),
      { known },
    );
    expect(ranked.map((p) => p.name).sort()).toEqual([
      'Chicago',
      'Guzmán López',
      'Joaquín Guzmán López',
      'Ovidio Guzmán López',
    ]);
  });

  it('returns at most `limit` proposals', () => {
    expect(rankProposals(library, { known, limit: 2 })).toHaveLength(2);
  });
});

describe('candidate keys', () => {
  it.each([
    ['Gulf Cartel', 'the Gulf Cartel'],
    ['Cártel del Golfo', 'CARTEL  DEL GOLFO'],
    ['Los Zetas', 'los zetas'],
    ['Marco Rubio', 'Secretary Marco Rubio'],
    ['Joaquín "El Chapo" Guzmán', 'Joaquin El Chapo Guzman'],
  ])('%j and %j share a key', (a, b) => {
    expect(candidateKey(a)).toBe(candidateKey(b));
  });
});
