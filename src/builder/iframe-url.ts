/**
 * The URL of the iframe embed page (`dist/embed.html?element=...`): what it may carry, written by the builder and
 * read by the embed page (src/embed/embed.ts). One module with no DOM and no elements, so the builder's bundle does
 * not carry the elements and both sides read the same rules.
 */
import { classifyLocalContact, plainContactText, type AcceptedLocalContact } from '../core/local-contact.js';
import { quote } from '../core/warn.js';

export interface Embeddable {
  /** Attributes the URL may set. */
  readonly attributes: readonly string[];
  /** Boolean attributes: present unless the value is false, 0, no or off. */
  readonly booleans: readonly string[];
  /** True when the element takes the partner's own contacts (`slot="local-contact"`). */
  readonly localContacts: boolean;
  /** The height, in CSS pixels, the builder writes on the frame, so it opens without a scroll bar in most layouts. */
  readonly height: number;
}

/**
 * What the URL may ask for. Left out on purpose: `<aw-quick-exit>` and the banner's `quick-exit` (inside a frame an
 * exit could leave only the frame, never the page the reader is on), `position` (a fixed bar inside a frame makes no
 * sense) and `remember` (it would store a dismissal for the embed's own site, not the partner's).
 */
export const EMBEDDABLE: Readonly<Record<string, Embeddable>> = {
  'hotline-banner': {
    attributes: ['hotline', 'region', 'audience', 'dismissible', 'theme', 'lang'],
    booleans: ['dismissible'],
    localContacts: true,
    height: 360,
  },
  'fact-card': {
    attributes: ['fact', 'topic', 'rotate', 'interval', 'variant', 'theme', 'lang'],
    booleans: ['rotate'],
    localContacts: false,
    height: 260,
  },
  'indicator-explainer': {
    attributes: ['set', 'region', 'audience', 'open', 'heading-level', 'theme', 'lang'],
    booleans: ['open'],
    localContacts: true,
    height: 520,
  },
};

/** More room in the frame for each local contact, in CSS pixels. */
export const LOCAL_CONTACT_HEIGHT = 64;

/** At most this many local contacts, in the builder, in a snippet and in the iframe URL. */
export const MAX_LOCAL_CONTACTS = 3;

/** A partner's contact, already judged: a name and a detail as plain text, and an accepted link. */
export interface LocalContactEntry {
  readonly name: string;
  readonly detail: string;
  readonly link: AcceptedLocalContact;
}

/** `contact1-href`, `contact1-name`, `contact1-detail`, ... `contact3-...`: one contact per number. */
const CONTACT_KEY = /^contact(\d+)-(href|name|detail)$/;

export const contactKey = (index: number, field: 'href' | 'name' | 'detail') =>
  `contact${index + 1}-${field}`;

/** True when a URL parameter is about a local contact (whatever its number). */
export const isContactKey = (key: string) => CONTACT_KEY.test(key);

/** A scheme written out (`tel:`, `https:`): an iframe URL takes whole addresses, never one relative to a page. */
const ABSOLUTE = /^\s*[a-z][a-z\d+.-]*:/i;

/**
 * Judges one link the way every element does (`classifyLocalContact`), but only a whole address: a relative one
 * would point at a different site in the snippet's page and in the frame.
 */
export function judgeAbsoluteContact(href: string): ReturnType<typeof classifyLocalContact> {
  if (ABSOLUTE.test(href)) return classifyLocalContact(href, 'about:blank');
  const value = href.trim();
  return value
    ? { accepted: false, reason: `The local contact link ${quote(value)} is not a whole address.` }
    : { accepted: false, reason: 'A local contact has no link.' };
}

/** The URL parameters for the contacts, in order. */
export function contactParams(contacts: readonly LocalContactEntry[]): [string, string][] {
  return contacts.slice(0, MAX_LOCAL_CONTACTS).flatMap((contact, index) => {
    const pairs: [string, string][] = [
      [contactKey(index, 'href'), contact.link.href],
      [contactKey(index, 'name'), contact.name],
    ];
    if (contact.detail) pairs.push([contactKey(index, 'detail'), contact.detail]);
    return pairs;
  });
}

/**
 * The contacts an iframe URL carries, by the same rules as the builder: only `tel:`, `sms:`, `mailto:` and http(s)
 * addresses, written out in full, at most three. Names and details are plain text. Each refusal is one sentence in
 * `refused`, for the page's console.
 */
export function contactsFromParams(params: URLSearchParams): {
  contacts: LocalContactEntry[];
  refused: string[];
} {
  const contacts: LocalContactEntry[] = [];
  const refused: string[] = [];
  const numbers = new Set<number>();
  for (const key of params.keys()) {
    const match = CONTACT_KEY.exec(key);
    if (match) numbers.add(Number(match[1]));
  }
  for (const number of [...numbers].sort((a, b) => a - b)) {
    if (number < 1 || number > MAX_LOCAL_CONTACTS) {
      refused.push(`contact${number}: at most ${MAX_LOCAL_CONTACTS} local contacts; ignored.`);
      continue;
    }
    const index = number - 1;
    const link = judgeAbsoluteContact(params.get(contactKey(index, 'href')) ?? '');
    if (!link.accepted) {
      refused.push(`contact${number}: ${link.reason} Left out.`);
      continue;
    }
    contacts.push({
      name: plainContactText(params.get(contactKey(index, 'name'))) || plainContactText(link.address, 80),
      detail: plainContactText(params.get(contactKey(index, 'detail'))),
      link,
    });
  }
  return { contacts, refused };
}
