/**
 * Ways to get help, as data. Pages and elements pick entries by id and never type a number themselves; the words
 * around each entry (its name in the reader's language, what it is for) live in `locales/<code>/hotlines.ts`
 * under the same id. Adding a country is a change to this file and the two locale files, with a source for
 * every number.
 */
import {
  acfBeFreeTextLine,
  acfTextAndChat2018,
  canadianHotlineConfidentiality,
  childlineConfidentiality,
  cybertipCaFaq,
  cybertipCaHowItWorks,
  cybertiplineFaq,
  devonCornwallPolice999,
  gnb911,
  modernSlaveryWhatHappens,
  ncmecMissingFromCareFaq,
  nhthFaq,
  nhthOurApproach,
  nspccAboutChildline,
  accceReport,
  afpHumanTrafficking,
  antiSlaveryReport,
  canadianHotlineFaq,
  diaReport,
  gardaTraffickingDay,
  kidsHelplineGettingHelp,
  kidsHelplineWebChat,
  estaTripleZero,
  gobMx911,
  govtNz111,
  hseEmergency,
  orangaTamarikiReport,
  childHelplineInternational,
  childlineSite,
  modernSlaveryHelpline,
  ncmecTraffickingPage,
  nspccHelpline,
  us911,
} from './sources.js';
import type { Messages } from './locales/index.js';
import type { RegionCode } from './regions.js';
import type { IsoDate, Source } from './types.js';

/** Where a hotline serves: a covered country (see `regions.ts`), or `international` for a directory of helplines. */
export type HotlineRegion = RegionCode | 'international';

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
  /** True for short codes that are not E.164 numbers (911, 999, 711, 233733, Australia's 131 237). */
  readonly shortCode?: boolean;
}

/** A hotline, language-neutral. Its words live in each locale's `hotlines.entries` under the same id. */
export interface Hotline {
  /** Its key in `hotlines`; its name, in each language, is the locale's `hotlines.entries[id].name`. */
  readonly id: HotlineId;
  /** The organisation's own name for the line, as published (each locale's `entries[id].name` is what is shown). */
  readonly organisation: string;
  readonly region: HotlineRegion;
  /** An emergency number (911, 999): shown as one short line, last. */
  readonly emergency?: boolean;
  readonly channels: readonly [HotlineChannel, ...HotlineChannel[]];
  /** When someone answers: `24/7`, `online` (a form that takes reports at any time); absent when the source does not say. */
  readonly hours?: '24/7' | 'online';
  /** `many` when the source says help is given in many languages; absent when it does not say. */
  readonly languages?: 'many';
  /** The pages the numbers were checked against (at least one). */
  readonly sources: readonly [Source, ...Source[]];
  /** When a person last checked the numbers against those sources. */
  readonly verified: IsoDate;
  /**
   * What could not be confirmed on a current page, said plainly for the people who review the content (never shown
   * to readers). A line with a `recheck` note must be read again on its live pages before a release.
   */
  readonly recheck?: string;
}

export const HOTLINE_IDS = [
  'national-human-trafficking-hotline',
  'ncmec',
  'cybertipline',
  'us-emergency',
  'canadian-human-trafficking-hotline',
  'cybertip-ca',
  'ca-emergency',
  'modern-slavery-helpline',
  'childline',
  'nspcc-helpline',
  'gb-emergency',
  'child-helpline-international',
  'au-emergency',
  'nz-emergency',
  'oranga-tamariki',
  'ie-emergency',
  'mx-emergency',
  'kids-helpline',
  'accce-report',
  'garda-confidential-line',
  'afp-human-trafficking',
  'dia-report',
] as const;
export type HotlineId = (typeof HOTLINE_IDS)[number];

/**
 * A hotline's words in one language. `purpose` speaks to adults, `youthPurpose` to the young person who may need
 * help. An emergency number has neither: it is shown as one line, "In an emergency, call 911".
 */
export interface HotlineWords {
  readonly name: string;
  readonly purpose?: string;
  readonly youthPurpose?: string;
}

const verified: IsoDate = '2026-11-22';

