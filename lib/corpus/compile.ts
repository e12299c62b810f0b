/**
 * Compiles validated sources and entities into what the extension ships:
 * - scan.json: entity names/types and aliases with their rules (all the content script loads);
 * - corpus.json: documents, passages, entities with ranked passages, passage → entities;
 * - search.json: a prebuilt Fuse index over entities and passages, folded text.
 * Output is deterministic: entities by id, passages in corpus order.
 */
import Fuse from 'fuse.js';
import { precompileMatcher } from '../match';
import { fold } from '../text';
import { entityAliases, scanAliases } from './aliases';
import type { MentionIndex } from './mentions';
import { rankPassages } from './rank';
import type {
  CardEntity,
  CorpusData,
  EntitySpec,
  NamePosition,
  Passage,
  ScanData,
  SearchData,
  SearchDoc,
  SourceDocumentMeta,
  TopicRule,
} from './types';

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

export interface ScanExtras {
  topic?: TopicRule;
  /** Common words near alias words (lib/corpus/common-words.ts). */
  commonWords?: string[];
}

export function compileScan(entities: readonly EntitySpec[], extras: ScanExtras = {}): ScanData {
  const sorted = [...entities].sort(byId);
  const scan = {
    entities: sorted.map(({ id, name, type, evidence }) => ({
      id,
      name,
      type,
      evidence: evidence ?? 'none',
    })),
    aliases: sorted.flatMap(scanAliases),
  };
  // The matcher's pattern table, precompiled so the matcher need not build it at start.
  return {
    version: 1,
    ...scan,
    ...(extras.topic ? { topic: extras.topic } : {}),
    ...(extras.commonWords ? { commonWords: extras.commonWords } : {}),
    matcher: precompileMatcher(scan),
  };
}

/** `related` both ways: if A lists B, B's card shows A. Unknown ids are dropped. */
export function symmetricRelated(entities: readonly EntitySpec[]): Map<string, string[]> {
  const ids = new Set(entities.map((e) => e.id));
  const related = new Map<string, Set<string>>(entities.map((e) => [e.id, new Set<string>()]));
  for (const entity of entities) {
    for (const other of entity.related) {
      if (!ids.has(other) || other === entity.id) continue;
      related.get(entity.id)?.add(other);
      related.get(other)?.add(entity.id);
    }
  }
  return new Map([...related].map(([id, set]) => [id, [...set].sort()]));
}

export function compileCorpus(
  documents: readonly SourceDocumentMeta[],
  passages: readonly Passage[],
  entities: readonly EntitySpec[],
  mentions: MentionIndex,
): CorpusData {
  const passageMap = new Map(passages.map((passage, order) => [passage.id, { passage, order }]));
  const related = symmetricRelated(entities);
  const cardEntities: CardEntity[] = [...entities].sort(byId).map((entity) => {
    const nameKey = fold(entity.name);
    return {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entityAliases(entity)
        .map((a) => a.text)
        .filter((text) => fold(text) !== nameKey),
      summary: entity.summary,
      cites: [...entity.cites],
      related: related.get(entity.id) ?? [],
      passages: rankPassages(mentions.get(entity.id) ?? [], entity.cites, passageMap),
    };
  });
  const passageEntities: Record<string, string[]> = {};
  const positions: Record<string, NamePosition[]> = {};
  for (const passage of passages) {
    passageEntities[passage.id] = [];
    positions[passage.id] = [];
  }
  for (const entity of cardEntities) {
    for (const mention of mentions.get(entity.id) ?? []) {
      if (mention.count > 0) passageEntities[mention.passageId]?.push(entity.id);
      for (const { start, end } of mention.spans) {
        positions[mention.passageId]?.push({ entityId: entity.id, start, end });
      }
    }
  }
  for (const list of Object.values(passageEntities)) list.sort();
  for (const list of Object.values(positions)) list.sort((a, b) => a.start - b.start);
  return {
    version: 1,
    documents: [...documents],
    passages: [...passages],
    entities: cardEntities,
    passageEntities,
    mentions: positions,
  };
}

export const SEARCH_KEYS: SearchData['keys'] = [
  { name: 'title', weight: 3 },
  { name: 'aliases', weight: 2 },
  { name: 'text', weight: 1 },
];

export function compileSearch(corpus: CorpusData): SearchData {
  const titles = new Map(corpus.documents.map((d) => [d.id, d.title]));
  const docs: SearchDoc[] = [
    ...corpus.entities.map(
      (entity): SearchDoc => ({
        kind: 'entity',
        id: entity.id,
        title: entity.name,
        aliases: [...entity.aliases],
        text: fold(entity.summary),
      }),
    ),
    ...corpus.passages.map(
      (passage): SearchDoc => ({
        kind: 'passage',
        id: passage.id,
        title: passage.headingPath.at(-1) ?? titles.get(passage.docId) ?? passage.docId,
        aliases: [],
        text: fold(passage.text),
      }),
    ),
  ];
  const index = Fuse.createIndex(SEARCH_KEYS, docs).toJSON();
  return { version: 1, keys: SEARCH_KEYS, docs, index };
}
