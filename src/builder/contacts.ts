/**
 * A partner's own contacts in the builder: what was typed, judged by the same rules as the elements, the print kit
 * and the iframe page (src/core/local-contact.ts), and written as the `<a slot="local-contact">` links the banner
 * and the explainer read. A refused link gets a message for its field and is never written.
 */
import { builtInLocales } from '../content/locales/all.js';
import type { LocaleCode } from '../content/locales/index.js';
import { escapeHtml as escape } from '../core/examples.js';
import {
  LOCAL_CONTACT_SCHEMES,
  localContactHref,
  plainContactText,
  textShowsNumber,
} from '../core/local-contact.js';
import type { ContactInput } from './choices.js';
import { judgeAbsoluteContact, MAX_LOCAL_CONTACTS, type LocalContactEntry } from './iframe-url.js';

/** How long each field may be: the same as the print kit's. */
export const CONTACT_LIMITS = { name: 80, address: 200, detail: 120 } as const;

/** One row of the form, judged: the contact to write, or a message saying why it is not written. */
export type JudgedContact =
  | { readonly contact: LocalContactEntry; readonly message: '' }
  | { readonly contact: null; readonly message: string };

/** A bare web address (`www.school.org/help`, `example.org`): taken as https. */
const BARE_DOMAIN = /^([a-z\d-]+\.)+[a-z]{2,}(:\d+)?([/?#]\S*)?$/i;

/** True when the browser can read the link (a URL, with no broken `%` escape). */
function readable(href: string): boolean {
  try {
    decodeURIComponent(new URL(href).pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Judges one row. Empty rows are left out without a message. A phone number, an email address or a web address is
 * turned into its link (`localContactHref`); anything that is not `tel:`, `sms:`, `mailto:` or http(s), written out
 * in full, is refused with a message that says what to write instead.
 */
export function judgeContact(input: ContactInput): JudgedContact | null {
  const name = plainContactText(input.name, CONTACT_LIMITS.name);
  const typed = plainContactText(input.address, CONTACT_LIMITS.address);
  const detail = plainContactText(input.detail, CONTACT_LIMITS.detail);
  if (!name && !typed && !detail) return null;
  if (!typed) {
    return {
      contact: null,
      message: 'Add a phone number, email address or web address for this contact, or clear its fields.',
    };
  }
  const href = !typed.includes('@') && BARE_DOMAIN.test(typed) ? `https://${typed}` : localContactHref(typed);
  const link = judgeAbsoluteContact(href);
  if (!link.accepted) {
    const scheme = /^\s*([a-z][a-z\d+.-]*:)/i.exec(href)?.[1]?.toLowerCase();
    return {
      contact: null,
      message: !scheme
        ? 'This is not a phone number, email address or web address. Write a web address in full, starting with https://.'
        : !readable(href)
          ? 'This link could not be read. Check it for spaces or stray characters.'
          : LOCAL_CONTACT_SCHEMES.includes(scheme)
            ? `This link has no number or address after ${scheme} and is left out.`
            : 'This link is left out: only phone numbers (tel:), text numbers (sms:), email addresses (mailto:) and web addresses (http or https) are allowed.',
    };
  }
  return { contact: { name: name || plainContactText(link.address, 80), detail, link }, message: '' };
}

/** Every row judged, in order: the contacts to write (at most three) and one message per row (`''` when fine). */
export function judgeContacts(inputs: readonly ContactInput[]): {
  contacts: LocalContactEntry[];
  messages: string[];
} {
  const judged = inputs.slice(0, MAX_LOCAL_CONTACTS).map(judgeContact);
  return {
    contacts: judged.flatMap((each) => (each?.contact ? [each.contact] : [])),
    messages: judged.map((each) => each?.message ?? ''),
  };
}

/** The link a partner writes inside the element: the public markup, every value escaped. */
export function localContactLink(contact: LocalContactEntry): string {
  const detail = contact.detail ? ` data-detail="${escape(contact.detail)}"` : '';
  return `<a slot="local-contact" href="${escape(contact.link.href)}"${detail}>${escape(contact.name)}</a>`;
}

const contains = (text: string, part: string) => text.toLowerCase().includes(part.toLowerCase());

/**
 * The contacts as the snippet writes them, first in the fallback: a line that says the site added them (in the
 * element's language, from the same words the element shows), then each link on its own line with, for a reader
 * without the script, the number or address when the name does not show it, and the detail.
 */
export function localContactsFallbackHtml(
  contacts: readonly LocalContactEntry[],
  lang: LocaleCode,
): string[] {
  if (!contacts.length) return [];
  const words = (builtInLocales[lang] ?? builtInLocales.en).hotlines;
  const lines = contacts.map(({ name, detail, link }) => {
    const phone = link.kind === 'call' || link.kind === 'text';
    const shown = phone ? textShowsNumber(name, link.address) : contains(name, link.address);
    const extra = [shown ? '' : plainContactText(link.address, 80), detail].filter(Boolean);
    return `  ${localContactLink({ name, detail, link })}${extra.length ? `: ${escape(extra.join(', '))}` : ''}<br />`;
  });
  return [`  <p><strong>${escape(words.localLabel)}</strong><br />${escape(words.localNote)}</p>`, ...lines];
}
