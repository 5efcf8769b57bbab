/**
 * What each covered region shows: the banner's hotlines per audience, in order; what the explainer tells each
 * audience to do there and whom to contact. A region missing here does not compile. A region the library does not
 * cover gets `UNCOVERED`: no foreign number, only the reader's local emergency number and a directory of helplines.
 */
import { hotlines, type Hotline, type HotlineAudience, type HotlineId } from './hotlines.js';
import type { Messages } from './locales/index.js';
import { REGION_CODES, type RegionCode } from './regions.js';

type WhatToDo = Messages['explainer']['whatToDo'];
/** The step ids each audience's "what to do" can use; each locale words them in `explainer.whatToDo`. */
export type StepId<A extends keyof WhatToDo> = keyof WhatToDo[A]['steps'];

/** What the explainer shows one audience: its steps and its contacts, in order, the emergency number last. */
export interface ExplainerHelp<A extends keyof WhatToDo> {
  readonly steps: readonly StepId<A>[];
  readonly contacts: readonly HotlineId[];
}

/** The help a region shows. */
export interface RegionHelp {
  /** The banner's hotlines when the page names none, per audience (adults in general, or the young reader). */
  readonly banner: { readonly public: readonly HotlineId[]; readonly youth: readonly HotlineId[] };
  readonly explainer: {
    readonly parent: ExplainerHelp<'parent'>;
    readonly educator: ExplainerHelp<'educator'>;
    readonly youth: ExplainerHelp<'youth'>;
  };
  /** True when the region has no emergency number of its own in the data: say "call your local emergency number". */
  readonly localEmergency?: boolean;
}

export interface Region extends RegionHelp {
  readonly code: RegionCode;
}

/** Steps that hold in any country; a region swaps in its own where its law or its services differ. */
const parentSteps: readonly StepId<'parent'>[] = ['talk', 'disclosure', 'noConfront', 'missing', 'services'];
const educatorSteps: readonly StepId<'educator'>[] = [
  'school',
  'talk',
  'disclosure',
  'noConfront',
  'services',
];
const youthSteps: readonly StepId<'youth'>[] = ['notYourFault', 'talk', 'noConfront', 'reachOut'];

/** A region whose explainer shows the same contacts to everyone, with the steps that hold in any country. */
function sameForAll(contacts: readonly HotlineId[], youthContacts = contacts): Region['explainer'] {
  return {
    parent: { steps: parentSteps, contacts },
    educator: { steps: educatorSteps, contacts },
    youth: { steps: youthSteps, contacts: youthContacts },
  };
}

/** A region with its emergency number, and the directory for its child helpline. */
function emergencyAndDirectory(emergency: HotlineId): Omit<Region, 'code'> {
  const contacts: readonly HotlineId[] = ['child-helpline-international', emergency];
  return { banner: { public: contacts, youth: contacts }, explainer: sameForAll(contacts) };
}

