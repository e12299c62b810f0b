/**
 * The corpus module's public face for code that runs in the extension: the data shapes, the
 * card builder and links back to sources. Everything here is browser-safe. The build side
 * (reading files, validating, compiling) is Node-only: import it from './build'.
 */

export { buildCard, type CardExcerpt, type CardView, findAliases, type TextSpan } from './card';
export { passageUrl, videoLink } from './links';
export { ITEM_BULLET, PARAGRAPH_BREAK, passageId } from './passages';
export * from './types';
