/**
 * A small search.json built the way the corpus build builds it: Fuse.createIndex over entity
 * and passage rows, passage text folded.
 */
import Fuse from 'fuse.js';
import type { SearchData, SearchDoc } from '../../lib/corpus/types';
import { fold } from '../../lib/search';

const entity = (id: string, title: string, aliases: string[], summary: string): SearchDoc => ({
  kind: 'entity',
  id,
  title,
  aliases,
  text: fold(summary),
});
const passage = (id: string, title: string, text: string): SearchDoc => ({
  kind: 'passage',
  id,
  title,
  aliases: [],
  text: fold(text),
});

export const PASSAGE_TEXT: Record<string, string> = {
  'security-talks/01':
    'President Claudia Sheinbaum said Mexico would cooperate on security but rejected any unilateral action by US forces on Mexican soil.',
  'security-talks/02':
    'Andrés Manuel López Obrador had ended the Mérida Initiative, calling it a failure that militarised the drug war.',
  'cartels-roundup/03':
    'El Cártel de Sinaloa y el Cártel Jalisco Nueva Generación fueron designados organizaciones terroristas.',
  'cartels-roundup/04':
    'Fentanyl seizures at the border rose sharply; most of the precursor chemicals come from China.',
  'cartels-roundup/05':
    'Los Chapitos, sons of Joaquín Guzmán, lead a faction of the Sinaloa Cartel.',
};

export const DOCS: SearchDoc[] = [
  entity(
    'claudia-sheinbaum',
    'Claudia Sheinbaum',
    ['Sheinbaum', 'presidenta Sheinbaum'],
    'President of Mexico since 2024.',
  ),
  entity(
    'lopez-obrador',
    'Andrés Manuel López Obrador',
    ['López Obrador', 'AMLO'],
    'President of Mexico from 2018 to 2024.',
  ),
  entity(
    'sinaloa-cartel',
    'Sinaloa Cartel',
    ['Cártel de Sinaloa', 'Sinaloa'],
    'A drug trafficking organisation based in Sinaloa.',
  ),
  entity('gulf-cartel', 'Gulf Cartel', ['Cártel del Golfo', 'CDG'], 'A cartel in Tamaulipas.'),
  entity('cjng', 'Jalisco New Generation Cartel', ['Cártel Jalisco Nueva Generación', 'CJNG'], ''),
  entity('merida-initiative', 'Mérida Initiative', ['Iniciativa Mérida', 'Plan Mérida'], ''),
  entity('fentanyl', 'Fentanyl', ['fentanilo'], 'A synthetic opioid.'),
  entity('los-chapitos', 'Los Chapitos', ['Chapitos'], 'Sons of Joaquín Guzmán.'),
  entity('joaquin-guzman', 'Joaquín Guzmán', ['El Chapo', 'Chapo Guzmán'], ''),
  ...Object.entries(PASSAGE_TEXT).map(([id, text]) => passage(id, `Document ${id}`, text)),
];

export const KEYS = [
  { name: 'title', weight: 3 },
  { name: 'aliases', weight: 2 },
  { name: 'text', weight: 1 },
];

export function searchData(docs: SearchDoc[] = DOCS): SearchData {
  return {
    version: 1,
    keys: KEYS,
    docs,
    index: Fuse.createIndex(
      KEYS.map((k) => k.name),
      docs,
    ).toJSON(),
  };
}
