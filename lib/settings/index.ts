/**
 * All of the reader's settings: the table of them (table.ts: each one's default, allowed values
 * and labels), their storage item and their migrations. Stored as one versioned item in
 * `storage.sync`; every read goes through `sanitizeSettings`, so a corrupt or out-of-range stored
 * value falls back to its default instead of breaking a page.
 */
import { storage } from 'wxt/utils/storage';
import { ENTITY_TYPES } from '../corpus/types';
import {
  allowedValue,
  defaultSettings,
  SETTING_NAMES,
  SETTINGS_TABLE,
  type Settings,
} from './table';

export {
  type HighlightStyle,
  type MentionMode,
  type OpenOn,
  type ScanScope,
  SETTINGS_TABLE,
  type SettingName,
  type Settings,
  type Theme,
} from './table';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(defaultSettings());

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

/**
 * Returns valid settings from anything found in storage, field by field: a bad field
 * falls back to its default (with a console warning) and the good ones are kept.
 */
export function sanitizeSettings(
  raw: unknown,
  warn: (msg: string) => void = console.warn,
): Settings {
  const out = defaultSettings();
  if (raw === null || raw === undefined) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warn(`Frontera: stored settings are not an object; using defaults.`);
    return out;
  }
  const r = raw as Record<string, unknown>;
  const fields = out as Record<string, unknown>;
  for (const key of SETTING_NAMES) {
    const value = allowedValue(SETTINGS_TABLE[key], r[key]);
    if (value !== undefined) fields[key] = value;
    if (key in r && JSON.stringify(r[key]) !== JSON.stringify(fields[key])) {
      warn(`Frontera: stored setting "${key}" is invalid; using ${JSON.stringify(fields[key])}.`);
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
