/**
 * How long a dismissal lasts (`remember`), and the one place the library touches storage: a dismissed banner, only
 * when the page set `remember`, with an expiry.
 * Every access is guarded, because storage throws in private modes and sandboxed frames; then the banner simply
 * shows again next time.
 */
import { readNumber, unlessEmpty } from '../../core/attributes.js';

const PREFIX = 'awareness-widgets:hotline-banner:dismissed';
const DAY_MS = 24 * 60 * 60 * 1000;

export function dismissalKey(name?: string): string {
  return name ? `${PREFIX}:${name}` : PREFIX;
}

/** True while a stored dismissal is still in force; an expired or unreadable one is removed and ignored. */
export function isDismissed(key: string, now = Date.now()): boolean {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return false;
    if (untilOf(raw) > now) return true;
    window.localStorage.removeItem(key);
  } catch {
    // Storage unavailable: show the banner.
  }
  return false;
}

/** The expiry in a stored value, or 0 when the value is not one this library wrote. */
function untilOf(raw: string): number {
  try {
    const until = Number((JSON.parse(raw) as { until?: unknown } | null)?.until);
    return Number.isFinite(until) ? until : 0;
  } catch {
    return 0;
  }
}

/** Remembers a dismissal for `days`; a failure to store is harmless. */
export function rememberDismissal(key: string, days: number, now = Date.now()): void {
  try {
    window.localStorage.setItem(key, JSON.stringify({ until: now + days * DAY_MS }));
  } catch {
    // Private mode or a sandboxed frame: the dismissal lasts for this page view only.
  }
}

/** Days a remembered dismissal lasts when `remember` has no value, and the longest it may last. */
export const DEFAULT_REMEMBER_DAYS = 30;
const MAX_REMEMBER_DAYS = 365;

/**
 * The days `remember` asks for, or null when it is absent (then nothing is stored). No value, or only spaces, is the
 * default; any positive number of days counts, a part of a day too.
 */
export function readRemember(owner: object, raw: string | null | undefined): number | null {
  if (raw == null) return null;
  return readNumber(owner, 'remember', unlessEmpty(raw), DEFAULT_REMEMBER_DAYS, {
    min: 0,
    max: MAX_REMEMBER_DAYS,
    exclusiveMin: true,
  });
}
