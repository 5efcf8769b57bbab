/**
 * The languages the library ships, for the docs: the live examples on a page speak every one of them (the drop-in
 * file carries English only, and shares its registry of languages with this script), the content page offers each
 * one, and the docs' sentences name them.
 */
import { builtInLocales } from '../content/locales/all.js';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type LocaleCode } from '../content/locales/index.js';
import { languageName } from '../core/intl.js';
import { registerLocale } from '../core/locale-registry.js';

/** Registers every shipped language besides the default, as a page that adds each locale file would. */
export function registerShippedLocales(): void {
  for (const code of SUPPORTED_LOCALES) {
    if (code !== DEFAULT_LOCALE) registerLocale(code, builtInLocales[code]);
  }
}

/** A language's name in that language (`español`), as a choice of language is offered. */
function ownName(code: LocaleCode): string {
  const name = languageName(code, code);
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** "English, Spanish and French": the shipped languages, named in English for the docs' own sentences. */
export function languageList(): string {
  return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(
    SUPPORTED_LOCALES.map((code) => languageName(code)),
  );
}

/** Puts one option per shipped language in a language choice, keeping the one chosen. */
export function fillLanguageChoice(select: HTMLSelectElement): void {
  const chosen = select.value || DEFAULT_LOCALE;
  select.replaceChildren(
    ...SUPPORTED_LOCALES.map((code) => {
      const option = new Option(ownName(code), code, false, code === chosen);
      option.lang = code;
      return option;
    }),
  );
}

/** The shipped language a choice names, or the default one. */
export function localeCode(value: string | undefined): LocaleCode {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value ?? '')
    ? (value as LocaleCode)
    : DEFAULT_LOCALE;
}
