/**
 * Localised labels for the corpus's own ids (entity types, document kinds), which are English
 * and may hold hyphens that message names cannot.
 */
import type { DocumentKind, EntityType } from '../corpus/types';
import { t } from './index';
import { KIND_KEYS, TYPE_KEYS } from './label-keys';

/** "Person", "Criminal group"… (Spanish: "Persona", "Grupo criminal"…). */
export function typeLabel(type: EntityType): string {
  return t(TYPE_KEYS[type]);
}

/** "News article", "Podcast summary"… (Spanish: "Artículo de prensa", "Resumen de pódcast"…). */
export function kindLabel(kind: DocumentKind): string {
  return t(KIND_KEYS[kind]);
}
