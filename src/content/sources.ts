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