const data = {
  US: {
    banner: {
      public: ['national-human-trafficking-hotline', 'ncmec', 'cybertipline', 'us-emergency'],
      youth: ['national-human-trafficking-hotline', 'ncmec', 'cybertipline', 'us-emergency'],
    },
    // "Mandated reporter" and NCMEC are U.S. words: only U.S. steps use them.
    explainer: {
      parent: {
        steps: ['talk', 'disclosure', 'noConfront', 'missingNcmec', 'hotline'],
        contacts: ['national-human-trafficking-hotline', 'ncmec', 'us-emergency'],
      },
      educator: {
        steps: ['mandatedReporter', 'talk', 'disclosure', 'noConfront', 'hotline'],
        contacts: ['national-human-trafficking-hotline', 'ncmec', 'us-emergency'],
      },
      youth: {
        steps: ['notYourFault', 'talk', 'noConfront', 'callOrText'],
        contacts: ['national-human-trafficking-hotline', 'ncmec', 'us-emergency'],
      },
    },
  },
  CA: {
    banner: {
      public: ['canadian-human-trafficking-hotline', 'cybertip-ca', 'ca-emergency'],
      youth: ['canadian-human-trafficking-hotline', 'cybertip-ca', 'ca-emergency'],
    },
    explainer: sameForAll(['canadian-human-trafficking-hotline', 'cybertip-ca', 'ca-emergency']),
  },
  GB: {
    // Young people are pointed first to Childline, which is there for them.
    banner: {
      public: ['modern-slavery-helpline', 'nspcc-helpline', 'childline', 'gb-emergency'],
      youth: ['childline', 'modern-slavery-helpline', 'gb-emergency'],
    },
    explainer: sameForAll(
      ['nspcc-helpline', 'modern-slavery-helpline', 'gb-emergency'],
      ['childline', 'gb-emergency'],
    ),
  },
  // Where a country's child helpline could not be sourced (Ireland, Mexico; see CHANGELOG), the directory of child
  // helplines stands in for it: it lists each country's own.
  // Young people first to Kids Helpline, which is there for them.
  AU: {
    banner: {
      public: ['afp-human-trafficking', 'accce-report', 'kids-helpline', 'au-emergency'],
      youth: ['kids-helpline', 'afp-human-trafficking', 'accce-report', 'au-emergency'],
    },
    explainer: sameForAll(
      ['afp-human-trafficking', 'kids-helpline', 'accce-report', 'au-emergency'],
      ['kids-helpline', 'au-emergency'],
    ),
  },
  NZ: {
    banner: {
      public: ['oranga-tamariki', 'dia-report', 'nz-emergency'],
      youth: ['oranga-tamariki', 'child-helpline-international', 'dia-report', 'nz-emergency'],
    },
    explainer: sameForAll(
      ['oranga-tamariki', 'dia-report', 'nz-emergency'],
      ['oranga-tamariki', 'child-helpline-international', 'nz-emergency'],
    ),
  },
  IE: {
    banner: {
      public: ['garda-confidential-line', 'child-helpline-international', 'ie-emergency'],
      youth: ['child-helpline-international', 'garda-confidential-line', 'ie-emergency'],
    },
    explainer: sameForAll(['garda-confidential-line', 'child-helpline-international', 'ie-emergency']),
  },
  MX: emergencyAndDirectory('mx-emergency'),
} satisfies Record<RegionCode, Omit<Region, 'code'>>;

/** The help of every covered region by code, frozen so a page cannot change what every element shows. */
export const regionHelp = Object.freeze(
  Object.fromEntries(
    REGION_CODES.map((code): [RegionCode, Region] => [code, Object.freeze({ code, ...data[code] })]),
  ),
) as Readonly<Record<RegionCode, Region>>;

/**
 * What a region the library does not cover shows: no foreign number, only a line telling the reader to call their
 * local emergency number, and a directory of child helplines by country.
 */
const directory: readonly HotlineId[] = ['child-helpline-international'];
export const UNCOVERED: RegionHelp = Object.freeze({
  banner: { public: directory, youth: directory },
  explainer: sameForAll(directory),
  localEmergency: true,
});

/** The help a region shows, or the uncovered answer for `null` (a region the library does not cover). */
export function helpFor(region: RegionCode | null): RegionHelp {
  return region ? regionHelp[region] : UNCOVERED;
}

/** The hotlines a banner shows by default for a region (or an uncovered one) and audience, in order. */
export function hotlinesFor(
  region: RegionCode | null,
  audience: HotlineAudience = 'public',
): readonly Hotline[] {
  return bannerHotlines(helpFor(region), audience);
}

/** The hotlines a banner shows by default with this help and audience, in order. */
export function bannerHotlines(help: RegionHelp, audience: HotlineAudience): readonly Hotline[] {
  return help.banner[audience].map((id) => hotlines[id]);
}
