import type { LocaleCode } from '../content/locales/index.js';

// The one place a date is formatted for a reader (the print kit's "numbers checked on ..." line). Figures are not
// formatted here: each language's content writes its own ("More than 17,200", "Plus de 17 200"), as translators
// checked them against the source.
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
