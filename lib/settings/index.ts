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

/**
 * Version 1 was the prototype's flat shape (`LegacySettingsV1`); version 2 is `Settings`.
 * WXT numbers versions from 1 and treats a stored value without version metadata as v1,
 * so a value left by the prototype is migrated on first read.
 */
export const SETTINGS_VERSION = 2;

/** Settings as the prototype stored them (version 1). Every field optional: anything may be missing. */
export interface LegacySettingsV1 {
  /** true = dark, false = light, 'auto' = follow the system. */
  darkMode?: boolean | 'auto';
  /** true = underline, false = tinted background. */
  underline?: boolean;
  /** Highlight only the first mention of each entity. */
  firstOnly?: boolean;
  /** Hover delay in seconds. */
  hoverDelay?: number;
  /** Open cards only on click. */
  clickToOpen?: boolean;
  /** Entity types the reader had hidden (the complement of `entityTypes`). */
  hiddenTypes?: string[];
  /** Comma-separated host names where Frontera was off. */
  blacklist?: string;
}

const LEGACY_KEYS = [
  'darkMode',
  'underline',
  'firstOnly',
  'hoverDelay',
  'clickToOpen',
  'hiddenTypes',
  'blacklist',
] as const;

/**
 * v1 → v2. Translates the prototype's fields; fields already in the v2 shape (a development
 * build wrote them under v1) win. The result is sanitised on every read anyway.
 */
export function migrateV1toV2(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const old = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (old.darkMode === 'auto') out.theme = 'system';
  else if (typeof old.darkMode === 'boolean') out.theme = old.darkMode ? 'dark' : 'light';
  if (typeof old.underline === 'boolean')
    out.highlightStyle = old.underline ? 'underline' : 'background';
  if (typeof old.firstOnly === 'boolean') out.mentions = old.firstOnly ? 'first' : 'all';
  if (typeof old.hoverDelay === 'number') out.hoverDelayMs = Math.round(old.hoverDelay * 1000);
  if (typeof old.clickToOpen === 'boolean') out.openOn = old.clickToOpen ? 'click' : 'hover';
  if (Array.isArray(old.hiddenTypes)) {
    out.entityTypes = ENTITY_TYPES.filter((t) => !(old.hiddenTypes as unknown[]).includes(t));
  }
  if (typeof old.blacklist === 'string') {
    out.disabledSites = old.blacklist
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
  }
  for (const [key, value] of Object.entries(old)) {
    if (!(LEGACY_KEYS as readonly string[]).includes(key)) out[key] = value;
  }
  return out;
}

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
  migrations: { 2: migrateV1toV2 },
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
