/**
 * One way to read each kind of attribute a partner writes. An absent attribute gives the fallback quietly; a value
 * that is not valid gives the fallback (or the nearest bound) and one warning in the wording of `badValue`, printed
 * once per `owner` (the element). Booleans need no reader: Lit's `type: Boolean` reads the attribute's presence.
 */
import { DEFAULT_REGION, regionCode, type RegionCode } from '../content/regions.js';
import { pageDefaults } from './page-defaults.js';
import { badValue, quote, warnOnce } from './warn.js';

type Raw = string | number | null | undefined;

/**
 * One of `allowed`, trimmed and lower-cased. An empty or unknown value gives `fallback`, with a warning that says
 * `using ${shown}` (`shown` names the fallback in words when it is not a value, e.g. `'every fact'` for null).
 */
export function readChoice<T extends string, F = T>(
  owner: object,
  name: string,
  raw: string | null | undefined,
  allowed: readonly T[],
  fallback: F,
  shown: unknown = fallback,
): T | F {
  if (raw == null) return fallback;
  const value = raw.trim().toLowerCase() as T;
  if (allowed.includes(value)) return value;
  warnOnce(badValue(name, raw, shown), owner);
  return fallback;
}

/** The range a number attribute accepts. */
export interface NumberRange {
  min: number;
  max: number;
  /** Whole numbers only: `2.5` is not valid. */
  whole?: boolean;
  /**
   * The value must be above `min`: `min` itself and anything below are not valid (the fallback). Without it, a
   * value below `min` is raised to `min`.
   */
  exclusiveMin?: boolean;
}

/**
 * A number within `range`. Empty or not a number gives `fallback`; above `max` gives `max`; below `min` gives
 * `min` (with `exclusiveMin`, `min` or below gives `fallback`). Each of these comes with a warning.
 */
export function readNumber(
  owner: object,
  name: string,
  raw: Raw,
  fallback: number,
  { min, max, whole, exclusiveMin }: NumberRange,
): number {
  if (raw == null) return fallback;
  const text = String(raw);
  const value = Number(text.trim() || NaN);
  let using = Math.min(Math.max(value, min), max);
  if (!(whole ? Number.isInteger(value) : Number.isFinite(value)) || (exclusiveMin && value <= min)) {
    using = fallback;
  }
  if (using !== value) warnOnce(badValue(name, text, using), owner);
  return using;
}

/**
 * The ids in a comma- or space-separated list, each once, in the order written, looked up with `find`. Unknown ids
 * get one warning; null when none is known, so the caller shows its default (named by `shown` in the warning).
 */
export function readList<T>(
  owner: object,
  name: string,
  raw: string | null | undefined,
  find: (id: string) => T | undefined,
  shown: string,
): T[] | null {
  if (raw == null) return null;
  const ids = [...new Set(raw.split(/[\s,]+/).filter(Boolean))];
  const known = ids.map(find).filter((each): each is T => !!each);
  const unknown = ids.filter((id) => !find(id));
  if (unknown.length || !known.length) {
    warnOnce(badValue(name, unknown.join(','), known.length ? 'the known ones' : shown), owner);
  }
  return known.length ? known : null;
}

/** The attribute's value, or null when it is empty: for attributes whose empty value means the default. */
export const unlessEmpty = (raw: string | null | undefined): string | null => (raw?.trim() ? raw : null);

/**
 * The region an element serves: its own `region`, else the script tag's `data-region`, else the default (U.S.),
 * as a code of `src/content/regions.ts` (case and the alias `UK` forgiven). Empty gives the default with the usual
 * warning. Null means a country the library does not cover: the caller shows the uncovered answer (no foreign
 * number), and the site owner gets one warning saying so.
 */
export function readRegion(owner: object, raw: string | null | undefined): RegionCode | null {
  const value = raw ?? pageDefaults().region;
  if (value == null) return DEFAULT_REGION;
  if (!value.trim()) {
    warnOnce(badValue('region', value, DEFAULT_REGION), owner);
    return DEFAULT_REGION;
  }
  const code = regionCode(value);
  if (code) return code;
  warnOnce(
    `region=${quote(value)} is not a region with built-in hotlines; showing no number: the local emergency advice and a directory of child helplines.`,
    owner,
  );
  return null;
}
