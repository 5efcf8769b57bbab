/**
 * The rules for a partner's own contact (`local-contact`): which links are accepted, and how each is shown. Pure
 * functions with no DOM, so the elements, the builder, the iframe page and the print kit all judge a link the same
 * way; the caller decides how to warn (one console line) when a link is refused.
 */

import { quote } from './warn.js';

/** What kind of contact an accepted link is: `call` (`tel:`), `text` (`sms:`), `email` (`mailto:`) or `web`. */
export type LocalContactKind = 'call' | 'text' | 'email' | 'web';

/** An accepted link: its kind, the resolved `href` to use, and the number or address as people read it. */
export interface AcceptedLocalContact {
  readonly accepted: true;
  readonly kind: LocalContactKind;
  readonly href: string;
  readonly address: string;
}

/** A refused link: shown as plain text, never as a link. `reason` is a sentence for the console warning. */
export interface RefusedLocalContact {
  readonly accepted: false;
  readonly reason: string;
}

export type LocalContactLink = AcceptedLocalContact | RefusedLocalContact;

const KINDS: Readonly<Record<string, LocalContactKind>> = {
  'tel:': 'call',
  'sms:': 'text',
  'mailto:': 'email',
  'http:': 'web',
  'https:': 'web',
};

/** The accepted schemes, for messages and docs. */
export const LOCAL_CONTACT_SCHEMES = Object.keys(KINDS);

/**
 * Judges a partner's link. `href` is the attribute as written; `base` is the page's URL (`document.baseURI`), so
 * relative links (`/help`, `safeguarding.html`) resolve against the page as a browser would.
 */
export function classifyLocalContact(href: string | null | undefined, base: string): LocalContactLink {
  const value = (href ?? '').trim();
  if (!value) return { accepted: false, reason: 'A local contact has no link.' };
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { accepted: false, reason: `The local contact link ${quote(value)} could not be read.` };
  }
  const kind = KINDS[url.protocol];
  if (!kind) {
    return {
      accepted: false,
      reason: `The local contact link ${quote(value)} was refused: only ${LOCAL_CONTACT_SCHEMES.join(', ')} links are allowed.`,
    };
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    // A stray `%` (`tel:%E0`) cannot be read as a number or an address: refused, never thrown.
    return { accepted: false, reason: `The local contact link ${quote(value)} could not be read.` };
  }
  const address =
    kind === 'web'
      ? `${url.host}${url.pathname === '/' ? '' : path}${url.search}`
      : // tel:, sms: and mailto: carry the number or address as their path; a query (?body=) is not shown.
        path;
  if (kind !== 'web' && !address.trim()) {
    return { accepted: false, reason: `The local contact link ${quote(value)} has no number or address.` };
  }
  return { accepted: true, kind, href: url.href, address };
}

/** True when the link text already shows the phone number (compared digit by digit, so `555-0100` matches `5550100`). */
export function textShowsNumber(text: string, number: string): boolean {
  const digits = (value: string) => value.replace(/\D/g, '');
  const wanted = digits(number);
  return wanted.length > 0 && digits(text).includes(wanted.replace(/^1(?=\d{10}$)/, ''));
}

/**
 * Partner text (a contact's name, its `data-detail`) as plain text on one line: whitespace collapsed, control
 * characters dropped. It is always rendered as text, so markup in it is shown, never run.
 */
export function plainContactText(value: string | null | undefined, maxLength = 200): string {
  const text = (value ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/**
 * What a person types into a form (builder, print kit) as a link: a bare phone number (`+1 555 555 0100`,
 * `(555) 555-0100`) becomes a `tel:` link in digits; an email address becomes `mailto:`; anything else is kept as
 * written, for `classifyLocalContact` to judge.
 */
export function localContactHref(input: string): string {
  const value = input.trim();
  if (/^\+?[\d\s().-]{3,}$/.test(value) && /\d{3}/.test(value.replace(/\D/g, ''))) {
    return `tel:${value.startsWith('+') ? '+' : ''}${value.replace(/\D/g, '')}`;
  }
  if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(value)) return `mailto:${value}`;
  return value;
}
