/** The reader page's own layout, on top of the card's theme variables (THEME_CSS). */
export const READER_CSS = `
html, body { margin: 0; padding: 0; }
body { background: var(--fr-bg, #fff); }
.rd-root {
  min-height: 100vh; background: var(--fr-bg); color: var(--fr-fg);
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.rd-root a { color: var(--fr-accent); }
.rd-header {
  display: flex; align-items: center; justify-content: space-between; gap: 16px; flex-wrap: wrap;
  padding: 12px 24px; border-bottom: 1px solid var(--fr-border);
  position: sticky; top: 0; background: var(--fr-bg); z-index: 1;
}
.rd-h1 { font-size: 18px; margin: 0; }
.rd-h1 a { color: var(--fr-fg); text-decoration: none; }
.rd-search { display: flex; gap: 6px; }
.rd-search input, .rd-search button {
  font: inherit; font-size: 14px; padding: 4px 8px; border-radius: 6px;
  border: 1px solid var(--fr-border); background: var(--fr-bg); color: var(--fr-fg);
}
.rd-search button { cursor: pointer; background: var(--fr-chip-bg); }
.rd-main { max-width: 760px; margin: 0 auto; padding: 16px 24px 80px; }
.rd-h2 { font-size: 24px; line-height: 1.3; margin: 16px 0 12px; }
.rd-docs, .rd-hits { list-style: none; padding: 0; margin: 0; display: grid; gap: 16px; }
.rd-doc-title { font-size: 18px; font-weight: 600; }
.rd-meta, .rd-back, .rd-facts { color: var(--fr-muted); font-size: 14px; margin: 4px 0 0; }
.rd-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 24px; }
.rd-facts dt { font-weight: 600; }
.rd-facts dd { margin: 0; }
.rd-heading { margin: 28px 0 8px; }
.rd-passage {
  margin: 0 -12px 12px; padding: 6px 12px; border-radius: 8px; border-inline-start: 3px solid transparent;
  scroll-margin-top: 80px;
}
.rd-passage:focus { outline: none; }
.rd-passage.rd-current { background: var(--fr-chip-bg); border-inline-start-color: var(--fr-accent); }
.rd-text { margin: 0; white-space: pre-wrap; }
.rd-passage-links { margin: 2px 0 0; font-size: 13px; display: flex; gap: 12px; }
.rd-anchor { color: var(--fr-muted) !important; text-decoration: none; }
.rd-hit .rd-text { font-size: 14px; margin-top: 2px; }
.rd-h3 { font-size: 18px; line-height: 1.3; margin: 24px 0 8px; }
.rd-muted, .rd-note-line { color: var(--fr-muted); }
.rd-note-line { font-size: 14px; margin: 8px 0; }
.rd-aliases { margin: 4px 0 0; }
.rd-badge {
  display: inline-block; margin: 8px 0 0; padding: 1px 8px; font-size: 13px;
  border: 1px solid var(--fr-border); border-radius: 999px; background: var(--fr-chip-bg);
}
/* The reader's own words: set apart from the corpus's summary by a bar and their own heading. */
.rd-note { border-inline-start: 3px solid var(--fr-accent); padding-inline-start: 12px; }
.rd-note-text { white-space: pre-line; }
.rd-sources, .rd-source-passages, .rd-seen { list-style: none; padding: 0; margin: 0; }
.rd-source { margin: 0 0 20px; padding-top: 12px; border-top: 1px solid var(--fr-border); }
.rd-source-title { font-size: 16px; margin: 0; }
.rd-name-passage {
  margin: 10px 0 0; padding-inline-start: 10px; border-inline-start: 3px solid var(--fr-quote-bar);
}
.rd-seen { display: grid; gap: 4px; }
.rd-filter { display: flex; gap: 6px; border: 0; margin: 0 0 8px; padding: 0; }
.rd-chip {
  position: relative; font-size: 14px; padding: 2px 12px; cursor: pointer;
  border: 1px solid var(--fr-border); border-radius: 999px;
}
.rd-chip.on { background: var(--fr-chip-bg); font-weight: 700; }
.rd-chip input { position: absolute; opacity: 0; pointer-events: none; }
.rd-chip:focus-within { outline: 2px solid var(--fr-accent); outline-offset: 1px; }
.rd-visually-hidden {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
/* The reader's saved articles on the front page: each with its Remove button at the side. */
.rd-saved-list { margin-top: 32px; padding-top: 8px; border-top: 1px solid var(--fr-border); }
.rd-saved-item { display: flex; align-items: flex-start; justify-content: space-between; gap: 12px; }
.rd-saved-text { min-width: 0; overflow-wrap: anywhere; }
.rd-button {
  font: inherit; font-size: 14px; padding: 3px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--fr-border); background: var(--fr-chip-bg); color: var(--fr-fg);
  flex: none;
}
.rd-button:focus-visible, .rd-h2:focus-visible { outline: 2px solid var(--fr-accent); outline-offset: 2px; }
.rd-h2:focus:not(:focus-visible) { outline: none; }
.rd-more { margin: 16px 0 0; font-size: 14px; }
.rd-actions { margin: 0 0 24px; }
.rd-status:empty { margin: 0; }
/* Suggested names: each with Add and Dismiss at the side; Undo beside its status line. */
.rd-nav { font-size: 14px; margin-inline-end: auto; }
.rd-nav a[aria-current="page"] { font-weight: 700; }
.rd-suggestion { display: flex; align-items: flex-start; justify-content: space-between; gap: 12px; }
.rd-suggestion-name { font-size: 18px; }
.rd-suggestion-actions { display: flex; gap: 6px; flex: none; }
.rd-suggestion-actions a.rd-button { text-decoration: none; color: var(--fr-fg); }
.rd-undo { display: flex; align-items: center; gap: 12px; min-height: 2em; }
.rd-undo .rd-status { margin: 0; }
.rd-dismissed-list { gap: 8px; }
/* A name's page as a picture (NamePicture.tsx): colours from the theme, so both themes draw it. */
.rd-figure { margin: 0 0 20px; }
.rd-figure figcaption { font-size: 14px; color: var(--fr-muted); margin: 0 0 6px; }
/* Sized before they are drawn, and contained: a chart arriving does not lay out the page again. */
.rd-chart { color: var(--fr-muted); aspect-ratio: 720 / 180; contain: strict; }
.rd-chart svg { display: block; width: 100%; height: auto; font-size: 11px; }
.rd-bar-bundled rect, .rd-swatch-bundled { fill: var(--fr-accent); background: var(--fr-accent); }
.rd-bar-library rect, .rd-swatch-library { fill: var(--fr-mark-bg); background: var(--fr-mark-bg); }
.rd-bar-library rect { stroke: var(--fr-muted); stroke-width: 1; }
.rd-legend { font-size: 13px; margin: 4px 0 0; display: flex; align-items: center; gap: 6px; }
.rd-swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; border: 1px solid var(--fr-muted); }
.rd-undated { font-size: 14px; margin: 6px 0 0; }
.rd-map-box { aspect-ratio: 720 / 420; contain: strict; }
.rd-map-svg, .rd-map-wait { display: block; width: 100%; height: 100%; box-sizing: border-box; }
.rd-map-svg { border: 1px solid var(--fr-border); border-radius: 8px; }
.rd-map-edges line { stroke: var(--fr-quote-bar); stroke-linecap: round; }
.rd-map-node circle { fill: var(--fr-chip-bg); stroke: var(--fr-accent); stroke-width: 1.5; }
.rd-map-centre circle { fill: var(--fr-accent); }
.rd-map-node text {
  fill: var(--fr-fg); font-size: 12px; paint-order: stroke; stroke: var(--fr-bg); stroke-width: 3px;
  stroke-linejoin: round;
}
.rd-map-centre text { font-weight: 700; }
.rd-map-node:focus { outline: none; }
.rd-map-node:focus-visible circle, .rd-map-node:hover circle { stroke: var(--fr-fg); stroke-width: 3; }
.rd-map-node:focus-visible text { text-decoration: underline; }
.rd-picture-details summary { cursor: pointer; color: var(--fr-accent); font-size: 14px; }
.rd-picture-details summary:focus-visible { outline: 2px solid var(--fr-accent); outline-offset: 2px; }
.rd-table { border-collapse: collapse; font-size: 14px; margin: 12px 0; width: 100%; }
.rd-table caption { text-align: start; font-weight: 600; margin: 0 0 4px; }
.rd-table th, .rd-table td {
  text-align: start; padding: 3px 8px; border-bottom: 1px solid var(--fr-border); vertical-align: top;
}
.rd-table td { font-variant-numeric: tabular-nums; }
mark.fr-mark { background: var(--fr-mark-bg); color: var(--fr-mark-fg); }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`;
