import { DEFAULT_REGION, REGION_LANGUAGES, regionCode, type RegionCode } from '../content/regions.js';
import type { LocaleCode } from '../content/locales/index.js';
import { pageDefaults } from './page-defaults.js';
import { badValue, quote } from './warn.js';

/**
 * The region an element serves: its own `region`, else the script tag's `data-region`, else the default (U.S.).
 * Null means a region the library does not cover: the caller shows the uncovered answer (no foreign number), and
 * the site owner gets one warning saying so.
 */
export function regionInForce(
  own: string | null | undefined,
  warn: (message: string) => void,
): RegionCode | null {
  const raw = own ?? pageDefaults().region;
  if (raw == null) return DEFAULT_REGION;
  if (!raw.trim()) {
    warn(badValue('region', raw, DEFAULT_REGION));
    return DEFAULT_REGION;
  }
  const code = regionCode(raw);
  if (code) return code;
  warn(
    `region=${quote(raw)} is not a region with built-in hotlines; showing no number: the local emergency advice and a directory of child helplines.`,
  );
  return null;
}

/** The language a region's widgets speak by default (Mexico: Spanish), or undefined to follow the page. */
export function regionLanguage(region: RegionCode | null): LocaleCode | undefined {
  return region ? REGION_LANGUAGES[region] : undefined;
}
