/** Localised labels for entity types (the corpus types are English ids). */
import type { EntityType } from '../corpus/types';
import { type MessageKey, t } from './index';

const KEYS: Record<EntityType, MessageKey> = {
  person: 'type_person',
  organization: 'type_organization',
  'criminal-group': 'type_criminal_group',
  place: 'type_place',
  policy: 'type_policy',
  event: 'type_event',
  topic: 'type_topic',
};

export function typeLabel(type: EntityType): string {
  return t(KEYS[type]);
}
