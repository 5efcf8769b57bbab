/**
 * The countries the library covers, in one place. Every element, the builder, the docs, the README and the content
 * pack read this list. What each region shows (its hotlines, the explainer's steps) is in `region-help.ts`; the
 * numbers are in `hotlines.ts`, their sources in `hotline-reviews.ts`, their names in each locale's `hotlines.ts`.
 * This module imports nothing, so an element that needs only a region's language does not bundle any hotline.
 *
 * A region that is not listed gets no foreign number: see `UNCOVERED` in `region-help.ts`.
 */
import type { LocaleCode } from './locales/index.js';

export const REGION_CODES = ['US', 'CA', 'GB', 'AU', 'NZ', 'IE', 'MX'] as const;
/** A covered country, as its ISO 3166-1 alpha-2 code. */
export type RegionCode = (typeof REGION_CODES)[number];

/** The region used when neither the element nor the script tag names one. */
export const DEFAULT_REGION: RegionCode = 'US';

/** Other spellings people write for a covered region. */
export const REGION_ALIASES: Readonly<Record<string, RegionCode>> = Object.freeze({ UK: 'GB' });

/**
 * The language a region's widgets speak when no `lang` on or above the element and no `data-lang` says otherwise
 * (it comes before `<html lang>`, which templates often leave at `en`). Regions without one follow the page.
 */
export const REGION_LANGUAGES: Readonly<Partial<Record<RegionCode, LocaleCode>>> = Object.freeze({
  MX: 'es',
});

/** The covered region a code names (`gb`, ` UK `), or null when the library does not cover it. */
export function regionCode(raw: string): RegionCode | null {
  const code = raw.trim().toUpperCase();
  const aliased = REGION_ALIASES[code] ?? code;
  return (REGION_CODES as readonly string[]).includes(aliased) ? (aliased as RegionCode) : null;
}
