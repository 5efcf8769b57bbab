import type { Organisation, Source } from './types.js';

/** The documents in `shared/seeds/` that built-in content is drawn from, one record each. */
const NCMEC = 'National Center for Missing & Exploited Children';

/** NCMEC itself, for a figure of NCMEC's that the library read in someone else's document. */
export const ncmec = { organisation: NCMEC, shortName: 'NCMEC' } as const satisfies Organisation;

export const ncmecTraffickingPage = {
  organisation: NCMEC,
  shortName: 'NCMEC',
  title: 'Child Sex Trafficking',
  url: 'https://www.missingkids.org/theissues/trafficking',
  // Cards and the explainer cite it, so it reaches readers: when it was read for the hotline lines is recorded
  // with them, in hotline-reviews.ts.
} as const satisfies Source;

export const ncmecLetter2020 = {
  organisation: NCMEC,
  shortName: 'NCMEC',
  title: 'Letter from the President and CEO on child sex trafficking',
  url: 'https://www.missingkids.org/content/ncmec/en/blog/2020/letter-from-john-clark-on-child-sex-trafficking.html',
} as const satisfies Source;

export const ncmecFactsAndFigures = {
  organisation: NCMEC,
  shortName: 'NCMEC',
  title: 'Child Sex Trafficking: Facts and Figures',
} as const satisfies Source;

export const whatWeMust = {
  organisation: 'Advocacy brief',
  shortName: 'What we MUST',
  title: 'What we MUST',
} as const satisfies Source;

export const ncptfMissingKids = {
  organisation: 'National Child Protection Task Force',
  shortName: 'NCPTF',
  title: 'How Missing Kids become Victims of Trafficking in America',
} as const satisfies Source;

// Hotline numbers (src/content/hotlines.ts): each entry names the page its number was checked against.

export const nhthSite = {
  organisation: 'National Human Trafficking Hotline',
  shortName: 'National Human Trafficking Hotline',
  title: 'National Human Trafficking Hotline',
  url: 'https://humantraffickinghotline.org/',
} as const satisfies Source;

// The U.S. hotline, re-read on 2026-12-03 (issue 11). Every page below was a stored copy; none is dated after the
// hotline's change of operator in September 2025 (ACF press release, 22 September 2025: a new provider, and more
// sharing with law enforcement "as appropriate"). See `recheck` on the hotline's entry in hotlines.ts.
const usHotlineRead = { on: '2026-12-03', seen: 'stored copy' } as const;

/** The voice number (1-888-3737-888) and the short code 233733, named "BeFree" (its letters on a keypad). */
export const acfBeFreeTextLine = {
  organisation: 'U.S. Administration for Children and Families',
  shortName: 'ACF',
  title: 'Human trafficking victims can text "BeFree" to get help',
  url: 'https://www.acf.hhs.gov/archive/blog/2013/04/human-trafficking-victims-can-text-befree-get-help',
  checked: usHotlineRead,
} as const satisfies Source;

/** Text (233733) and chat answered 24/7, in English and Spanish, since February 2018. */
export const acfTextAndChat2018 = {
  organisation: 'U.S. Administration for Children and Families',
  shortName: 'ACF',
  title: 'Announcing 24/7 Chat & Text for the National Human Trafficking Hotline',
  url: 'https://www.acf.hhs.gov/otip/success-story/announcing-24-7-chat-text-national-human-trafficking-hotline',
  checked: usHotlineRead,
} as const satisfies Source;

/** Text 233733, TTY 711, chat; and that the hotline tells the authorities when it suspects child abuse or harm. */
export const nhthOurApproach = {
  organisation: 'National Human Trafficking Hotline',
  shortName: 'National Human Trafficking Hotline',
  title: 'Our Approach',
  url: 'https://humantraffickinghotline.org/our-approach',
  checked: usHotlineRead,
} as const satisfies Source;

/** Callers share only what they are comfortable with; details go to others only with permission or by law. */
export const nhthFaq = {
  organisation: 'National Human Trafficking Hotline',
  shortName: 'National Human Trafficking Hotline',
  title: 'Hotline FAQs',
  url: 'https://humantraffickinghotline.org/faqs/hotline-faqs',
  checked: usHotlineRead,
} as const satisfies Source;

/** NCMEC's toll-free 24-hour line, and its work with families and law enforcement to find missing children. */
export const ncmecMissingFromCareFaq = {
  organisation: NCMEC,
  shortName: 'NCMEC',
  title: 'Frequently Asked Questions (Children Missing from Care)',
  url: 'https://cmfc.missingkids.org/FAQ',
  checked: usHotlineRead,
} as const satisfies Source;

/** A name is not needed to report; each report is sent on to the law enforcement agency best placed to act. */
export const cybertiplineFaq = {
  organisation: NCMEC,
  shortName: 'NCMEC',
  title: 'CyberTipline: Frequently Asked Questions',
  url: 'https://report.cybertip.org/faqs',
  checked: usHotlineRead,
} as const satisfies Source;

