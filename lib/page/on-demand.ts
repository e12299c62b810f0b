/**
 * Scripts the content script has the background run in its world when it needs them, so that
 * pages which do not (most of them) never parse them: the card's UI on the first hover, and
 * @mozilla/readability when an on-topic page's article is looked for. Each leaves its module
 * on the world's global object under its name here. Only names and types cross.
 */
export const ON_DEMAND_SCRIPTS = {
  'card-ui': '/card-ui.js',
  readability: '/readability.js',
} as const;

export type OnDemandScript = keyof typeof ON_DEMAND_SCRIPTS;

export const ON_DEMAND_GLOBALS: Record<OnDemandScript, string> = {
  'card-ui': '__fronteraCardUi',
  readability: '__fronteraReadability',
};

/** The module a script left on `scope`, once the background has run it in this world. */
export function onDemandModule<T>(name: OnDemandScript, scope: object = globalThis): T | undefined {
  return (scope as Record<string, T | undefined>)[ON_DEMAND_GLOBALS[name]];
}

export function isOnDemandScript(value: unknown): value is OnDemandScript {
  return typeof value === 'string' && Object.hasOwn(ON_DEMAND_SCRIPTS, value);
}
