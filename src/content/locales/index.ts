import type { en } from './en/index.js';

/**
 * The languages the library ships. English is built into every element; each other language is a locale pack
 * (`src/locales/<code>.ts`, built to `dist/locales/<code>.js`) that a page loads only when it wants it, so adding a
 * language never grows the drop-in file. Adding one is a new folder here, its pack, and its code below.
 */
export const SUPPORTED_LOCALES = ['en', 'es', 'fr'] as const;
export type LocaleCode = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: LocaleCode = 'en';

/** The shape every language fills: English's, so a missing string is a compile error, not a blank on the page. */
export type Messages = typeof en;
