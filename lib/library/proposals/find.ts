/**
 * The names one saved article names that Frontera does not know, its forms merged, each with how
 * often it is named and how often beside a known name. Runs in the background when an article
 * is saved: one pass over the words of each passage, no dictionary lookups beyond small sets.
 */
import { candidateKey, keyWords } from './key';
import { isShortForm, mergeObservations } from './merge';
import { type Observation, observe } from './observe';
import { runsOf } from './runs';
import type { ArticleCandidate, ArticleInput, KnownNames } from './types';
import { isTitleCase, wordsOf } from './words';

export function findCandidates(article: ArticleInput, known: KnownNames): ArticleCandidate[] {
  const observations: Observation[] = [];
  const withKnown = new Set<number>();
  article.passages.forEach((passage, index) => {
    if (passage.mentions.length > 0) withKnown.add(index);
    const words = wordsOf(passage.text, passage.mentions);
    if (isTitleCase(passage.text, words)) return;
    for (const run of runsOf(passage.text, words)) {
      observations.push(...observe(passage.text, run, index));
    }
  });
  const out: ArticleCandidate[] = [];
  for (const merged of mergeObservations(observations)) {
    if (isKnownName(merged.name, merged.forms, known)) continue;
    out.push({
      key: candidateKey(merged.name),
      name: merged.name,
      // A spelling Frontera knows names that name, not this one ("Guardia Nacional" in
      // "Guardia Nacional de Texas"): not offered as an alias.
      forms: merged.forms.filter((f) => f === merged.name || !known.isKnown(f)),
      type: merged.type,
      mentions: merged.observations.length,
      besideKnown: merged.observations.filter((o) => withKnown.has(o.passage)).length,
    });
  }
  return out;
}

/**
 * The forms of a name that name it on their own (the name, its nicknames and acronyms), not its
 * shorter forms ("Zambada", "Guzmán López"): those may be another person's too.
 */
export function ownForms(name: string, forms: readonly string[]): string[] {
  const full = keyWords(name);
  return forms.filter((f) => f === name || !isShortForm(keyWords(f), full, true));
}

export function isKnownName(name: string, forms: readonly string[], known: KnownNames): boolean {
  return ownForms(name, forms).some((f) => known.isKnown(f));
}
