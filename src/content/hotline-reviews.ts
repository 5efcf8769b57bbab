/**
 * How each built-in hotline was checked, for the people who review the content: who runs it, where it serves, the
 * pages its numbers were read on, when, and what is still to be re-read. The elements never import this module, so
 * none of it reaches a reader's download; the docs, the README tables, the print kit (which prints the date), the
 * content pack and the content tests read it, through `reviewedHotlines`.
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
import { HOTLINE_IDS, hotlines, type Hotline, type HotlineChannel, type HotlineId } from './hotlines.js';
import type { RegionCode } from './regions.js';
import type { IsoDate, Source } from './types.js';

/** Where a hotline serves: a covered country (see `regions.ts`), or `international` for a directory of helplines. */
export type HotlineRegion = RegionCode | 'international';

/** The review record of one hotline. */
export interface HotlineReview {
  /** The organisation's own name for the line, as published (each locale's `entries[id].name` is what is shown). */
  readonly organisation: string;
  readonly region: HotlineRegion;
  /** The pages the numbers were checked against (at least one). */
  readonly sources: readonly [Source, ...Source[]];
  /** When a person last checked the numbers against those sources. */
  readonly verified: IsoDate;
  /**
   * What could not be confirmed on a current page, said plainly for the people who review the content (never shown
   * to readers). A line with a `recheck` note must be read again on its live pages before a release.
   */
  readonly recheck?: string;
  /**
   * The numbers of this line that are short codes on purpose, not E.164 (911, 999, the 711 relay, the 233733 text
   * line, Australia's 131 237): the content tests hold every other `tel:` link to E.164.
   */
  readonly shortCodes?: readonly string[];
}

/** A hotline as the elements show it, with its review record. */
export type ReviewedHotline = Hotline & HotlineReview;

const verified: IsoDate = '2026-11-22';

/** NCMEC's page, as read again on 2026-12-03 in the project's copy of it (shared/seeds/001), for its two lines. */
const ncmecTraffickingPageRead = {
  ...ncmecTraffickingPage,
  checked: { on: '2026-12-03', seen: 'stored copy' },
} as const satisfies Source;

