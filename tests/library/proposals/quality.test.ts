/**
 * The quality targets, on the fixture articles saved as one library with the real
 * knowledge base as what Frontera knows: the top 20 proposals are real, labelled names (one
 * proposal per name), they hold the names the library names most, and nothing the knowledge
 * base knows is proposed.
 */
import { describe, expect, it } from 'vitest';
import { findCandidates, rankProposals } from '../../../lib/library/proposals';
import { fold } from '../../../lib/text';
import { fixtureLibrary, loadLabels, quality } from './fixture-library';

const labels = loadLabels();
const { articles, known } = fixtureLibrary();
const perArticle = articles.map((a) => ({
  articleId: a.id,
  candidates: findCandidates(a.input, known),
}));
const ranked = rankProposals(perArticle, { known });
const q = quality(ranked, labels, 20);

describe('proposals over the fixture library', () => {
  it('has the library the labels describe: ≥ 30 articles, English and Spanish', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(labels.articles).sort()).toEqual(articles.map((a) => a.id));
    expect(articles.filter((a) => a.input.language === 'es').length).toBeGreaterThanOrEqual(15);
  });

  it('puts real names in the top 20, each once (≥ 90 %)', () => {
    console.log(
      [
        'top 20 proposals:',
        ...q.top.map(
          (t, i) =>
            `${String(i + 1).padStart(2)}. ${t.proposal.name} [${t.proposal.type}] ${t.proposal.articleCount} articles, ${t.proposal.besideKnown} beside known, ${t.proposal.mentions} mentions — ${t.label ?? 'NOT A LABELLED NAME'}${t.duplicate ? ' (DUPLICATE)' : ''}`,
        ),
        `real names in the top 20: ${(q.precision * 100).toFixed(0)} %`,
        `labelled names in ≥ 2 articles found in the top 20: ${q.recurringFound.length} of ${q.recurring.length} (${(q.recall * 100).toFixed(0)} %); of the 20 named in the most articles: ${(q.recallOfMostNamed * 100).toFixed(0)} %`,
      ].join('\n'),
    );
    expect(q.top).toHaveLength(20);
    expect(q.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('holds ≥ 80 % of the 20 labelled names the most articles name', () => {
    // All the recurring names cannot fit in 20 places (the labels have more than 20 in two
    // articles or more), so the target is read over the 20 the library names most.
    expect(q.recurring.length).toBeGreaterThan(20);
    expect(q.recallOfMostNamed).toBeGreaterThanOrEqual(0.8);
  });

  it('never proposes a name the knowledge base knows', () => {
    const proposed = new Set(ranked.flatMap((p) => [p.name, ...p.forms]).map(fold));
    const leaked = labels.known.filter((name) => proposed.has(fold(name)));
    expect(leaked).toEqual([]);
  });
});
