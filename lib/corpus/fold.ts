/**
 * The one folding used wherever the corpus build compares names (alias collisions, search
 * text): the matcher's, so that accents, case and curly quotes are ignored the same way on a
 * news page, in the build and in the popup's search.
 */
export { fold } from '../match';
