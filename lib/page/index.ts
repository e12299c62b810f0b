/**
 * The page layer: finds the article on a news page, marks the names Frontera knows and leads the
 * reader to their cards, without breaking, slowing or restyling the page.
 */

export { isSiteDisabled } from '../settings/disabled-sites';
export { type ArticleScope, cheapRoot, findArticleScope, mapArticleToLive } from './article-root';
export { blockOf, collectTextBlocks, TextCollector } from './collect-text';
export {
  createPageController,
  type PageController,
  type PageControllerOptions,
} from './controller';
export { MentionStore } from './mention-store';
export { MARKS } from './timing';
export type { PageHost, PageMention, PopoverPort, PopoverTarget, TextBlock } from './types';
export { type EntityInfo, shownMentions } from './visibility';
