/**
 * The card's stylesheet, shared by the popover (inside its shadow root), the popup and the reader.
 * A string, not a .css import, so the popover can put it into its own shadow root and nowhere else:
 * Frontera adds no style to the page. Everything is scoped under `.fr-theme`, whose `data-theme`
 * ('light' | 'dark' | 'system') picks the palette; 'system' follows prefers-color-scheme live.
 */

/** The two palettes; tests/ui/contrast.test.ts holds them to WCAG AA contrast. */
export const PALETTES = {
  light: {
    bg: '#ffffff',
    fg: '#1b1f24',
    muted: '#57606a',
    border: '#d0d7de',
    accent: '#0a5bc4',
    error: '#b42318',
    'mark-bg': '#fff1a8',
    'mark-fg': '#1b1f24',
    'chip-bg': '#eef2f6',
    'quote-bar': '#b6c2cf',
    shadow: '0 8px 28px rgba(16, 24, 40, 0.18), 0 1px 3px rgba(16, 24, 40, 0.12)',
  },
  dark: {
    bg: '#1d2127',
    fg: '#e8ebef',
    muted: '#a5afbb',
    border: '#3a424d',
    accent: '#7ab7ff',
    error: '#ff9b8f',
    'mark-bg': '#6b5a12',
    'mark-fg': '#fffbe6',
    'chip-bg': '#2b323b',
    'quote-bar': '#4c5663',
    shadow: '0 8px 28px rgba(0, 0, 0, 0.55), 0 1px 3px rgba(0, 0, 0, 0.4)',
  },
} as const;

function vars(scheme: 'light' | 'dark'): string {
  const lines = Object.entries(PALETTES[scheme]).map(([k, v]) => `--fr-${k}: ${v};`);
  return `${lines.join(' ')} color-scheme: ${scheme};`;
}

const LIGHT = vars('light');
const DARK = vars('dark');

export const THEME_CSS = `
.fr-theme, .fr-theme[data-theme="light"] {${LIGHT}}
.fr-theme[data-theme="dark"] {${DARK}}
@media (prefers-color-scheme: dark) {
  .fr-theme[data-theme="system"] {${DARK}}
}
`;

/** Every rule is scoped under `.fr-card`, so the popup's own `fr-` classes never collide with it. */
export const CARD_CSS = `
.fr-card {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fr-fg);
  text-align: start;
  overflow-wrap: anywhere;
}
.fr-card * { box-sizing: border-box; }
.fr-card p, .fr-card ul, .fr-card h2, .fr-card h3, .fr-card h4, .fr-card blockquote { margin: 0; padding: 0; }
.fr-card ul { list-style: none; }
.fr-card .fr-head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; margin-bottom: 4px; }
.fr-card .fr-name { font-size: 17px; font-weight: 650; line-height: 1.25; color: var(--fr-fg); }
.fr-card .fr-type {
  font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;
  color: var(--fr-muted);
}
.fr-card .fr-match-note { font-size: 12px; color: var(--fr-muted); font-style: italic; margin-bottom: 6px; }
.fr-card .fr-summary { margin-bottom: 10px; }
.fr-card .fr-section { border-top: 1px solid var(--fr-border); padding-top: 8px; margin-top: 8px; }
.fr-card .fr-section-title {
  font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;
  color: var(--fr-muted); margin-bottom: 6px;
}
.fr-card .fr-excerpts { display: grid; gap: 10px; }
.fr-card .fr-quote {
  border-inline-start: 3px solid var(--fr-quote-bar); padding-inline-start: 8px;
  font-size: 13px; color: var(--fr-fg);
}
.fr-card .fr-mark { background: var(--fr-mark-bg); color: var(--fr-mark-fg); border-radius: 2px; padding: 0 1px; }
.fr-card .fr-source { font-size: 12px; color: var(--fr-muted); margin-top: 3px; }
.fr-card .fr-source-title { font-style: normal; font-weight: 600; }
.fr-card .fr-why { font-size: 12px; color: var(--fr-muted); margin-top: 2px; }
.fr-card .fr-excerpt-links { display: flex; gap: 12px; flex-wrap: wrap; margin-top: 3px; font-size: 12px; }
.fr-card .fr-link { color: var(--fr-accent); text-decoration: underline; text-underline-offset: 2px; cursor: pointer; }
.fr-card .fr-link:hover { text-decoration-thickness: 2px; }
.fr-card .fr-link:focus-visible, .fr-card .fr-chip:focus-visible {
  outline: 2px solid var(--fr-accent); outline-offset: 2px; border-radius: 3px;
}
.fr-card .fr-chips { display: flex; flex-wrap: wrap; gap: 6px; }
.fr-card .fr-chip {
  font: inherit; font-size: 12px; color: var(--fr-fg); background: var(--fr-chip-bg);
  border: 1px solid var(--fr-border); border-radius: 999px; padding: 2px 10px; margin: 0;
  cursor: default; line-height: 1.5;
}
.fr-card button.fr-chip { cursor: pointer; }
.fr-card button.fr-chip:hover { border-color: var(--fr-accent); }
.fr-card .fr-empty { font-size: 12px; color: var(--fr-muted); }
.fr-card .fr-foot {
  border-top: 1px solid var(--fr-border); padding-top: 8px; margin-top: 10px; font-size: 12px;
  display: flex; flex-wrap: wrap; gap: 4px 14px;
}
.fr-card .fr-saved {
  font-size: 11px; font-weight: 600; border: 1px solid var(--fr-border); border-radius: 3px;
  padding: 0 4px; margin-right: 2px;
}
.fr-card .fr-note { border-left: 3px solid var(--fr-accent); padding-left: 8px; margin-bottom: 10px; }
.fr-card .fr-note-text { white-space: pre-line; }
`;

