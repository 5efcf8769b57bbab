import type { LocaleCode } from '../content/locales/index.js';

// Formatters are costly to build and the same few are asked for on every render: keep one per locale and style.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

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

export function formatNumber(locale: LocaleCode, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
