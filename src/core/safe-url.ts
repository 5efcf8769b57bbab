import { isServer } from 'lit';
import { quote, warnOnce } from './warn.js';

/**
 * What relative URLs resolve against: the page, or on a server (which has none) a stand-in origin, so a relative
 * link is judged by the same rules; the server keeps the partner's own text (see `safeUrl`).
 */
const SERVER_BASE = 'https://server.invalid/';

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
    url = new URL(value, isServer ? SERVER_BASE : document.baseURI);
  } catch {
    warnOnce(`The URL ${quote(value)} could not be read and was ignored.`, owner);
    return null;
  }
  if (!(allowed as readonly string[]).includes(url.protocol)) {
    warnOnce(`The URL ${quote(value)} was refused: only ${allowed.join(', ')} links are allowed.`, owner);
    return null;
  }
  // A relative link rendered on a server stays relative, so it resolves against the page that will show it.
  if (isServer && url.href.startsWith(SERVER_BASE)) return value;
  return url.href;
}
