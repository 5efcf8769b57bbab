import { quote, warnOnce } from './warn.js';

export type UrlScheme = 'http:' | 'https:' | 'tel:' | 'sms:' | 'mailto:';

const WEB: readonly UrlScheme[] = ['http:', 'https:'];

/**
 * Resolves a partner-supplied URL against the page and returns it only when its scheme is allowed. Relative URLs
 * (`/safe.html`) are fine; `javascript:`, `data:` and anything unparsable are refused with a warning.
 */
export function safeUrl(
  raw: string | null | undefined,
  owner?: object,
  allowed: readonly UrlScheme[] = WEB,
): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    warnOnce(`The URL ${quote(value)} could not be read and was ignored.`, owner);
    return null;
  }
  if (!(allowed as readonly string[]).includes(url.protocol)) {
    warnOnce(`The URL ${quote(value)} was refused: only ${allowed.join(', ')} links are allowed.`, owner);
    return null;
  }
  return url.href;
}
