import { DEFAULT_LOCALE, type Messages } from '../content/locales/index.js';
import { localePack, registryVersion } from './locale-registry.js';
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

/** The English sections an element reads (`{ common, quickExit }`): each element bundles only its own words. */
export type EnglishSections = Partial<Messages>;

const completed = new WeakMap<EnglishSections, Map<string, { version: number; messages: Messages }>>();

/**
 * The words of `english`'s sections in `locale`, completed from English and cached until another language is
 * registered. A language that was never registered, or a section its pack lacks, shows English (one warning).
 * Only the sections in `english` are filled: an element asks for those it reads.
 */
export function messagesFor(locale: string, english: EnglishSections): Messages {
  if (locale === DEFAULT_LOCALE) return english as Messages;
  let byLocale = completed.get(english);
  if (!byLocale) completed.set(english, (byLocale = new Map()));
  const version = registryVersion();
  const cached = byLocale.get(locale);
  if (cached && cached.version === version) return cached.messages;
  const pack = (localePack(locale) ?? {}) as Tree;
  const messages: Tree = {};
  for (const [section, words] of Object.entries(english)) {
    if (pack[section] === undefined) {
      warnOnce(`The "${locale}" words for ${section} are not loaded; English is shown instead.`);
      messages[section] = words;
    } else {
      messages[section] = withFallback(pack[section], words, locale, section);
    }
  }
  byLocale.set(locale, { version, messages: messages as Messages });
  return messages as Messages;
}