export const us911 = {
  organisation: 'U.S. National 911 Program',
  shortName: '911.gov',
  title: '911.gov',
  url: 'https://www.911.gov/',
} as const satisfies Source;

export const canadianHotlineFaq = {
  organisation: 'Canadian Centre to End Human Trafficking',
  shortName: 'Canadian Human Trafficking Hotline',
  title: 'Canadian Human Trafficking Hotline: Frequently asked questions',
  url: 'https://canadianhumantraffickinghotline.ca/faq',
  checked: { on: '2026-12-03', seen: 'stored copy' },
} as const satisfies Source;

export const cybertipCa = {
  organisation: 'Canadian Centre for Child Protection',
  shortName: 'Cybertip.ca',
  title: 'Cybertip.ca',
  url: 'https://www.cybertip.ca/',
} as const satisfies Source;

export const modernSlaveryHelpline = {
  organisation: 'Unseen',
  shortName: 'Modern Slavery & Exploitation Helpline',
  title: 'Modern Slavery & Exploitation Helpline',
  url: 'https://www.modernslaveryhelpline.org/',
  checked: { on: '2026-12-03', seen: 'stored copy' },
} as const satisfies Source;

export const nspccHelpline = {
  organisation: 'NSPCC',
  shortName: 'NSPCC',
  title: 'NSPCC Helpline',
  url: 'https://www.nspcc.org.uk/',
} as const satisfies Source;

/** Childline's own "About" page, an older layout of the site (the copy read was of its http address): call free on
 * 0800 1111, or chat 1-2-1 online. */
export const childlineSite = {
  organisation: 'NSPCC',
  shortName: 'Childline',
  title: 'About Childline',
  url: 'https://www.childline.org.uk/pages/about.aspx',
  checked: { on: '2026-12-03', seen: 'stored copy' },
} as const satisfies Source;

// Canadian and UK lines, re-read on 2026-12-03 (issue 11) for what happens when someone gets in touch. Stored copies.
const caGbRead = { on: '2026-12-03', seen: 'stored copy' } as const;

/** No name needed; the hotline tells law enforcement when it suspects abuse of a minor or harm to anyone. */
export const canadianHotlineConfidentiality = {
  organisation: 'Canadian Centre to End Human Trafficking',
  shortName: 'Canadian Human Trafficking Hotline',
  title: 'Confidentiality Policy',
  url: 'https://www.canadianhumantraffickinghotline.ca/confidentiality-policy/',
  checked: caGbRead,
} as const satisfies Source;

/** Analysts send reports of a possible crime to police, and a child who may need protection to child welfare. */
export const cybertipCaFaq = {
  organisation: 'Canadian Centre for Child Protection',
  shortName: 'Cybertip.ca',
  title: 'Cybertip.ca: Frequently Asked Questions',
  url: 'https://www.cybertip.ca/app/en/about-faq',
  checked: caGbRead,
} as const satisfies Source;

/** The reporting number 1-866-658-9022, and that a report can be made without a name. */
export const cybertipCaHowItWorks = {
  organisation: 'Canadian Centre for Child Protection',
  shortName: 'Cybertip.ca',
  title: 'Cybertip.ca: How it Works',
  url: 'https://www.cybertip.ca/app/en/about-how_it_works',
  checked: caGbRead,
} as const satisfies Source;

/** A provincial government's page on 911 in Canada: when to call it, and that operators answer in English and French. */
export const gnb911 = {
  organisation: 'Government of New Brunswick',
  shortName: 'GNB',
  title: '911',
  url: 'https://www.gnb.ca/en/topic/laws-safety/community-safety/911.html',
  checked: caGbRead,
} as const satisfies Source;

/** Free, confidential, 24/7; details shared without consent only for imminent danger or a person under 18 at risk. */
export const modernSlaveryWhatHappens = {
  organisation: 'Unseen',
  shortName: 'Modern Slavery & Exploitation Helpline',
  title: 'What happens when you call the Helpline?',
  url: 'https://www.modernslaveryhelpline.org/about/what-happens-when-you-call-the-helpline',
  checked: caGbRead,
} as const satisfies Source;

/** What Childline keeps private, when it would tell someone (a life in danger, among others), and that chat needs an account. */
export const childlineConfidentiality = {
  organisation: 'NSPCC',
  shortName: 'Childline',
  title: 'Confidentiality promise',
  url: 'https://www.childline.org.uk/about/confidentiality-promise/',
  checked: caGbRead,
} as const satisfies Source;

/** Childline: free, 24 hours, for young people up to 19, by phone and online chat. */
export const nspccAboutChildline = {
  organisation: 'NSPCC',
  shortName: 'NSPCC Learning',
  title: 'Childline',
  url: 'https://learning.nspcc.org.uk/services/childline',
  checked: caGbRead,
} as const satisfies Source;

