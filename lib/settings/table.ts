/**
 * Every setting as one row of data: its default, what values it allows, and the catalogue keys
 * that label it. The `Settings` type, the defaults, the sanitiser (index.ts) and the options form
 * (entrypoints/options) are all derived from this table, so a choice is written once.
 */
import { ENTITY_TYPES } from '../corpus/types';
import type { MessageKey } from '../i18n';
import { TYPE_KEYS } from '../i18n/label-keys';

/** One of a few words (a radio group). */
export interface ChoiceSpec<T extends string> {
  kind: 'choice';
  default: T;
  /** The allowed values in display order, each with the message that labels it. */
  options: readonly (readonly [T, MessageKey])[];
  label: MessageKey;
  hint?: MessageKey;
}

/** A whole number in [min, max] (a slider that moves by `step`). */
export interface RangeSpec {
  kind: 'range';
  default: number;
  min: number;
  max: number;
  step: number;
  label: MessageKey;
  /** The message that shows the value with its unit ("300 ms"). */
  unit: MessageKey;
}

/** On or off (a checkbox). */
export interface FlagSpec {
  kind: 'flag';
  default: boolean;
  label: MessageKey;
  hint?: MessageKey;
}

/** Any of a fixed set of values, no repeats (a group of checkboxes). */
export interface SubsetSpec<T extends string> {
  kind: 'subset';
  default: readonly T[];
  /**
   * The allowed values in display order (and the order a change is saved in), each with the
   * message that labels it.
   */
  options: readonly (readonly [T, MessageKey])[];
  label: MessageKey;
}

/** Free strings the reader adds and removes, no repeats (host names). */
export interface ListSpec {
  kind: 'list';
  default: readonly string[];
  label: MessageKey;
}

export type SettingSpec = ChoiceSpec<string> | RangeSpec | FlagSpec | SubsetSpec<string> | ListSpec;

// Helpers that keep each row's literal values (so `theme` is 'system' | 'light' | 'dark').
const choice = <const T extends string>(spec: Omit<ChoiceSpec<T>, 'kind'>): ChoiceSpec<T> => ({
  kind: 'choice',
  ...spec,
});
const subset = <const T extends string>(spec: Omit<SubsetSpec<T>, 'kind'>): SubsetSpec<T> => ({
  kind: 'subset',
  ...spec,
});

export const SETTINGS_TABLE = {
  theme: choice({
    default: 'system',
    options: [
      ['system', 'themeSystem'],
      ['light', 'themeLight'],
      ['dark', 'themeDark'],
    ],
    label: 'optionsTheme',
    hint: 'optionsThemeHint',
  }),
  /** 'hover': no mark until the pointer is over the mention. */
  highlightStyle: choice({
    default: 'underline',
    options: [
      ['underline', 'highlightUnderline'],
      ['background', 'highlightBackground'],
      ['hover', 'highlightHover'],
    ],
    label: 'optionsHighlight',
  }),
  mentions: choice({
    default: 'all',
    options: [
      ['all', 'mentionsAll'],
      ['first', 'mentionsFirst'],
    ],
    label: 'optionsMentions',
  }),
  /** Delay before a card opens on hover, in ms. */
  hoverDelayMs: {
    kind: 'range',
    default: 300,
    min: 0,
    max: 2000,
    step: 50,
    label: 'optionsHoverDelay',
    unit: 'milliseconds',
  } satisfies RangeSpec,
  openOn: choice({
    default: 'hover',
    options: [
      ['hover', 'openOnHover'],
      ['click', 'openOnClick'],
    ],
    label: 'optionsOpenOn',
  }),
  /** Entity types that get highlighted. */
  entityTypes: subset({
    default: ENTITY_TYPES,
    options: ENTITY_TYPES.map((type) => [type, TYPE_KEYS[type]] as const),
    label: 'optionsTypes',
  }),
  /** Real, focusable elements per mention instead of the CSS Highlight API. */
  accessibleMode: {
    kind: 'flag',
    default: false,
    label: 'optionsAccessible',
    hint: 'optionsAccessibleHint',
  } satisfies FlagSpec,
  /** Scan only the article body (Readability) or the whole page. */
  scope: choice({
    default: 'article',
    options: [
      ['article', 'scopeArticle'],
      ['page', 'scopePage'],
    ],
    label: 'optionsScope',
  }),
  /**
   * Run on-topic pages through the proposal finder (lib/background/page-proposals.ts) and show
   * the names it finds in the popup; kept in memory per tab, never stored. Off unless asked.
   */
  proposeFromPages: {
    kind: 'flag',
    default: false,
    label: 'optionsProposeFromPages',
    hint: 'optionsProposeFromPagesHint',
  } satisfies FlagSpec,
  /** Host names where the reader turned Frontera off. */
  disabledSites: { kind: 'list', default: [], label: 'optionsDisabledSites' } satisfies ListSpec,
} as const;

type ValueOf<S> =
  S extends ChoiceSpec<infer T>
    ? T
    : S extends RangeSpec
      ? number
      : S extends FlagSpec
        ? boolean
        : S extends SubsetSpec<infer T>
          ? T[]
          : S extends ListSpec
            ? string[]
            : never;

type Table = typeof SETTINGS_TABLE;
export type SettingName = keyof Table;

/** The reader's settings: one field per row of the table, of the type its row allows. */
export type Settings = { -readonly [K in SettingName]: ValueOf<Table[K]> };

export type Theme = Settings['theme'];
export type HighlightStyle = Settings['highlightStyle'];
export type MentionMode = Settings['mentions'];
export type OpenOn = Settings['openOn'];
export type ScanScope = Settings['scope'];

export const SETTING_NAMES = Object.keys(SETTINGS_TABLE) as SettingName[];

/** A fresh copy of the defaults (arrays included: editing it changes no other copy). */
export function defaultSettings(): Settings {
  const out: Record<string, unknown> = {};
  for (const name of SETTING_NAMES) {
    const d = SETTINGS_TABLE[name].default;
    out[name] = Array.isArray(d) ? [...d] : d;
  }
  return out as Settings;
}

/** `value` if it is one the row allows (numbers rounded, repeats dropped), else undefined. */
export function allowedValue(spec: SettingSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'choice':
      return typeof value === 'string' && spec.options.some(([v]) => v === value)
        ? value
        : undefined;
    case 'range':
      return typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= spec.min &&
        value <= spec.max
        ? Math.round(value)
        : undefined;
    case 'flag':
      return typeof value === 'boolean' ? value : undefined;
    case 'subset':
      return Array.isArray(value) && value.every((v) => spec.options.some(([o]) => o === v))
        ? [...new Set(value)]
        : undefined;
    case 'list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? [...new Set(value)]
        : undefined;
  }
}
