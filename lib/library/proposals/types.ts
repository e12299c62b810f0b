/**
 * The contract between finding proposed names (lib/library/proposals/index.ts, pure) and the
 * rest of the library (storage, messages, the popup and the reader). Pure types.
 *
 * A proposal is a name the reader's saved articles name but that neither the knowledge base nor
 * the library knows. It is found per article when the article is saved (an ArticleCandidate),
 * and ranked over the whole library (a Proposal) when the reader opens the suggestions.
 */
import type { EntityType, Language } from '../../corpus/types';

/** What Frontera already knows: the knowledge base's and the library's aliases, folded. */
export interface KnownNames {
  /** True when `text` (any case, accents or spacing) is an alias of a known name. */
  isKnown(text: string): boolean;
}

/** One saved article as the finder sees it: its passages and the known names found in them. */
export interface ArticleInput {
  language: Language | null;
  passages: {
    text: string;
    /** Known mentions (UTF-16 offsets into `text`): context for ranking, and never proposed. */
    mentions: { entityId: string; start: number; end: number }[];
  }[];
}

/** A name found in one article, its spellings there merged. */
export interface ArticleCandidate {
  /** Stable across articles: the same name found in two articles has the same key. */
  key: string;
  /** The fullest spelling, as it should be shown and added. */
  name: string;
  /** Every spelling seen in this article (the name included), for the add-name form's aliases. */
  forms: string[];
  type: EntityType;
  /** Times named in this article (any form). */
  mentions: number;
  /** Of those, how many sit in a passage that also names a known name. */
  besideKnown: number;
}

/** A candidate ranked over the whole library. */
export interface Proposal {
  key: string;
  name: string;
  forms: string[];
  type: EntityType;
  /** Saved articles that name it (ids). */
  articleIds: string[];
  articleCount: number;
  mentions: number;
  besideKnown: number;
  score: number;
}

export interface RankOptions {
  known: KnownNames;
  /** Keys the reader dismissed: never proposed again until undone. */
  dismissed?: ReadonlySet<string>;
  limit?: number;
}
