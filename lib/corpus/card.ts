/**
 * The card for one entity: what the popover, the popup and the reader show about it.
 * Pure: no DOM, no `browser.*`. The background builds cards on request (lib/background/card-service).
 */
import { foldWithMap, isWordUnit } from '../text';
import type { CardEntity, CorpusData, EntityType, Passage, SourceDocumentMeta } from './types';

/** A span of a passage's text, UTF-16 offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface CardExcerpt {
  passage: Passage;
  document: SourceDocumentMeta;
  score: number;
  /** Other entities of this page that the passage also mentions. */
  sharedEntityIds: string[];
  /**
   * True when those shared entities lifted the excerpt above where the corpus alone would put it
   * (or onto the card at all): the one case where saying why it was chosen helps the reader.
   */
  boosted: boolean;
  /** Where the card's entity is named in `passage.text` (for `<mark>`), in order, non-overlapping. */
  marks: TextSpan[];
}

export interface CardView {
  entity: CardEntity;
  excerpts: CardExcerpt[];
  related: { id: string; name: string; type: EntityType }[];
  /** Names of the page entities in `excerpts[].sharedEntityIds`, so the card can say why. */
  sharedNames?: Record<string, string>;
}

/**
 * Each other entity of the page that a passage also mentions adds this much to its score, which
 * is first normalised to 0–1 against the entity's best passage. Three shared entities can lift a
 * middling passage above the corpus's favourite: on an article about fentanyl seizures, the
 * Sinaloa passages about fentanyl should come first.
 */
const SHARED_BOOST = 0.25;
const MAX_COUNTED_SHARED = 3;

/**
 * The card for one entity: its best excerpts (at most `maxExcerpts`), ranked by the corpus's own
 * relevance and boosted when the passage also mentions entities found on the reader's page.
 * Equal scores keep the corpus order. Excerpts come from different documents where the corpus
 * allows, so a card shows more than one source. Returns null for an unknown entity id.
 */
export function buildCard(
  corpus: CorpusData,
  entityId: string,
  pageEntityIds: readonly string[],
  maxExcerpts = 3,
): CardView | null {
  const index = indexOf(corpus);
  const entity = index.entities.get(entityId);
  if (!entity) return null;

  const page = new Set(pageEntityIds);
  page.delete(entityId);
  const chosen = choose(corpus, index, entity, pageEntityIds, page, maxExcerpts);
  // Where the corpus alone would have put each passage: an excerpt that the page lifted says why.
  const plain = page.size > 0 ? choose(corpus, index, entity, [], new Set(), maxExcerpts) : chosen;
  const plainRank = new Map(plain.map((r, i) => [r.passage.id, i]));

  const excerpts: CardExcerpt[] = chosen.map(({ order: _order, ...r }, i) => ({
    ...r,
    boosted: r.sharedEntityIds.length > 0 && (plainRank.get(r.passage.id) ?? maxExcerpts) > i,
    marks: findMarks(corpus, index, entity, r.passage),
  }));

  const sharedNames: Record<string, string> = {};
  for (const e of excerpts) {
    for (const id of e.sharedEntityIds) {
      const other = index.entities.get(id);
      if (other) sharedNames[id] = other.name;
    }
  }

  const related = entity.related
    .map((id) => index.entities.get(id))
    .filter((e): e is CardEntity => e !== undefined && e.id !== entity.id)
    .map((e) => ({ id: e.id, name: e.name, type: e.type }));

  return { entity, excerpts, related, sharedNames };
}

interface Ranked {
  passage: Passage;
  document: SourceDocumentMeta;
  score: number;
  sharedEntityIds: string[];
  /** Position in the corpus's own ranking (for stable ties). */
  order: number;
}

/** The best `max` passages for `entity`, given the other entities found on the page. */
function choose(
  corpus: CorpusData,
  index: CorpusIndex,
  entity: CardEntity,
  pageEntityIds: readonly string[],
  page: ReadonlySet<string>,
  max: number,
): Ranked[] {
  const pageOrder = new Map(pageEntityIds.map((id, i) => [id, i]));
  const top = entity.passages.reduce((m, p) => Math.max(m, p.score), 0);
  const ranked = entity.passages
    .map((ranked, order): Ranked | null => {
      const passage = index.passages.get(ranked.passageId);
      const document = passage && index.documents.get(passage.docId);
      if (!passage || !document) return null;
      const shared = (corpus.passageEntities[passage.id] ?? [])
        .filter((id) => page.has(id) && index.entities.has(id))
        .filter((id, i, all) => all.indexOf(id) === i)
        .sort((a, b) => (pageOrder.get(a) ?? 0) - (pageOrder.get(b) ?? 0));
      const base = top > 0 ? ranked.score / top : 0;
      const score = base + SHARED_BOOST * Math.min(shared.length, MAX_COUNTED_SHARED);
      return { passage, document, score, sharedEntityIds: shared, order };
    })
    .filter((x): x is Ranked => x !== null)
    .sort((a, b) => b.score - a.score || a.order - b.order);

  // First one excerpt per document, then fill up with the rest, each pass in score order.
  const chosen: Ranked[] = [];
  const usedDocs = new Set<string>();
  for (const r of ranked) {
    if (chosen.length >= max) break;
    if (usedDocs.has(r.document.id)) continue;
    usedDocs.add(r.document.id);
    chosen.push(r);
  }
  for (const r of ranked) {
    if (chosen.length >= max) break;
    if (!chosen.includes(r)) chosen.push(r);
  }
  return chosen.sort((a, b) => b.score - a.score || a.order - b.order);
}

