/**
 * The shapes of Frontera's corpus: what a maintainer writes (sources, entity specs)
 * and what the build step compiles for the extension (scan data, card data, search index).
 * Every module that reads corpus data imports its types from here.
 */
import type { AliasContext, MatcherAlias, MatcherInput } from '../match';

// The matcher owns the shapes it reads (lib/match/input.ts); the corpus writes data of them.
export type { AliasContext } from '../match';

export const ENTITY_TYPES = [
  'person',
  'organization',
  'criminal-group',
  'place',
  'policy',
  'event',
  'topic',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const DOCUMENT_KINDS = [
  'news-article',
  'news-roundup',
  'interview',
  'news-summary',
  'podcast-summary',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type Language = 'en' | 'es';

/**
 * How much a mention of an entity says that a page is about US–Mexico security: `decisive` for
 * names that only mean something in this subject (Sheinbaum, the Sinaloa Cartel), `supporting`
 * for names that lean that way (fentanyl, the DEA, Sonora), `none` for generic ones (migration,
 * China, Trump). The weights and the score a page needs are in corpus/topic.yaml.
 */
export const TOPIC_EVIDENCE = ['decisive', 'supporting', 'none'] as const;
export type TopicEvidence = (typeof TOPIC_EVIDENCE)[number];

/** corpus/topic.yaml: when a page counts as on topic. */
export interface TopicRule {
  /** Points per distinct entity found on the page, by its evidence. */
  weights: Record<TopicEvidence, number>;
  /** A page is on topic once its points reach this. */
  onTopicAt: number;
  /**
   * What places a page in Mexico: supporting names count only on a page that has one of these
   * words (folded: accents and case ignored) or names one of these entities. Decisive names need
   * nothing beside them. Absent: supporting names always count.
   */
  mexico?: { words: string[]; entities: string[] };
  /** Where generic names (evidence none) are drawn on a page that is on topic. */
  near?: NearRule;
}

/**
 * A generic name is drawn only in a text block within `blocks` blocks of one that names an entity
 * with evidence (decisive or supporting): the part of a mixed page that is about the subject.
 * With `sections`, a heading ends that part too (a live blog's next entry, an encyclopedia's next
 * section). Where those blocks hold at least `everywhereAt` of the article's text, the page is
 * about the subject throughout and generic names are drawn everywhere in it.
 */
export interface NearRule {
  blocks: number;
  sections: boolean;
  everywhereAt: number;
}

/** How we know a document's date: the text states it, the text clearly implies it, or neither. */
export type DateBasis = 'stated' | 'implied' | 'unknown';

/** Front matter of a file in corpus/sources/. */
export interface SourceDocumentMeta {
  /** Stable kebab-case id; also the file's base name. */
  id: string;
  title: string;
  /** Outlet or publisher, only where the text names one. */
  outlet: string | null;
  /** Author or presenter, only where the text names one. */
  author: string | null;
  kind: DocumentKind;
  /** ISO date or partial date (YYYY, YYYY-MM, YYYY-MM-DD), or null when not known. */
  date: string | null;
  dateBasis: DateBasis;
  /** Why the date is what it is, in the maintainer's words (quote the text that implies it). */
  dateNote: string | null;
  language: Language;
  /** File name of the seed in shared/seeds the text came from. */
  seed: string;
  /** YouTube video id, for podcast summaries whose passages carry timestamps. */
  videoId: string | null;
  /**
   * Set on an article of the reader's library (lib/library), absent on bundled documents: where
   * it was read, when it was saved, and the pack it came with (null: the reader saved it).
   */
  saved?: { url: string; savedAt: string; pack: string | null };
}

export type PassageKind = 'paragraph' | 'table' | 'list' | 'callout';

/** A piece of a document a reader can take in at a glance. */
export interface Passage {
  /** Stable id: `${docId}/${nn}` where nn is the 1-based position, zero-padded to 2. */
  id: string;
  docId: string;
  /** 1-based order within the document. */
  position: number;
  /** Headings above the passage, outermost first (document title not included). */
  headingPath: string[];
  kind: PassageKind;
  /** Plain text as a reader sees it (markup like wiki links and timestamp tags reduced to their text). */
  text: string;
  /** For podcast summaries: seconds into the video of the passage's first timestamp. */
  time: number | null;
}

export interface AliasSpec {
  text: string;
  /** Match only as written (PAN, PRI, MC, DEA, CJNG). Accents are still folded. */
  caseSensitive?: boolean;
  context?: AliasContext;
  /** Set false to keep this alias out of typo-tolerant matching (short or common words). */
  fuzzy?: boolean;
}

/** One entity as a maintainer writes it in corpus/entities/*.yaml. */
export interface EntitySpec {
  /** Stable kebab-case id. */
  id: string;
  name: string;
  type: EntityType;
  /** Other names, English and Spanish; the name itself is always an alias. */
  aliases: AliasSpec[];
  /** One or two sentences in our own words; every claim supported by a cited passage. */
  summary: string;
  /** Passage ids that support the summary. */
  cites: string[];
  /** Ids of related entities (the relation is made symmetric by the build). */
  related: string[];
  /** What a mention says about the page's subject (default `none`). */
  evidence?: TopicEvidence;
}

// ---- Compiled data (written by scripts/build-corpus.ts into public/data/) ----

/**
 * What the page scan needs, and nothing more: the matcher's input (aliases with their rules,
 * the entities they name, common words, the precompiled pattern table) and the topic rule.
 */
export interface ScanData extends MatcherInput {
  version: 1;
  entities: ScanEntity[];
  aliases: ScanAlias[];
  /** When a page is on topic (corpus/topic.yaml). Without it, every page is. */
  topic?: TopicRule;
}

export interface ScanEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Absent in older data: counts as `none`. */
  evidence?: TopicEvidence;
}

/** An alias as scan.json ships it: what the matcher reads. */
export type ScanAlias = MatcherAlias;

export interface RankedPassage {
  passageId: string;
  score: number;
}

/** An entity with everything a card shows. */
export interface CardEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  summary: string;
  cites: string[];
  related: string[];
  /** Passages that mention the entity, best first. */
  passages: RankedPassage[];
  /**
   * Set on a name the reader added (lib/library): the note in the reader's own words, shown as
   * theirs and never as the corpus's summary (which is then empty).
   */
  reader?: { note: string | null; pack: string | null };
}

