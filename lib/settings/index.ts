/**
 * All of the reader's settings, their defaults and their migrations, in one place.
 * Stored as one versioned item in `storage.sync`; every read goes through `sanitizeSettings`,
 * so a corrupt or out-of-range stored value falls back to its default instead of breaking a page.
 */
import { storage } from 'wxt/utils/storage';
import { ENTITY_TYPES, type EntityType } from '../corpus/types';

export type Theme = 'system' | 'light' | 'dark';
export type HighlightStyle = 'underline' | 'background' | 'hover';
export type MentionMode = 'all' | 'first';
export type OpenOn = 'hover' | 'click';
export type ScanScope = 'article' | 'page';

export interface Settings {
  theme: Theme;
  /** 'hover': no mark until the pointer is over the mention. */
  highlightStyle: HighlightStyle;
  mentions: MentionMode;
  /** Delay before a card opens on hover, in ms (0–2000). */
  hoverDelayMs: number;
  openOn: OpenOn;
  /** Entity types that get highlighted. */
  entityTypes: EntityType[];
  /** Real, focusable elements per mention instead of the CSS Highlight API. */
  accessibleMode: boolean;
  /** Scan only the article body (Readability) or the whole page. */
  scope: ScanScope;
  /** Host names where the reader turned Frontera off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'system',
  highlightStyle: 'underline',
  mentions: 'all',
  hoverDelayMs: 300,
  openOn: 'hover',
  entityTypes: [...ENTITY_TYPES],
  accessibleMode: false,
  scope: 'article',
  disabledSites: [],
});

export const SETTINGS_VERSION = 1;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/**
 * Returns valid settings from anything found in storage, field by field: a bad field
 * falls back to its default (with a console warning) and the good ones are kept.
 */
export function sanitizeSettings(
  raw: unknown,
  warn: (msg: string) => void = console.warn,
): Settings {
  const d = DEFAULT_SETTINGS;
  if (raw === null || raw === undefined) return { ...d, entityTypes: [...d.entityTypes] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warn(`Frontera: stored settings are not an object; using defaults.`);
    return { ...d, entityTypes: [...d.entityTypes] };
  }
  const r = raw as Record<string, unknown>;
  const out: Settings = {
    theme: oneOf(r.theme, ['system', 'light', 'dark'], d.theme),
    highlightStyle: oneOf(r.highlightStyle, ['underline', 'background', 'hover'], d.highlightStyle),
    mentions: oneOf(r.mentions, ['all', 'first'], d.mentions),
    hoverDelayMs:
      typeof r.hoverDelayMs === 'number' &&
      Number.isFinite(r.hoverDelayMs) &&
      r.hoverDelayMs >= 0 &&
      r.hoverDelayMs <= 2000
        ? Math.round(r.hoverDelayMs)
        : d.hoverDelayMs,
    openOn: oneOf(r.openOn, ['hover', 'click'], d.openOn),
    entityTypes:
      Array.isArray(r.entityTypes) &&
      r.entityTypes.every((t) => (ENTITY_TYPES as readonly unknown[]).includes(t))
        ? [...new Set(r.entityTypes as EntityType[])]
        : [...d.entityTypes],
    accessibleMode: typeof r.accessibleMode === 'boolean' ? r.accessibleMode : d.accessibleMode,
    scope: oneOf(r.scope, ['article', 'page'], d.scope),
    disabledSites:
      Array.isArray(r.disabledSites) && r.disabledSites.every((s) => typeof s === 'string')
        ? [...new Set(r.disabledSites as string[])]
        : [...d.disabledSites],
  };
  for (const key of Object.keys(d) as (keyof Settings)[]) {
    if (key in r && JSON.stringify(r[key]) !== JSON.stringify(out[key])) {
      warn(`Frontera: stored setting "${key}" is invalid; using ${JSON.stringify(out[key])}.`);
    }
  }
  return out;
}

/** The stored item. Read it through `loadSettings`/`watchSettings`, which sanitise. */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch (err) {
    console.warn('Frontera: could not read settings; using defaults.', err);
    return sanitizeSettings(undefined);
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with sanitised settings whenever they change; returns the unwatch function. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(sanitizeSettings(value)));
}