// ---- lookups, built once per corpus object ----

interface CorpusIndex {
  entities: Map<string, CardEntity>;
  passages: Map<string, Passage>;
  documents: Map<string, SourceDocumentMeta>;
  /** Folded alias → ids of the entities that answer to it (built on first use). */
  aliasOwners?: Map<string, Set<string>>;
}

const indexes = new WeakMap<CorpusData, CorpusIndex>();

function indexOf(corpus: CorpusData): CorpusIndex {
  let index = indexes.get(corpus);
  if (!index) {
    index = {
      entities: new Map(corpus.entities.map((e) => [e.id, e])),
      passages: new Map(corpus.passages.map((p) => [p.id, p])),
      documents: new Map(corpus.documents.map((d) => [d.id, d])),
    };
    indexes.set(corpus, index);
  }
  return index;
}

// ---- where the entity is named in a passage ----

/**
 * The entity's mentions in the passage: where the corpus build's matcher found them (it knows
 * about punctuation, split words and whose name a shared alias is), else a folded, whole-word
 * search for the entity's aliases, longest first. A passage listed for an entity may name it
 * only indirectly (in a heading); then no marks.
 */
function findMarks(
  corpus: CorpusData,
  index: CorpusIndex,
  entity: CardEntity,
  passage: Passage,
): TextSpan[] {
  const shipped = (corpus.mentions?.[passage.id] ?? [])
    .filter((m) => m.entityId === entity.id)
    .map(({ start, end }) => ({ start, end }));
  if (shipped.length > 0) return shipped;
  // Aliases another entity also answers to ("Sinaloa": the state and the cartel) are a last
  // resort, so the Sinaloa Cartel's card marks "Sinaloa Cartel", not the state's name.
  const { own, shared } = splitAliases(index, entity);
  const spans = findAliases(passage.text, own);
  return spans.length > 0 || shared.length === 0 ? spans : findAliases(passage.text, shared);
}

function aliasesOf(entity: CardEntity): string[] {
  return [...new Set([entity.name, ...entity.aliases])].filter((a) => a.trim().length > 0);
}

function splitAliases(index: CorpusIndex, entity: CardEntity) {
  if (!index.aliasOwners) {
    const owners = new Map<string, Set<string>>();
    for (const e of index.entities.values()) {
      for (const a of aliasesOf(e)) {
        const key = foldWithMap(a).text.trim();
        const set = owners.get(key) ?? new Set<string>();
        set.add(e.id);
        owners.set(key, set);
      }
    }
    index.aliasOwners = owners;
  }
  const owners = index.aliasOwners;
  const own: string[] = [];
  const shared: string[] = [];
  for (const a of aliasesOf(entity)) {
    ((owners.get(foldWithMap(a).text.trim())?.size ?? 0) > 1 ? shared : own).push(a);
  }
  return { own, shared };
}

/** Whole-word, accent- and case-insensitive occurrences of any alias; longest alias wins. */
export function findAliases(text: string, aliases: readonly string[]): TextSpan[] {
  const folded = foldWithMap(text);
  const hay = folded.text;
  const needles = [...new Set(aliases.map((a) => foldWithMap(a).text.trim()))]
    .filter((a) => a.length > 0)
    .sort((a, b) => b.length - a.length);
  const taken: TextSpan[] = [];
  for (const needle of needles) {
    let from = 0;
    for (;;) {
      const at = hay.indexOf(needle, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + needle.length;
      const before = at > 0 ? hay.charCodeAt(at - 1) : 0x20;
      const after = end < hay.length ? hay.charCodeAt(end) : 0x20;
      if (isWordUnit(before) || isWordUnit(after)) continue;
      if (taken.some((t) => at < t.end && end > t.start)) continue;
      taken.push({ start: at, end });
    }
  }
  return taken
    .sort((a, b) => a.start - b.start)
    .map((t) => ({ start: folded.starts[t.start] ?? 0, end: folded.ends[t.end - 1] ?? 0 }));
}
