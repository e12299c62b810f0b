/**
 * Which message names each of the corpus's own ids (entity types, document kinds). Data only, no
 * code of the catalogue: the settings table reads it without bringing the i18n module along
 * (it is bundled into the content script).
 */
import type { DocumentKind, EntityType } from '../corpus/types';
import type { MessageKey } from './index';

/** The message that names each entity type (also the options form's labels for them). */
export const TYPE_KEYS: Readonly<Record<EntityType, MessageKey>> = {
  person: 'type_person',
  organization: 'type_organization',
  'criminal-group': 'type_criminal_group',
  place: 'type_place',
  policy: 'type_policy',
  event: 'type_event',
  topic: 'type_topic',
};

/** The message that names each document kind. */
export const KIND_KEYS: Readonly<Record<DocumentKind, MessageKey>> = {
  'news-article': 'kind_news_article',
  'news-roundup': 'kind_news_roundup',
  interview: 'kind_interview',
  'news-summary': 'kind_news_summary',
  'podcast-summary': 'kind_podcast_summary',
};
