/**
 * The aliases an entity is found by: its name plus its listed aliases. An alias that repeats the
 * name (folded) replaces it, which is how a maintainer makes a name case-sensitive ("DEA").
 */
import { fold } from '../text';
import type { AliasSpec, EntitySpec, ScanAlias } from './types';

export function entityAliases(entity: Pick<EntitySpec, 'name' | 'aliases'>): AliasSpec[] {
  const nameKey = fold(entity.name);
  const overridesName = entity.aliases.some((a) => fold(a.text) === nameKey);
  return overridesName ? [...entity.aliases] : [{ text: entity.name }, ...entity.aliases];
}

/**
 * The compiled form the content script scans with. An alias is typo-tolerant unless the
 * maintainer says otherwise; a case-sensitive alias (an acronym) never is, since a typo of
 * "PAN" is just another word.
 */
export function scanAliases(entity: EntitySpec): ScanAlias[] {
  return entityAliases(entity).map((alias) => {
    const caseSensitive = alias.caseSensitive ?? false;
    const scan: ScanAlias = {
      text: alias.text,
      entityId: entity.id,
      caseSensitive,
      fuzzy: alias.fuzzy ?? !caseSensitive,
    };
    if (alias.context) scan.context = alias.context;
    return scan;
  });
}