/** The popover's frame: fixed, above everything, and motion only for those who want it. */
export const POPOVER_CSS = `
:host { all: initial !important; }
.fr-popover {
  all: initial;
  position: fixed; top: 0; left: 0; z-index: 2147483647;
  box-sizing: border-box;
  width: max-content; max-width: min(400px, calc(100vw - 16px));
  max-height: min(520px, calc(100vh - 16px)); overflow: auto; overscroll-behavior: contain;
  background: var(--fr-bg); color: var(--fr-fg);
  border: 1px solid var(--fr-border); border-radius: 10px; box-shadow: var(--fr-shadow);
  padding: 12px 14px;
  display: block; visibility: visible; opacity: 1;
  transition: opacity 120ms ease-out, transform 120ms ease-out;
}
/* Focus lands on the dialog itself when pinned; its frame already shows where it is. */
.fr-popover:focus { outline: none; }
.fr-popover[data-entering] { opacity: 0; transform: translateY(4px); }
.fr-popover-close {
  all: initial; position: absolute; top: 6px; right: 8px; width: 24px; height: 24px;
  display: grid; place-items: center; border-radius: 6px; cursor: pointer;
  font: 18px/1 system-ui, sans-serif; color: var(--fr-muted);
}
.fr-popover-close:hover { background: var(--fr-chip-bg); color: var(--fr-fg); }
.fr-popover-close:focus-visible { outline: 2px solid var(--fr-accent); }
.fr-popover .fr-head { padding-right: 26px; }
.fr-sr-only {
  position: fixed; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.fr-popover-back {
  all: initial; display: inline-block; margin: 0 0 6px; padding: 2px 6px 2px 0; border-radius: 4px;
  font: 12px/1.4 system-ui, sans-serif; color: var(--fr-accent); cursor: pointer;
}
.fr-popover-back:hover { text-decoration: underline; }
.fr-popover-back:focus-visible { outline: 2px solid var(--fr-accent); outline-offset: 1px; }
/* Windows High Contrast and other forced colours: keep the frame and the marked name visible. */
@media (forced-colors: active) {
  .fr-popover { border: 1px solid CanvasText; box-shadow: none; }
  .fr-card .fr-mark { background: Mark; color: MarkText; }
}
@media (prefers-reduced-motion: reduce) {
  .fr-popover { transition: none; }
  .fr-popover[data-entering] { opacity: 1; transform: none; }
}
`;