/** Everything the popover, popup and corpus reader show; loaded on demand. */
export interface CorpusData {
  version: 1;
  documents: SourceDocumentMeta[];
  passages: Passage[];
  entities: CardEntity[];
  /** For each passage id, the entity ids it mentions (for page-aware excerpt ranking). */
  passageEntities: Record<string, string[]>;
  /**
   * For each passage id, where the matcher found each name in its text (the card's marks), so
   * nothing at run time needs a matcher to mark a name in an excerpt. Absent in older data.
   */
  mentions?: Record<string, NamePosition[]>;
}

/** Where a name is mentioned in a passage's text: UTF-16 offsets, end exclusive. */
export interface NamePosition {
  entityId: string;
  start: number;
  end: number;
}

export type SearchDocKind = 'entity' | 'passage';

/** One row of the search index; the Fuse index is built over `SearchData.docs`. */
export interface SearchDoc {
  kind: SearchDocKind;
  /** Entity id or passage id. */
  id: string;
  title: string;
  /** Aliases of an entity; empty for a passage. */
  aliases: string[];
  /** Folded text (lib/text's fold) for accent-insensitive search. */
  text: string;
}

export interface SearchData {
  version: 1;
  keys: { name: string; weight: number }[];
  docs: SearchDoc[];
  /** Output of Fuse.createIndex(keys, docs).toJSON(). */
  index: unknown;
}
