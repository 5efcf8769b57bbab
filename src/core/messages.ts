import { builtInLocales, DEFAULT_LOCALE, type LocaleCode, type Messages } from '../content/locales/index.js';
import { warnOnce } from './warn.js';

type Tree = { [key: string]: unknown };

/**
 * Fills every string a locale lacks (absent or empty) from English, one warning per missing key, so a gap in a
 * translation shows English for that string alone instead of a blank.
 */
export function withFallback<T>(partial: unknown, fallback: T, locale: string, path = ''): T {
  if (typeof fallback !== 'object' || fallback === null) {
    const missing =
      partial === undefined || partial === null || partial === '' || typeof partial !== typeof fallback;
    if (missing) {
      warnOnce(`The "${locale}" text for ${path || 'a string'} is missing; English is shown instead.`);
      return fallback;
    }
    return partial as T;
  }
  if (Array.isArray(fallback)) {
    // A list is translated as a whole: a locale's own list (even of another length) stands, else English's.
    if (Array.isArray(partial) && partial.length) return partial as T;
    warnOnce(`The "${locale}" text for ${path || 'a list'} is missing; English is shown instead.`);
    return fallback;
  }
  const source = (typeof partial === 'object' && partial !== null ? partial : {}) as Tree;
  const result: Tree = {};
  for (const [key, value] of Object.entries(fallback as Tree)) {
    result[key] = withFallback(source[key], value, locale, path ? `${path}.${key}` : key);
  }
  return result as T;
}

const completed = new Map<LocaleCode, Messages>();

/** The messages of a built-in locale, completed from English once and then cached. */
export function messagesFor(locale: LocaleCode): Messages {
  let messages = completed.get(locale);
  if (!messages) {
    const english = builtInLocales[DEFAULT_LOCALE];
    messages = locale === DEFAULT_LOCALE ? english : withFallback(builtInLocales[locale], english, locale);
    completed.set(locale, messages);
  }
  return messages;
}
