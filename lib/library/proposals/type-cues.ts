/**
 * The type a found name is proposed with, from the words in it and around it: "Cartel"/"Cártel"
 * makes a criminal group, "Agreement"/"Act"/"Ley" a policy, "Secretaría"/"Department"/"Fiscalía"
 * an organization, "City"/"Ciudad"/"in …" a place; a nickname or two to four words without
 * such a cue, a person. The reader can change it in the add-name form.
 */
import type { EntityType } from '../../corpus/types';
import {
  GROUP_CUES,
  INSTITUTION_CUES,
  PLACE_CUES,
  PLACE_PREPOSITIONS,
  POLICY_CUES,
} from './lexicon';

export interface TypeEvidence {
  /** The name's folded words. */
  words: readonly string[];
  /** Folded text just before each sighting. */
  befores: readonly string[];
  hasNickname: boolean;
  /** The name is an acronym (or only known by one). */
  acronym: boolean;
}

const lastWord = (s: string) => s.trimEnd().split(' ').pop() ?? '';

export function proposeType(e: TypeEvidence): EntityType {
  const w = e.words;
  const first = w[0] ?? '';
  const last = w[w.length - 1] ?? '';
  const placed = e.befores.filter((b) => {
    const p = lastWord(b);
    return PLACE_PREPOSITIONS.has(p) || PLACE_CUES.has(p);
  }).length;
  const mostlyPlaced = placed * 2 > e.befores.length;
  if (w.some((x) => GROUP_CUES.has(x))) return 'criminal-group';
  // "Los Zetas", "Las Pelonas"; "en Los Mochis" is a place.
  if ((first === 'los' || first === 'las') && last.endsWith('s') && w.length === 2) {
    return mostlyPlaced ? 'place' : 'criminal-group';
  }
  if (INSTITUTION_CUES.has(first)) return 'organization';
  if (POLICY_CUES.has(first) || POLICY_CUES.has(last)) return 'policy';
  if (INSTITUTION_CUES.has(last)) return 'organization';
  if (PLACE_CUES.has(first) || PLACE_CUES.has(last)) return 'place';
  if (w.some((x) => INSTITUTION_CUES.has(x))) return 'organization'; // Texas Department of …
  if (e.hasNickname) return 'person';
  if (e.acronym) return 'organization';
  // A lone capitalised word that is not a person's surname (those merge into the person) is, in
  // this beat's prose, most often a place: Culiacán, Tamaulipas, Texas.
  if (w.length === 1) return 'place';
  return mostlyPlaced ? 'place' : 'person';
}