const reviews = {
  'national-human-trafficking-hotline': {
    organisation: 'National Human Trafficking Hotline',
    region: 'US',
    // The voice number and 233733 from ACF (the short code's letters spell BEFREE: its name, not a word to send);
    // text and chat at all hours since 2018; text, TTY, chat and the duty to tell the authorities from the
    // hotline's own pages.
    sources: [acfBeFreeTextLine, acfTextAndChat2018, nhthOurApproach, nhthFaq],
    verified: '2026-12-03',
    recheck:
      'All four pages were stored copies from before the change of operator in September 2025. The text keyword (HELP), the chat address and the confidentiality policy must be re-read on the live site.',
    shortCodes: ['233733', '711'],
  },
  ncmec: {
    organisation: 'National Center for Missing & Exploited Children',
    region: 'US',
    sources: [ncmecTraffickingPageRead, ncmecMissingFromCareFaq],
    verified: '2026-12-03',
  },
  cybertipline: {
    organisation: 'National Center for Missing & Exploited Children',
    region: 'US',
    sources: [ncmecTraffickingPageRead, cybertiplineFaq],
    verified: '2026-12-03',
  },
  'us-emergency': {
    organisation: 'Emergency services',
    region: 'US',
    sources: [us911],
    verified,
    shortCodes: ['911'],
  },
  'canadian-human-trafficking-hotline': {
    organisation: 'Canadian Human Trafficking Hotline',
    region: 'CA',
    sources: [canadianHotlineFaq, canadianHotlineConfidentiality],
    verified: '2026-12-03',
  },
  'cybertip-ca': {
    organisation: 'Cybertip.ca',
    region: 'CA',
    sources: [cybertipCaHowItWorks, cybertipCaFaq],
    verified: '2026-12-03',
  },
  'ca-emergency': {
    organisation: 'Emergency services',
    region: 'CA',
    // A government page (911 in Canada is run by the provinces and territories).
    sources: [gnb911],
    verified: '2026-12-03',
    shortCodes: ['911'],
  },
  'modern-slavery-helpline': {
    organisation: 'Modern Slavery & Exploitation Helpline',
    region: 'GB',
    sources: [modernSlaveryHelpline, modernSlaveryWhatHappens],
    verified: '2026-12-03',
  },
  childline: {
    organisation: 'Childline',
    region: 'GB',
    sources: [childlineSite, childlineConfidentiality, nspccAboutChildline],
    verified: '2026-12-03',
  },
  'nspcc-helpline': {
    organisation: 'NSPCC Helpline',
    region: 'GB',
    sources: [nspccHelpline],
    verified,
  },
  'gb-emergency': {
    organisation: 'Emergency services',
    region: 'GB',
    // A police force's page (a public body): 999 is for an emergency and is free from any phone.
    sources: [devonCornwallPolice999],
    verified: '2026-12-03',
    shortCodes: ['999'],
  },
  'child-helpline-international': {
    organisation: 'Child Helpline International',
    region: 'international',
    sources: [childHelplineInternational],
    verified: '2026-12-03',
  },
  // Emergency numbers of the regions added in December 2026: each cites a government page (see sources.ts). No
  // hours are given: the pages read do not state them in those words.
  'au-emergency': {
    organisation: 'Triple Zero (000)',
    region: 'AU',
    sources: [estaTripleZero],
    verified: '2026-12-03',
    shortCodes: ['000'],
  },
  'nz-emergency': {
    organisation: 'Emergency services (111)',
    region: 'NZ',
    sources: [govtNz111],
    verified: '2026-12-03',
    shortCodes: ['111'],
  },
  // The Ministry for Children takes reports of concern about a child on a freephone number; its page sends a child in
  // immediate danger to the Police on 111. It states no hours, so none are shown.
  'oranga-tamariki': {
    organisation: 'Oranga Tamariki—Ministry for Children',
    region: 'NZ',
    sources: [orangaTamarikiReport],
    verified: '2026-12-03',
  },
  'ie-emergency': {
    organisation: 'Emergency services (112 or 999)',
    region: 'IE',
    sources: [hseEmergency],
    verified: '2026-12-03',
    shortCodes: ['112'],
  },
  'mx-emergency': {
    organisation: 'Número único de emergencias 911',
    region: 'MX',
    sources: [gobMx911],
    verified: '2026-12-03',
    shortCodes: ['911'],
  },
  // The number and "open 24/7, free" are on the operator's WebChat page; "private and confidential unless a Duty of
  // Care situation arises" and free from any phone are on Kids Helpline's own Getting Help page.
  'kids-helpline': {
    organisation: 'Kids Helpline',
    region: 'AU',
    sources: [kidsHelplineWebChat, kidsHelplineGettingHelp],
    verified: '2026-12-03',
  },
  // An online form of the federal police-led centre, for people in Australia. Its page states no hours.
  'accce-report': {
    organisation: 'Australian Centre to Counter Child Exploitation',
    region: 'AU',
    sources: [accceReport],
    verified: '2026-12-03',
  },
  // Named by the Garda's own page on human trafficking as the way to give information in confidence.
  'garda-confidential-line': {
    organisation: 'An Garda Síochána',
    region: 'IE',
    sources: [gardaTraffickingDay],
    verified: '2026-12-03',
  },
  // The AFP's page gives the number; the Anti-Slavery Commissioner's says the information "will remain
  // confidential". A 13 number dials only inside Australia, so it is linked as dialled there.
  'afp-human-trafficking': {
    organisation: 'Australian Federal Police',
    region: 'AU',
    sources: [afpHumanTrafficking, antiSlaveryReport],
    verified: '2026-12-03',
    shortCodes: ['131237'],
  },
  // A content complaint form for sexual images of children; an investigator reviews each report. No hours stated.
  'dia-report': {
    organisation: 'Te Tari Taiwhenua Department of Internal Affairs',
    region: 'NZ',
    sources: [diaReport],
    verified: '2026-12-03',
  },
} satisfies Record<HotlineId, HotlineReview>;

/** Every built-in hotline with its review record, by id. */
export const reviewedHotlines = Object.freeze(
  Object.fromEntries(
    HOTLINE_IDS.map((id): [HotlineId, ReviewedHotline] => [id, { ...hotlines[id], ...reviews[id] }]),
  ),
) as Readonly<Record<HotlineId, ReviewedHotline>>;

/** True when this channel's number is one of the line's short codes (`tel:911`, `sms:233733`). */
export function isShortCode(hotline: HotlineReview, channel: HotlineChannel): boolean {
  const number = channel.href.replace(/^(tel|sms):/, '');
  return hotline.shortCodes?.includes(number) ?? false;
}
