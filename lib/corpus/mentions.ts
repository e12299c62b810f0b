/**
 * Which passages mention which entity. This is the ONE place the corpus build decides that; the
 * validator (every entity must be mentioned) and the excerpt ranking both use it. It runs the
 * same matcher the content script runs on news pages (lib/match), exact pass only: the corpus is
 * edited text, and a typo-tolerant hit must not make a passage "about" an entity.
 */
import { createMatcher } from '../match';
import type { Passage, ScanAlias, ScanData } from './types';

export interface FoundMention {
  entityId: string;
  /** The alias as written in the knowledge base. */
  alias: string;
  start: number;
  end: number;
}

export type MentionFinder = (text: string) => FoundMention[];

function scanOf(aliases: readonly ScanAlias[]): ScanData {
  const ids = [...new Set(aliases.map((a) => a.entityId))];
  // The matcher only reads ids from `entities`; names and types do not affect matching.
  return {
    version: 1,
    entities: ids.map((id) => ({ id, name: id, type: 'topic' })),
    aliases: [...aliases],
  };
}

/** Mentions with the aliases' context rules applied (as on a news page). */
export function createMentionFinder(aliases: readonly ScanAlias[]): MentionFinder {
  const matcher = createMatcher(scanOf(aliases), { fuzzy: false });
  return (text) =>
    matcher.find(text).map(({ entityId, alias, start, end }) => ({ entityId, alias, start, end }));
}

/**
 * Does `text` name the entity by any of its aliases, ignoring context rules and other entities'
 * competing claims (whole words, folded, plural endings allowed)? What a citation needs: the
 * cited passage must name the entity, even where a longer name of another entity covers it.
 */
export function createNameFinder(
  aliases: readonly ScanAlias[],
): (text: string, entityId: string) => boolean {
  const matchers = new Map<string, MentionFinder>();
  return (text, entityId) => {
    let find = matchers.get(entityId);
    if (!find) {
      const own = aliases
        .filter((a) => a.entityId === entityId)
        .map(({ context: _context, ...rest }) => rest);
      find = createMentionFinder(own);
      matchers.set(entityId, find);
    }
    return find(text).length > 0;
  };
}

/** How one entity is mentioned in one passage. */
export interface PassageMentions {
  passageId: string;
  /** Mentions in the passage text. */
  count: number;
  /** Mentions by the entity's full name (not a short alias). */
  byName: number;
  /** The entity is named in one of the passage's headings. */
  inHeading: boolean;
  /** Where, in the passage text (UTF-16 offsets, end exclusive, in order). */
  spans: { start: number; end: number }[];
}

/** entity id → the passages that mention it (text or heading), in corpus order. */
export type MentionIndex = Map<string, PassageMentions[]>;

export function buildMentionIndex(
  passages: readonly Passage[],
  aliases: readonly ScanAlias[],
  names: ReadonlyMap<string, string>,
): MentionIndex {
  const find = createMentionFinder(aliases);
  const index: MentionIndex = new Map();
  for (const passage of passages) {
    const inText = find(passage.text);
    const inHeadings = new Set(
      passage.headingPath.flatMap((heading) => find(heading).map((m) => m.entityId)),
    );
    const ids = new Set([...inText.map((m) => m.entityId), ...inHeadings]);
    for (const entityId of [...ids].sort()) {
      const own = inText.filter((m) => m.entityId === entityId);
      const name = names.get(entityId);
      const entry: PassageMentions = {
        passageId: passage.id,
        count: own.length,
        byName: own.filter((m) => m.alias === name).length,
        inHeading: inHeadings.has(entityId),
        spans: own.map(({ start, end }) => ({ start, end })),
      };
      const list = index.get(entityId);
      if (list) list.push(entry);
      else index.set(entityId, [entry]);
    }
  }
  return index;
}
