import type { LocaleCode, Messages } from './index.js';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { fr } from './fr/index.js';

/**
 * Every shipped language in full, for what needs them all at once (the content pack, the docs, the print kit, the
 * iframe embed page, the tests). Elements never import this: they carry English only.
 */
export const builtInLocales: Readonly<Record<LocaleCode, Messages>> = { en, es, fr };
