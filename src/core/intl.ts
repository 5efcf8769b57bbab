import type { LocaleCode } from '../content/locales/index.js';

// The one place a date is formatted for a reader (the print kit's "numbers checked on ..." line), and where the
// pages around the elements (builder, docs, print kit) name regions and languages. Figures are not formatted here:
// each language's content writes its own ("More than 17,200", "Plus de 17 200"), as translators checked them
// against the source.
// Formatters are costly to build and the same few are asked for on every sheet: keep one per locale.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO date (`2026-11-01`) in the reader's language, e.g. "November 1, 2026" or "1 de noviembre de 2026". */
export function formatDate(locale: LocaleCode, isoDate: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : format.format(date);
}

const displayNames = new Map<string, Intl.DisplayNames>();

function namesIn(locale: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${locale} ${type}`;
  let names = displayNames.get(key);
  if (!names) displayNames.set(key, (names = new Intl.DisplayNames([locale], { type })));
  return names;
}

/** A region's name in English (`GB` → "United Kingdom"), or its code when the browser has no name for it. */
export function regionName(code: string): string {
  return namesIn('en', 'region').of(code) ?? code;
}

/** A language's name in English, or in `inLanguage` (`languageName('es', 'es')` → "español"); else its code. */
export function languageName(code: string, inLanguage = 'en'): string {
  return namesIn(inLanguage, 'language').of(code) ?? code;
}
