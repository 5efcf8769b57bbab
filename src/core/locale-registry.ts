/**
 * The languages a page has loaded, shared by every copy of the library on the page. English is built into each
 * element; every other language arrives as a locale pack: `dist/locales/<code>.js` as a second script tag, or
 * `import 'awareness-widgets/locales/<code>.js'` in a bundle. A pack may load before or after the elements:
 * registering one bumps a version (so cached words are rebuilt) and tells the page with `aw-locale-registered`, and
 * every connected element re-renders in its language.
 *
 * The registry lives on `globalThis` under a `Symbol.for` key, because a locale file is its own script with its own
 * copy of this module: the key is the only thing the copies share. Its shape must stay the same across versions.
 */
import type { Messages } from '../content/locales/index.js';
import { quote, warnOnce } from './warn.js';

type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

/** A language's words, section by section (`hotlines`, `explainer`…): whatever is missing is shown in English. */
export type LocalePack = DeepPartial<Messages>;

interface Registry {
  readonly packs: Map<string, LocalePack>;
  version: number;
}

const KEY = Symbol.for('awareness-widgets.locales');

/** The event `document` receives when a language is registered; `detail: { locale: string }`. */
export const LOCALE_REGISTERED = 'aw-locale-registered';

function registry(): Registry {
  const store = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (store[KEY] ??= { packs: new Map(), version: 0 });
}

/** A primary language subtag as the registry keys it: `fr` for `FR`, `fr-CA` or ` fr_ca `. */
export const primaryLanguage = (tag: string | null | undefined): string =>
  (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];

/**
 * Adds a language, or more words for one already added (later words win, section by section). The code is a
 * primary language subtag (`fr`, not `fr-CA`: regional tags resolve to it). English cannot be replaced.
 */
export function registerLocale(code: string, pack: LocalePack): void {
  const locale = primaryLanguage(code);
  if (!/^[a-z]{2,3}$/.test(locale) || locale === 'en' || typeof pack !== 'object' || pack === null) {
    warnOnce(
      `registerLocale(${quote(String(code))}) was ignored: give a language code such as "fr" and its words.`,
    );
    return;
  }
  const { packs } = registry();
  packs.set(locale, { ...packs.get(locale), ...pack });
  registry().version += 1;
  if (typeof document !== 'undefined') {
    document.dispatchEvent(new CustomEvent(LOCALE_REGISTERED, { detail: { locale } }));
  }
}

/** The words registered for a language, or undefined when none are. */
export function localePack(locale: string): LocalePack | undefined {
  return registry().packs.get(locale);
}

/** Grows each time a language is registered, so a cache of words knows it is stale. */
export function registryVersion(): number {
  return registry().version;
}
