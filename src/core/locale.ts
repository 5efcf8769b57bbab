import { isServer } from 'lit';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type LocaleCode } from '../content/locales/index.js';
import { localePack, primaryLanguage } from './locale-registry.js';
import { pageDefaults } from './page-defaults.js';
import { badValue, quote, warnOnce } from './warn.js';

/**
 * Maps a language tag such as `es-MX` or `EN_gb` to a language the page has (English, or one whose locale pack is
 * loaded), or null when none fits. A language the library ships whose pack the page did not load gets one warning
 * that says which file to add.
 */
export function toLocaleCode(tag: string | null | undefined): string | null {
  const primary = primaryLanguage(tag);
  if (!primary) return null;
  if (primary === DEFAULT_LOCALE || localePack(primary)) return primary;
  if ((SUPPORTED_LOCALES as readonly string[]).includes(primary)) {
    warnOnce(
      `lang=${quote(tag)} needs locales/${primary}.js: add it after the drop-in file (see the README). English is shown until it loads.`,
    );
  }
  return null;
}

/** The nearest `lang` above the element, crossing shadow roots, but stopping below `<html>`. */
function ancestorLang(element: Element): string | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof ShadowRoot) {
      node = node.host;
      continue;
    }
    if (!(node instanceof Element) || node === document.documentElement) return null;
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentNode;
  }
  return null;
}

/**
 * The language an element speaks, in the order the design gives: its own `lang`; the nearest ancestor's `lang`
 * below `<html>`; the script tag's `data-lang`; its region's language (Mexico: Spanish), for elements that serve a
 * region; `<html lang>`; English. A tag the library has no words for is
 * passed over (with a warning when it was set on the element itself).
 */
export function resolveLocale(element: Element, regionDefault?: LocaleCode): string {
  const own = element.getAttribute('lang');
  if (own) {
    const code = toLocaleCode(own);
    if (code) return code;
    const shipped = (SUPPORTED_LOCALES as readonly string[]).includes(primaryLanguage(own));
    if (!shipped) warnOnce(badValue('lang', own, "the page's language"), element);
  }
  // On a server there is no page around the element: its own lang, then its region's language, then English.
  const candidates = isServer
    ? [regionDefault]
    : [
        ancestorLang(element),
        pageDefaults().lang,
        regionDefault,
        document.documentElement.getAttribute('lang'),
      ];
  for (const candidate of candidates) {
    const code = toLocaleCode(candidate);
    if (code) return code;
  }
  return DEFAULT_LOCALE;
}
