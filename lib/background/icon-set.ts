/**
 * The toolbar icon's two variants and which one a tab shows. Pure (no `browser.*`), so the icon
 * build script (scripts/icons.ts) shares the paths with the background.
 */
import { isSiteDisabled } from '../settings/disabled-sites';
import { isDefaultNewsSite, isUnder, siteOf } from '../sites/host';

/** The sizes scripts/icons.ts renders, for the manifest and for setIcon. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export type IconVariant = 'on' | 'muted';

/** `{ 16: 'icon/16.png', … }` (or `icon/muted-16.png`…), paths inside the built extension. */
export function iconSet(variant: IconVariant): Record<string, string> {
  const prefix = variant === 'on' ? 'icon/' : 'icon/muted-';
  return Object.fromEntries(ICON_SIZES.map((s) => [String(s), `${prefix}${s}.png`]));
}

/** Which icon a tab at `url` shows. Pure: the sites it needs are passed in. */
export function iconFor(
  url: string | undefined,
  where: { granted: readonly string[]; disabled: readonly string[] },
): IconVariant {
  const site = siteOf(url);
  if (!site || isSiteDisabled(site, where.disabled)) return 'muted';
  const runs = isDefaultNewsSite(site) || where.granted.some((g) => isUnder(site, g));
  return runs ? 'on' : 'muted';
}
