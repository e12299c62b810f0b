/**
 * Localised labels for the corpus's own ids (entity types, document kinds), which are English
 * and may hold hyphens that message names cannot.
 */
import type { DocumentKind, EntityType } from '../corpus/types';
import { type MessageKey, t } from './index';

const TYPE_KEYS: Record<EntityType, MessageKey> = {
  person: 'type_person',
  organization: 'type_organization',
  'criminal-group': 'type_criminal_group',
  place: 'type_place',
  policy: 'type_policy',
  event: 'type_event',
  topic: 'type_topic',
};

const KIND_KEYS: Record<DocumentKind, MessageKey> = {
  'news-article': 'kind_news_article',
  'news-roundup': 'kind_news_roundup',
  interview: 'kind_interview',
  'news-summary': 'kind_news_summary',
  'podcast-summary': 'kind_podcast_summary',
};

/** "Person", "Criminal group"… (Spanish: "Persona", "Grupo criminal"…). */
export function typeLabel(type: EntityType): string {
  return t(TYPE_KEYS[type]);
}

/** "News article", "Podcast summary"… (Spanish: "Artículo de prensa", "Resumen de pódcast"…). */
export function kindLabel(kind: DocumentKind): string {
  return t(KIND_KEYS[kind]);
}
