/**
 * Cross-entity checks of the knowledge base against itself and the passages: duplicate ids,
 * alias collisions without a resolution, entities no passage mentions, citations of unknown
 * passages or of passages that do not mention the entity, `related` naming unknown ids.
 * Reports every problem; never stops at the first.
 */

import { fold } from '../text';
import { entityAliases, scanAliases } from './aliases';
import type { LoadedEntity } from './entities';
import { createNameFinder, type MentionIndex } from './mentions';
import type { CorpusProblem } from './problems';
import type { Passage } from './types';

const at = (e: LoadedEntity, line?: number) => `${e.file}:${line ?? e.line}`;

/** Drops entities whose id was already used, reporting each duplicate. */
export function checkDuplicateIds(entities: readonly LoadedEntity[]): {
  unique: LoadedEntity[];
  problems: CorpusProblem[];
} {
  const first = new Map<string, LoadedEntity>();
  const problems: CorpusProblem[] = [];
  for (const entity of entities) {
    const earlier = first.get(entity.spec.id);
    if (earlier) {
      problems.push({
        file: entity.file,
        line: entity.line,
        field: 'id',
        message: `duplicate entity id "${entity.spec.id}" (first defined at ${at(earlier)})`,
      });
    } else first.set(entity.spec.id, entity);
  }
  return { unique: [...first.values()], problems };
}

interface Claim {
  entity: LoadedEntity;
  text: string;
  line: number;
  hasContext: boolean;
}

/**
 * An alias (compared folded) may belong to several entities only if all claimants but at most
 * one give it a `context`; the one without a context is the default reading.
 */
export function checkAliasCollisions(entities: readonly LoadedEntity[]): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const claims = new Map<string, Claim[]>();
  for (const entity of entities) {
    const own = new Map<string, Claim>();
    const aliases = entityAliases(entity.spec);
    const offset = aliases.length - entity.spec.aliases.length; // 1 when the name was added
    aliases.forEach((alias, i) => {
      const key = fold(alias.text).trim();
      const line = i < offset ? entity.line : (entity.aliasLines[i - offset] ?? entity.line);
      const earlier = own.get(key);
      if (earlier) {
        problems.push({
          file: entity.file,
          line,
          field: `${entity.spec.id}.aliases`,
          message: `alias "${alias.text}" is listed twice for "${entity.spec.id}" (also at line ${earlier.line})`,
        });
        return;
      }
      const claim = { entity, text: alias.text, line, hasContext: !!alias.context };
      own.set(key, claim);
      const list = claims.get(key);
      if (list) list.push(claim);
      else claims.set(key, [claim]);
    });
  }
  for (const list of claims.values()) {
    if (list.length < 2) continue;
    const defaults = list.filter((c) => !c.hasContext);
    if (defaults.length <= 1) continue;
    const who = list
      .map(
        (c) =>
          `${c.entity.spec.id} (${at(c.entity, c.line)}${c.hasContext ? ', with context' : ''})`,
      )
      .join(', ');
    for (const claim of defaults.slice(1)) {
      problems.push({
        file: claim.entity.file,
        line: claim.line,
        field: `${claim.entity.spec.id}.aliases`,
        message:
          `alias "${claim.text}" is claimed by ${who} without a resolution: give all but one ` +
          'of them a "context" (the one without is the default reading)',
      });
    }
  }
  return problems;
}

export function checkReferences(
  entities: readonly LoadedEntity[],
  passages: readonly Passage[],
  mentions: MentionIndex,
): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const ids = new Set(entities.map((e) => e.spec.id));
  const byId = new Map(passages.map((p) => [p.id, p]));
  const names = createNameFinder(entities.flatMap((e) => scanAliases(e.spec)));
  for (const entity of entities) {
    const { spec } = entity;
    if (!mentions.get(spec.id)?.some((m) => m.count > 0)) {
      problems.push({
        file: entity.file,
        line: entity.line,
        field: `${spec.id}`,
        message: `no passage mentions "${spec.name}" (by its name or any alias)`,
      });
    }
    spec.cites.forEach((cite, i) => {
      const line = entity.citeLines[i] ?? entity.line;
      const passage = byId.get(cite);
      if (!passage) {
        problems.push({
          file: entity.file,
          line,
          field: `${spec.id}.cites[${i}]`,
          message: `summary cites unknown passage "${cite}" (list ids with: npm run --silent cli -- corpus passages)`,
        });
      } else if (!names(passage.text, spec.id)) {
        problems.push({
          file: entity.file,
          line,
          field: `${spec.id}.cites[${i}]`,
          message: `cited passage "${cite}" does not mention "${spec.name}" (by its name or any alias)`,
        });
      }
    });
    spec.related.forEach((rel, i) => {
      const line = entity.relatedLines[i] ?? entity.line;
      if (rel === spec.id) {
        problems.push({
          file: entity.file,
          line,
          field: `${spec.id}.related[${i}]`,
          message: 'an entity cannot be related to itself',
        });
      } else if (!ids.has(rel)) {
        problems.push({
          file: entity.file,
          line,
          field: `${spec.id}.related[${i}]`,
          message: `related names unknown entity "${rel}"`,
        });
      }
    });
    spec.aliases.forEach((alias, i) => {
      for (const other of alias.context?.withEntities ?? []) {
        if (!ids.has(other)) {
          problems.push({
            file: entity.file,
            line: entity.withEntitiesLines.get(i) ?? entity.line,
            field: `${spec.id}.aliases[${i}].context.withEntities`,
            message: `withEntities names unknown entity "${other}"`,
          });
        }
      }
    });
  }
  return problems;
}
