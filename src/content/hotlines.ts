/**
 * Ways to get help, as data. Pages and elements pick entries by id and never type a number themselves; the words
 * around each entry (its name in the reader's language, what it is for) live in `locales/<code>/hotlines.ts`
 * under the same id. Adding a country is a change to this file, to `hotline-reviews.ts` (a source for every
 * number, and the date it was checked) and to the locale files.
 */
import type { Messages } from './locales/index.js';

export const HOTLINE_AUDIENCES = ['public', 'youth'] as const;
/** Who a banner speaks to: adults in general, or the young person who may need help. */
export type HotlineAudience = (typeof HOTLINE_AUDIENCES)[number];

/**
 * One way to reach a hotline.
 * - `call`: a phone number; `href` is `tel:` in E.164 (`tel:+18883737888`), or a short code such as `tel:911`.
 * - `text`: a text line; `href` is a plain `sms:` link and `keywords` are the words to send, shown on the page.
 *   A pre-filled body (`sms:233733?&body=HELP`) is not used: how phones read it differs by system and app, and
 *   Apple documents no message text in `sms:` links at all. The visible keyword always works.
 * - `web`: a website to chat or report online (https).
 * - `tty`: how TTY users reach the line (a relay number).
 */
export interface HotlineChannel {
  readonly kind: 'call' | 'text' | 'web' | 'tty';
  /** The number or address as people read it, in full: `1-888-373-7888`, `233733`, `report.cybertip.org`. */
  readonly display: string;
  /** A letter form some lines advertise, always shown together with its digits: `1-800-THE-LOST`. */
  readonly vanity?: string;
  /** The working link: `tel:`, `sms:` or `https:`. */
  readonly href: string;
  /** For `web` links: what the site lets you do. */
  readonly action?: 'chat-and-report' | 'chat' | 'report' | 'directory';
  /** For `text` links: the words to send, e.g. `HELP`. */
  readonly keywords?: readonly string[];
}

/** A hotline, language-neutral. Its words live in each locale's `hotlines.entries` under the same id. */
export interface Hotline {
  /** Its key in `hotlines`; its name, in each language, is the locale's `hotlines.entries[id].name`. */
  readonly id: HotlineId;
  /** An emergency number (911, 999): shown as one short line, last. */
  readonly emergency?: boolean;
  readonly channels: readonly [HotlineChannel, ...HotlineChannel[]];
  /** When someone answers: `24/7`, `online` (a form that takes reports at any time); absent when the source does not say. */
  readonly hours?: '24/7' | 'online';
  /** `many` when the source says help is given in many languages; absent when it does not say. */
  readonly languages?: 'many';
}

/** A built-in hotline's id: a key of the data below, in the order the data lists them. */
export type HotlineId = keyof typeof data;

/**
 * A hotline's words in one language. `purpose` speaks to adults, `youthPurpose` to the young person who may need
 * help. An emergency number has neither: it is shown as one line, "In an emergency, call 911".
 */
export interface HotlineWords {
  readonly name: string;
  readonly purpose?: string;
  readonly youthPurpose?: string;
}

/**
 * Every built-in hotline by id (each record gets its `id` below): what a reader is shown and nothing else. Where each
 * number comes from and when it was checked is in `hotline-reviews.ts`, beside the same id.
 */