/** A UK police force's page for young people: 999 for an emergency, free from any phone. */
export const devonCornwallPolice999 = {
  organisation: 'Devon & Cornwall Police',
  shortName: 'Devon & Cornwall Police',
  title: 'Contacting the police',
  url: 'https://youth.devon-cornwall.police.uk/young-people/crime-and-the-law/contacting-the-police',
  checked: caGbRead,
} as const satisfies Source;

// A region the library does not cover (src/content/regions.ts, UNCOVERED) gets no foreign number, only this
// directory of child helplines by country, run by the global network of child helplines.

export const childHelplineInternational = {
  organisation: 'Child Helpline International',
  shortName: 'Child Helpline International',
  title: 'Child Helpline International',
  url: 'https://childhelplineinternational.org/',
  checked: { on: '2026-12-03', seen: 'stored copy' },
} as const satisfies Source;

// Regions added in December 2026 (src/content/regions.ts). Each number was read on the page named, a stored copy
// seen through the project's search index on 2026-12-03 (the live pages could not be reached from the build machine).
// Numbers we could not find on the organisation's own page or a government page were left out (see CHANGELOG).

const storedCopy = { on: '2026-12-03', seen: 'stored copy' } as const;

export const estaTripleZero = {
  organisation: 'Emergency Services Telecommunications Authority (Victoria)',
  shortName: 'ESTA',
  title: 'Triple zero process',
  url: 'https://www.esta.vic.gov.au/000-process',
  checked: storedCopy,
} as const satisfies Source;

export const govtNz111 = {
  organisation: 'New Zealand Government',
  shortName: 'govt.nz',
  title: '111 emergency service',
  url: 'https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/',
  checked: storedCopy,
} as const satisfies Source;

export const orangaTamarikiReport = {
  organisation: 'Oranga Tamariki—Ministry for Children',
  shortName: 'Oranga Tamariki',
  title: 'Report of concern',
  url: 'https://www.orangatamariki.govt.nz/about-us/how-we-work/how-we-keep-children-safe/report-of-concern/',
  checked: storedCopy,
} as const satisfies Source;

export const hseEmergency = {
  organisation: 'Health Service Executive (HSE)',
  shortName: 'HSE',
  title: 'When to call 112 or 999',
  url: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/',
  checked: storedCopy,
} as const satisfies Source;

export const gobMx911 = {
  organisation: 'Gobierno de México, Policía Federal',
  shortName: 'gob.mx',
  title: '088 / 911: responder ante cualquier llamado',
  url: 'https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado',
  checked: storedCopy,
} as const satisfies Source;

export const kidsHelplineWebChat = {
  organisation: 'yourtown (Kids Helpline)',
  shortName: 'Kids Helpline',
  title: 'Kids Helpline WebChat',
  url: 'https://yourtown.com.au/apps/webcounselling/live/chat',
  checked: storedCopy,
} as const satisfies Source;

export const kidsHelplineGettingHelp = {
  organisation: 'Kids Helpline',
  shortName: 'Kids Helpline',
  title: 'Getting Help',
  url: 'https://kidshelpline.com.au/grownups/getting-help/',
  checked: storedCopy,
} as const satisfies Source;

export const accceReport = {
  organisation: 'Australian Centre to Counter Child Exploitation',
  shortName: 'ACCCE',
  title: 'How to Report',
  url: 'https://www.accce.gov.au/report',
  checked: storedCopy,
} as const satisfies Source;

export const gardaTraffickingDay = {
  organisation: 'An Garda Síochána',
  shortName: 'Garda',
  title: 'World Day against Trafficking in Persons 30/7/20',
  url: 'https://www.garda.ie/en/about-us/our-departments/office-of-corporate-communications/news-media/news-archive/world-day-against-trafficking-in-persons-30-7-20.html',
  checked: storedCopy,
} as const satisfies Source;

export const antiSlaveryReport = {
  organisation: 'Australian Anti-Slavery Commissioner',
  shortName: 'Anti-Slavery Commissioner',
  title: 'Report suspected modern slavery',
  url: 'https://antislaverycommissioner.gov.au/find-help-and-support/report-suspected-modern-slavery',
  checked: storedCopy,
} as const satisfies Source;

export const afpHumanTrafficking = {
  organisation: 'Australian Federal Police',
  shortName: 'AFP',
  title: 'Human trafficking',
  url: 'https://www.afp.gov.au/what-we-do/crime-types/human-trafficking',
  checked: storedCopy,
} as const satisfies Source;

export const diaReport = {
  organisation: 'Te Tari Taiwhenua Department of Internal Affairs',
  shortName: 'DIA',
  title: 'Report Online Child Exploitation Material',
  url: 'https://www.dia.govt.nz/Digital-Safety-Report-Online-Child-Exploitation-Material',
  checked: storedCopy,
} as const satisfies Source;
