import { en } from './en/index.js';
import { es } from './es/index.js';

/** The languages built into the drop-in file. Adding one is a new folder here and one line below. */
export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type LocaleCode = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: LocaleCode = 'en';

export type Messages = typeof en;

export const builtInLocales: Record<LocaleCode, Messages> = { en, es };