const data = {
  'national-human-trafficking-hotline': {
    channels: [
      { kind: 'call', display: '1-888-373-7888', href: 'tel:+18883737888' },
      {
        kind: 'text',
        display: '233733',
        href: 'sms:233733',
        keywords: ['HELP'],
      },
      {
        kind: 'web',
        display: 'humantraffickinghotline.org',
        href: 'https://humantraffickinghotline.org/',
        action: 'chat-and-report',
      },
      { kind: 'tty', display: '711', href: 'tel:711' },
    ],
    hours: '24/7',
    languages: 'many',
  },
  ncmec: {
    channels: [
      { kind: 'call', display: '1-800-843-5678', vanity: '1-800-THE-LOST', href: 'tel:+18008435678' },
    ],
    hours: '24/7',
  },
  cybertipline: {
    channels: [
      {
        kind: 'web',
        display: 'report.cybertip.org',
        href: 'https://report.cybertip.org/',
        action: 'report',
      },
    ],
    hours: 'online',
  },
  'us-emergency': {
    emergency: true,
    channels: [{ kind: 'call', display: '911', href: 'tel:911' }],
    hours: '24/7',
  },
  'canadian-human-trafficking-hotline': {
    channels: [
      { kind: 'call', display: '1-833-900-1010', href: 'tel:+18339001010' },
      {
        kind: 'web',
        display: 'canadianhumantraffickinghotline.ca',
        href: 'https://www.canadianhumantraffickinghotline.ca/',
        action: 'chat',
      },
    ],
    hours: '24/7',
    languages: 'many',
  },
  'cybertip-ca': {
    channels: [
      { kind: 'call', display: '1-866-658-9022', href: 'tel:+18666589022' },
      { kind: 'web', display: 'cybertip.ca', href: 'https://www.cybertip.ca/', action: 'report' },
    ],
  },
  'ca-emergency': {
    emergency: true,
    channels: [{ kind: 'call', display: '911', href: 'tel:911' }],
  },
  'modern-slavery-helpline': {
    channels: [
      { kind: 'call', display: '08000 121 700', href: 'tel:+448000121700' },
      {
        kind: 'web',
        display: 'modernslaveryhelpline.org',
        href: 'https://www.modernslaveryhelpline.org/',
        action: 'report',
      },
    ],
    hours: '24/7',
  },
  childline: {
    channels: [
      { kind: 'call', display: '0800 1111', href: 'tel:+448001111' },
      // 1-2-1 counsellor chat starts from the site; the chat page's own address was not in a stored copy.
      { kind: 'web', display: 'childline.org.uk', href: 'https://www.childline.org.uk/', action: 'chat' },
    ],
    hours: '24/7',
  },
  'nspcc-helpline': {
    channels: [{ kind: 'call', display: '0808 800 5000', href: 'tel:+448088005000' }],
  },
  'gb-emergency': {
    emergency: true,
    channels: [{ kind: 'call', display: '999', href: 'tel:999' }],
  },
  'child-helpline-international': {
    channels: [
      {
        kind: 'web',
        display: 'childhelplineinternational.org',
        // The home page: the directory's own address could not be confirmed in a stored copy.
        href: 'https://childhelplineinternational.org/',
        action: 'directory',
      },
    ],
  },
  'au-emergency': {
    emergency: true,
    channels: [{ kind: 'call', display: '000', href: 'tel:000' }],
  },
  'nz-emergency': {
    emergency: true,
    channels: [{ kind: 'call', display: '111', href: 'tel:111' }],
  },
  'oranga-tamariki': {
    channels: [{ kind: 'call', display: '0508 326 459', href: 'tel:+64508326459' }],
  },
  'ie-emergency': {
    emergency: true,
    // The HSE names both numbers, free from any phone; 112 also works in every EU country.
    channels: [{ kind: 'call', display: '112', href: 'tel:112' }],
  },
  'mx-emergency': {
    emergency: true,
    channels: [{ kind: 'call', display: '911', href: 'tel:911' }],
  },
  'kids-helpline': {
    channels: [{ kind: 'call', display: '1800 55 1800', href: 'tel:+611800551800' }],
    hours: '24/7',
  },
  'accce-report': {
    channels: [
      {
        kind: 'web',
        display: 'accce.gov.au/report',
        href: 'https://www.accce.gov.au/report',
        action: 'report',
      },
    ],
  },
  'garda-confidential-line': {
    channels: [{ kind: 'call', display: '1800 666 111', href: 'tel:+3531800666111' }],
  },
  'afp-human-trafficking': {
    channels: [{ kind: 'call', display: '131 237', vanity: '131AFP', href: 'tel:131237' }],
  },
  'dia-report': {
    channels: [
      {
        kind: 'web',
        display: 'dia.govt.nz',
        href: 'https://www.dia.govt.nz/Digital-Safety-Report-Online-Child-Exploitation-Material',
        action: 'report',
      },
    ],
  },
} satisfies Record<string, Omit<Hotline, 'id'>>;

// The ids come from the data's own keys, so the drop-in file does not carry a second list of them.
export const HOTLINE_IDS = Object.keys(data) as readonly HotlineId[];

/** Every built-in hotline, frozen so a page cannot change a number for every element. */
export const hotlines = Object.freeze(
  Object.fromEntries(HOTLINE_IDS.map((id): [HotlineId, Hotline] => [id, { id, ...data[id] }])),
) as Readonly<Record<HotlineId, Hotline>>;

export function isHotlineId(id: string): id is HotlineId {
  return (HOTLINE_IDS as readonly string[]).includes(id);
}

/** A built-in hotline by id, or undefined for an id the library does not know. */
export function hotlineById(id: string): Hotline | undefined {
  return isHotlineId(id) ? hotlines[id] : undefined;
}

/** The digits a phone keypad sends for a number written with letters (`1-800-THE-LOST` → `18008435678`). */
export function keypadDigits(text: string): string {
  const keypad = ['', '', 'ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
  let digits = '';
  for (const character of text.toUpperCase()) {
    if (/[0-9]/.test(character)) digits += character;
    else {
      const key = keypad.findIndex((letters) => letters.includes(character));
      if (key > 0) digits += String(key);
    }
  }
  return digits;
}

/**
 * The words on a contact link, split into the action ("Text HELP to") and the number as shown in full. An
 * emergency line (`hotline.emergency`) reads as one short line: "In an emergency, call" and "911".
 */
export function contactText(
  channel: HotlineChannel,
  words: Messages['hotlines'],
  audience: HotlineAudience = 'public',
  emergency = false,
): { action: string; number: string } {
  const actions = audience === 'youth' ? words.youthActions : words.actions;
  const action = emergency
    ? actions.emergency
    : channel.kind === 'call'
      ? actions.call
      : channel.kind === 'text'
        ? actions.textKeywords((channel.keywords ?? []).join(` ${words.or} `))
        : channel.kind === 'tty'
          ? actions.tty
          : actions.web[channel.action ?? 'report'];
  const number = channel.vanity ? `${channel.vanity} (${channel.display})` : channel.display;
  return { action, number };
}

/** An emergency line's words: `contactText` of its number, as an emergency. */
export const emergencyText = (
  hotline: Hotline,
  words: Messages['hotlines'],
  audience: HotlineAudience = 'public',
): { action: string; number: string } => contactText(hotline.channels[0], words, audience, true);
