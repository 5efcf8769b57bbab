import type { Source } from './types.js';

/** The documents in `shared/seeds/` that built-in content is drawn from, one record each. */
const NCMEC = 'National Center for Missing & Exploited Children';

export const ncmecTraffickingPage = {
  organisation: NCMEC,
  shortName: 'NCMEC',
  title: 'Child Sex Trafficking',
  url: 'https://www.missingkids.org/theissues/trafficking',
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

export const acfBeFreeTextLine = {
  organisation: 'U.S. Administration for Children and Families',
  shortName: 'ACF',
  title: 'Human trafficking victims can text "BeFree" to get help',
  url: 'https://www.acf.hhs.gov/archive/blog/2013/04/human-trafficking-victims-can-text-befree-get-help',
} as const satisfies Source;

export const ncmecCyberTipline = {
  organisation: NCMEC,
  shortName: 'NCMEC',
  title: 'CyberTipline',
  url: 'https://report.cybertip.org/',
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
} as const satisfies Source;

export const nspccHelpline = {
  organisation: 'NSPCC',
  shortName: 'NSPCC',
  title: 'NSPCC Helpline',
  url: 'https://www.nspcc.org.uk/',
} as const satisfies Source;

export const childlineSite = {
  organisation: 'NSPCC',
  shortName: 'Childline',
  title: 'Childline',
  url: 'https://www.childline.org.uk/',
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
