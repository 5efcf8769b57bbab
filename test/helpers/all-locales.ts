// Registers every shipped language, as a page with each locale file's script tag does: tests of elements in Spanish
// or French import this once. test/locale-packs.test.ts checks what happens without it, and with the built files.
import { builtInLocales } from '../../src/content/locales/all.js';
import { registerLocale } from '../../src/core/locale-registry.js';

for (const [code, words] of Object.entries(builtInLocales)) if (code !== 'en') registerLocale(code, words);
