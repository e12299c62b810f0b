/**
 * Frontera's UI: pure Preact components for the entity card (used by the popover, the popup and
 * the reader), the in-page popover controller, the corpus reader's parts, and the shared
 * stylesheet. Map:
 *   components/  EntityCard and its parts (props in, markup out; everything rendered as text)
 *   popover/     createPopover (WXT shadow root) → controller (hover intent, pin, focus, position)
 *   reader/      the corpus reader page (list, document at a passage, passage search)
 *   styles/      the card's themed CSS (light / dark / system), as strings for shadow roots
 *   format.ts    dates by their basis, timestamps, excerpt clipping
 *   links.ts     reader, search and video URLs
 * Words come from the one catalogue, public/_locales, through lib/i18n.
 */
export * from './components';
export { excerptSegments, formatDocDate, formatTimestamp, kindLabel, typeLabel } from './format';
export { type CardLinks, extensionLinks, readerPath, videoUrl } from './links';
export { CARD_CSS, PALETTES, POPOVER_CSS, THEME_CSS } from './styles/card-css';