/** Every built-in hotline by id (each record gets its `id` below), with the source and date of its numbers. */
const data = {
  'national-human-trafficking-hotline': {
    organisation: 'National Human Trafficking Hotline',
    region: 'US',
    channels: [
      { kind: 'call', display: '1-888-373-7888', href: 'tel:+18883737888' },
      {
        kind: 'text',
        display: '233733',
        href: 'sms:233733',
        keywords: ['HELP'],
        shortCode: true,
      },
      {
        kind: 'web',
        display: 'humantraffickinghotline.org',
        href: 'https://humantraffickinghotline.org/',
        action: 'chat-and-report',
      },
      { kind: 'tty', display: '711', href: 'tel:711', shortCode: true },
    ],
    hours: '24/7',
    languages: 'many',
    // The voice number and 233733 from ACF (the short code's letters spell BEFREE: its name, not a word to send);
    // text and chat at all hours since 2018; text, TTY, chat and the duty to tell the authorities from the
    // hotline's own pages.
    sources: [acfBeFreeTextLine, acfTextAndChat2018, nhthOurApproach, nhthFaq],
    verified: '2026-12-03',
    recheck:
      'All four pages were stored copies from before the change of operator in September 2025. The text keyword (HELP), the chat address and the confidentiality policy must be re-read on the live site.',
  },
  ncmec: {
    organisation: 'National Center for Missing & Exploited Children',
    region: 'US',
    channels: [
      { kind: 'call', display: '1-800-843-5678', vanity: '1-800-THE-LOST', href: 'tel:+18008435678' },
    ],
    hours: '24/7',
    sources: [ncmecTraffickingPage, ncmecMissingFromCareFaq],
    verified: '2026-12-03',
  },
  cybertipline: {
    organisation: 'National Center for Missing & Exploited Children',
    region: 'US',
    channels: [
      {
        kind: 'web',
        display: 'report.cybertip.org',
        href: 'https://report.cybertip.org/',
        action: 'report',
      },
    ],
    hours: 'online',
    sources: [ncmecTraffickingPage, cybertiplineFaq],
    verified: '2026-12-03',
  },
  'us-emergency': {
    organisation: 'Emergency services',
    region: 'US',
    emergency: true,
    channels: [{ kind: 'call', display: '911', href: 'tel:911', shortCode: true }],
    hours: '24/7',
    sources: [us911],
    verified,
  },
  'canadian-human-trafficking-hotline': {
    organisation: 'Canadian Human Trafficking Hotline',
    region: 'CA',
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
    sources: [canadianHotlineFaq, canadianHotlineConfidentiality],
    verified: '2026-12-03',
  },
  'cybertip-ca': {
    organisation: 'Cybertip.ca',
    region: 'CA',
    channels: [
      { kind: 'call', display: '1-866-658-9022', href: 'tel:+18666589022' },
      { kind: 'web', display: 'cybertip.ca', href: 'https://www.cybertip.ca/', action: 'report' },
    ],
    sources: [cybertipCaHowItWorks, cybertipCaFaq],
    verified: '2026-12-03',
  },
  'ca-emergency': {
    organisation: 'Emergency services',
    region: 'CA',
    emergency: true,
    channels: [{ kind: 'call', display: '911', href: 'tel:911', shortCode: true }],
    // A government page (911 in Canada is run by the provinces and territories).
    sources: [gnb911],
    verified: '2026-12-03',
  },
  'modern-slavery-helpline': {
    organisation: 'Modern Slavery & Exploitation Helpline',
    region: 'GB',
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
    sources: [modernSlaveryHelpline, modernSlaveryWhatHappens],
    verified: '2026-12-03',
  },
  childline: {
    organisation: 'Childline',
    region: 'GB',
    channels: [
      { kind: 'call', display: '0800 1111', href: 'tel:+448001111' },
      // 1-2-1 counsellor chat starts from the site; the chat page's own address was not in a stored copy.
      { kind: 'web', display: 'childline.org.uk', href: 'https://www.childline.org.uk/', action: 'chat' },
    ],
    hours: '24/7',
    sources: [childlineSite, childlineConfidentiality, nspccAboutChildline],
    verified: '2026-12-03',
  },
  'nspcc-helpline': {
    organisation: 'NSPCC Helpline',
    region: 'GB',
    channels: [{ kind: 'call', display: '0808 800 5000', href: 'tel:+448088005000' }],
    sources: [nspccHelpline],
    verified,
  },
  'gb-emergency': {
    organisation: 'Emergency services',
    region: 'GB',
    emergency: true,
    channels: [{ kind: 'call', display: '999', href: 'tel:999', shortCode: true }],
    // A police force's page (a public body): 999 is for an emergency and is free from any phone.
    sources: [devonCornwallPolice999],
    verified: '2026-12-03',
  },
  'child-helpline-international': {
    organisation: 'Child Helpline International',
    region: 'international',
    channels: [
      {
        kind: 'web',
        display: 'childhelplineinternational.org',
        // The home page: the directory's own address could not be confirmed in a stored copy.
        href: 'https://childhelplineinternational.org/',
        action: 'directory',
      },
    ],
    sources: [childHelplineInternational],
    verified: '2026-12-03',
  },
  // Emergency numbers of the regions added in December 2026: each cites a government page (see sources.ts). No
  // hours are given: the pages read do not state them in those words.
  'au-emergency': {
    organisation: 'Triple Zero (000)',
    region: 'AU',
    emergency: true,
    channels: [{ kind: 'call', display: '000', href: 'tel:000', shortCode: true }],
    sources: [estaTripleZero],
    verified: '2026-12-03',
  },
  'nz-emergency': {
    organisation: 'Emergency services (111)',
    region: 'NZ',
    emergency: true,
    channels: [{ kind: 'call', display: '111', href: 'tel:111', shortCode: true }],
    sources: [govtNz111],
    verified: '2026-12-03',
  },
  // The Ministry for Children takes reports of concern about a child on a freephone number; its page sends a child in
  // immediate danger to the Police on 111. It states no hours, so none are shown.
  'oranga-tamariki': {
    organisation: 'Oranga Tamariki—Ministry for Children',
    region: 'NZ',
    channels: [{ kind: 'call', display: '0508 326 459', href: 'tel:+64508326459' }],
    sources: [orangaTamarikiReport],
    verified: '2026-12-03',
  },
  'ie-emergency': {
    organisation: 'Emergency services (112 or 999)',
    region: 'IE',
    emergency: true,
    // The HSE names both numbers, free from any phone; 112 also works in every EU country.
    channels: [{ kind: 'call', display: '112', href: 'tel:112', shortCode: true }],
    sources: [hseEmergency],
    verified: '2026-12-03',
  },
  'mx-emergency': {
    organisation: 'Número único de emergencias 911',
    region: 'MX',
    emergency: true,
    channels: [{ kind: 'call', display: '911', href: 'tel:911', shortCode: true }],
    sources: [gobMx911],
    verified: '2026-12-03',
  },
  // The number and "open 24/7, free" are on the operator's WebChat page; "private and confidential unless a Duty of
  // Care situation arises" and free from any phone are on Kids Helpline's own Getting Help page.
  'kids-helpline': {
    organisation: 'Kids Helpline',
    region: 'AU',
    channels: [{ kind: 'call', display: '1800 55 1800', href: 'tel:+611800551800' }],
    hours: '24/7',
    sources: [kidsHelplineWebChat, kidsHelplineGettingHelp],
    verified: '2026-12-03',
  },
  // An online form of the federal police-led centre, for people in Australia. Its page states no hours.
  'accce-report': {
    organisation: 'Australian Centre to Counter Child Exploitation',
    region: 'AU',
    channels: [
      {
        kind: 'web',
        display: 'accce.gov.au/report',
        href: 'https://www.accce.gov.au/report',
        action: 'report',
      },
    ],
    sources: [accceReport],
    verified: '2026-12-03',
  },
  // Named by the Garda's own page on human trafficking as the way to give information in confidence.
  'garda-confidential-line': {
    organisation: 'An Garda Síochána',
    region: 'IE',
    channels: [{ kind: 'call', display: '1800 666 111', href: 'tel:+3531800666111' }],
    sources: [gardaTraffickingDay],
    verified: '2026-12-03',
  },
  // The AFP's page gives the number; the Anti-Slavery Commissioner's says the information "will remain
  // confidential". A 13 number dials only inside Australia, so it is linked as dialled there.
  'afp-human-trafficking': {
    organisation: 'Australian Federal Police',
    region: 'AU',
    channels: [{ kind: 'call', display: '131 237', vanity: '131AFP', href: 'tel:131237', shortCode: true }],
    sources: [afpHumanTrafficking, antiSlaveryReport],
    verified: '2026-12-03',
  },
  // A content complaint form for sexual images of children; an investigator reviews each report. No hours stated.
  'dia-report': {
    organisation: 'Te Tari Taiwhenua Department of Internal Affairs',
    region: 'NZ',
    channels: [
      {
        kind: 'web',
        display: 'dia.govt.nz',
        href: 'https://www.dia.govt.nz/Digital-Safety-Report-Online-Child-Exploitation-Material',
        action: 'report',
      },
    ],
    sources: [diaReport],
    verified: '2026-12-03',
  },
} satisfies Record<HotlineId, Omit<Hotline, 'id'>>;

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

/** The words on a contact link, split into the action ("Text HELP to") and the number as shown in full. */
export function contactText(
  channel: HotlineChannel,
  words: Messages['hotlines'],
  audience: HotlineAudience = 'public',
): { action: string; number: string } {
  const actions = audience === 'youth' ? words.youthActions : words.actions;
  const action =
    channel.kind === 'call'
      ? actions.call
      : channel.kind === 'text'
        ? actions.textKeywords((channel.keywords ?? []).join(` ${words.or} `))
        : channel.kind === 'tty'
          ? actions.tty
          : actions.web[channel.action ?? 'report'];
  const number = channel.vanity ? `${channel.vanity} (${channel.display})` : channel.display;
  return { action, number };
}
