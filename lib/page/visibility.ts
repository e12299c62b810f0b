/**
 * Which found mentions are shown, following the reader's settings: the entity types they chose,
 * and every mention or only the first per entity.
 */
import type { EntityType } from '../corpus/types';
import type { Settings } from '../settings';
import type { PageMention } from './types';

export type EntityInfo = { id: string; name: string; type: EntityType };

/** The mentions to show, given all mentions in document order. */
export function shownMentions(
  ordered: readonly PageMention[],
  settings: Pick<Settings, 'entityTypes' | 'mentions'>,
  entities: ReadonlyMap<string, EntityInfo>,
): PageMention[] {
  const types = new Set(settings.entityTypes);
  const seen = new Set<string>();
  const out: PageMention[] = [];
  for (const pm of ordered) {
    const type = entities.get(pm.entityId)?.type;
    if (!type || !types.has(type)) continue;
    if (settings.mentions === 'first') {
      if (seen.has(pm.entityId)) continue;
      seen.add(pm.entityId);
    }
    out.push(pm);
  }
  return out;
}
