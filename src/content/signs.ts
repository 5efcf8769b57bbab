/**
 * The language-neutral structure of `<aw-indicator-explainer>`: which sets exist, how each is grouped, which items
 * each group holds, who each item is written for, and where each item comes from. The words live in
 * `locales/<lang>/signs.ts`, keyed by the ids below; a missing text is a compile error there.
 *
 * Signs are reasons to notice and to ask a caring question, never a checklist or a score (CONTENT.md section 4).
 */
import {
  ncmecFactsAndFigures,
  ncmecLetter2020,
  ncmecTraffickingPage,
  ncptfMissingKids,
  whatWeMust,
} from './sources.js';
import type { Citation } from './types.js';

export const SIGN_SETS = [
  'warning-signs',
  'vulnerabilities',
  'grooming',
  'forms',
  'understanding',
  'myths',
] as const;
/** A set of items `<aw-indicator-explainer set="...">` can show. */
export type SignSetId = (typeof SIGN_SETS)[number];

export const SIGN_AUDIENCES = ['parent', 'educator', 'youth'] as const;
/** Who the explainer speaks to. Parents and educators see the same items; youth get items written for them. */
export type SignAudience = (typeof SIGN_AUDIENCES)[number];

export const DEFAULT_SIGN_SET: SignSetId = 'warning-signs';
export const DEFAULT_SIGN_AUDIENCE: SignAudience = 'parent';

/** One disclosure: its words come from the locale's `signs.items[id]`. */
export interface SignItem {
  readonly id: string;
  readonly citation: Citation;
  /** Who sees this item; every audience when absent. */
  readonly audiences?: readonly SignAudience[];
}

/** Items that belong together, shown under one label so a long set is easy to scan. */
export interface SignGroup {
  readonly id: string;
  readonly items: readonly SignItem[];
}

export interface SignSet {
  readonly id: SignSetId;
  readonly groups: readonly SignGroup[];
}

// Citations. The year is the year of the data on the cited document; sign cards name the source, not the year.
const ncmecPage = { source: ncmecTraffickingPage, dataYear: 2021 } as const satisfies Citation;
const ncmecLetter = { source: ncmecLetter2020, dataYear: 2019 } as const satisfies Citation;
const ncmecFacts = { source: ncmecFactsAndFigures, dataYear: 2015 } as const satisfies Citation;
const advocacyBrief = { source: whatWeMust, dataYear: 'undated' } as const satisfies Citation;
const ncptf = { source: ncptfMissingKids, dataYear: 2022 } as const satisfies Citation;

/** One item, written short because there are many; `audiences` absent means every audience. */
function item<const Id extends string>(id: Id, citation: Citation, audiences?: readonly SignAudience[]) {
  return audiences ? { id, citation, audiences } : { id, citation };
}

const ADULTS = ['parent', 'educator'] as const satisfies readonly SignAudience[];
const YOUTH = ['youth'] as const satisfies readonly SignAudience[];

const warningSigns = {
  id: 'warning-signs',
  groups: [
    {
      id: 'home-school',
      items: [
        item('runs-away', ncmecPage, ADULTS),
        item('older-friend', ncmecPage, ADULTS),
        item('pulls-away', advocacyBrief, ADULTS),
      ],
    },
    {
      id: 'online',
      items: [item('online-friend', ncptf, ADULTS)],
    },
    {
      id: 'physical',
      items: [item('injuries', ncmecPage, ADULTS), item('tattoos', ncmecPage, ADULTS)],
    },
    {
      id: 'money-belongings',
      items: [
        item('new-things', ncmecPage, ADULTS),
        item('hotel-keys', ncmecPage, ADULTS),
        item('no-id', ncmecPage, ADULTS),
      ],
    },
    {
      id: 'what-they-say',
      items: [
        item('the-life', ncmecPage, ADULTS),
        item('coached', ncmecPage, ADULTS),
        item('lost-place', ncmecPage, ADULTS),
      ],
    },
    {
      id: 'too-close-too-fast',
      items: [
        item('youth-secrets', ncptf, YOUTH),
        item('youth-gifts', advocacyBrief, YOUTH),
        item('youth-place-to-stay', ncmecLetter, YOUTH),
        item('youth-meet', ncptf, YOUTH),
        item('youth-older-partner', ncmecPage, YOUTH),
      ],
    },
    {
      id: 'taking-control',
      items: [
        item('youth-id-phone', ncmecPage, YOUTH),
        item('youth-what-to-say', ncmecPage, YOUTH),
        item('youth-money', ncmecPage, YOUTH),
        item('youth-threats', advocacyBrief, YOUTH),
      ],
    },
  ],
} as const satisfies SignSet;

const vulnerabilities = {
  id: 'vulnerabilities',
  groups: [
    {
      id: 'societal',
      items: [
        item('homelessness', ncmecPage),
        item('pushed-aside', ncmecPage),
        item('online-reach', ncmecFacts),
      ],
    },
    {
      id: 'family',
      items: [
        item('child-welfare', ncmecPage),
        item('family-rejection', advocacyBrief),
        item('few-safe-adults', ncmecPage),
      ],
    },
    {
      id: 'individual',
      items: [item('past-abuse', ncmecLetter), item('ran-away-before', ncmecLetter), item('lonely', ncptf)],
    },
  ],
} as const satisfies SignSet;

const grooming = {
  id: 'grooming',
  groups: [
    {
      id: 'how-it-unfolds',
      items: [
        item('online-grooming', ncptf, ADULTS),
        item('street-grooming', ncptf, ADULTS),
        item('false-promises', advocacyBrief, ADULTS),
        item('control', advocacyBrief, ADULTS),
        item('where-they-look', ncmecLetter, ADULTS),
        item('youth-online-grooming', ncptf, YOUTH),
        item('youth-street-grooming', ncptf, YOUTH),
        item('youth-looks-like-love', advocacyBrief, YOUTH),
        item('youth-someone-you-know', ncmecPage, YOUTH),
      ],
    },
    {
      id: 'what-helps',
      items: [item('adult-can-do', ncptf, ADULTS), item('youth-can-do', ncmecPage, YOUTH)],
    },
  ],
} as const satisfies SignSet;

const forms = {
  id: 'forms',
  groups: [
    {
      id: 'forms-of-trafficking',
      items: [
        item('what-it-is', ncmecPage),
        item('pimp-controlled', ncmecPage),
        item('familial', ncmecPage),
        item('gang-controlled', ncmecPage),
        item('buyer-perpetrated', ncmecPage),
      ],
    },
  ],
} as const satisfies SignSet;

const understanding = {
  id: 'understanding',
  groups: [
    {
      id: 'where-it-happens',
      items: [item('public-places', advocacyBrief)],
    },
    {
      id: 'no-typical-victim',
      items: [item('any-child', advocacyBrief)],
    },
    {
      // Strangers who snatch children are a myth (the myths set): these are the people the brief names.
      id: 'who-traffickers-are',
      items: [
        item('who-it-can-be', advocacyBrief, ADULTS),
        item('youth-who-it-can-be', advocacyBrief, YOUTH),
      ],
    },
    {
      // Being moved from place to place is from NCMEC's facts sheet, so it is an item of its own, for everyone.
      id: 'how-control-works',
      items: [
        item('cut-off', advocacyBrief, ADULTS),
        item('youth-ways-to-control', advocacyBrief, YOUTH),
        item('moved-around', ncmecFacts),
      ],
    },
    {
      id: 'why-hard-to-tell',
      items: [item('fear-shame-loyalty', ncmecPage, ADULTS), item('youth-hard-to-tell', ncmecPage, YOUTH)],
    },
    {
      id: 'help-for-families',
      items: [item('family-advocates', ncmecPage, ADULTS)],
    },
  ],
} as const satisfies SignSet;

const myths = {
  id: 'myths',
  groups: [
    {
      id: 'myths-and-facts',
      items: [
        item('white-vans', ncptf),
        item('zip-ties', ncptf),
        item('car-seats', ncptf),
        item('viral-posts', ncptf),
        item('only-elsewhere', ncmecPage),
        item('only-girls', advocacyBrief),
        item('they-choose', advocacyBrief),
        item('they-will-ask', ncmecPage),
      ],
    },
  ],
} as const satisfies SignSet;

/** Every set by id, in the order the docs list them. */
export const signSets = {
  'warning-signs': warningSigns,
  vulnerabilities,
  grooming,
  forms,
  understanding,
  myths,
} as const satisfies Record<SignSetId, SignSet>;

type AnySet = (typeof signSets)[SignSetId];
/** Every item id; each locale's `signs.items` must have words for each one. */
export type SignItemId = AnySet['groups'][number]['items'][number]['id'];
/** Every group id; each locale's `signs.groups` must have a label for each one. */
export type SignGroupId = AnySet['groups'][number]['id'];

/** The words of one item in one language. For a myth, `title` is the myth and `body` the fact. */
export interface SignItemText {
  /** A short title, shown on the disclosure button. */
  readonly title: string;
  /** A plain explanation: short sentences, common words. */
  readonly body: string;
}

/**
 * The title of a set in one language, for adults and for a young reader. What opens every set (no single sign
 * proves anything; it is never the child's fault) is the explainer's framing line, in `explainer.ts`.
 */
export interface SignSetText {
  readonly title: string;
  readonly youthTitle: string;
}

/** The shape every locale's `signs` namespace fills. */
export interface SignsText {
  readonly sets: Readonly<Record<SignSetId, SignSetText>>;
  readonly groups: Readonly<Record<SignGroupId, string>>;
  readonly items: Readonly<Record<SignItemId, SignItemText>>;
}

/** A group with only the items meant for this audience; groups left empty are dropped. */
export function groupsFor(set: SignSetId, audience: SignAudience): readonly SignGroup[] {
  const groups: readonly SignGroup[] = signSets[set].groups;
  return groups
    .map((group) => ({
      id: group.id,
      items: group.items.filter((item) => !item.audiences || item.audiences.includes(audience)),
    }))
    .filter((group) => group.items.length > 0);
}

/** Every item of every set, for content tests and tools. */
export function allSignItems(): readonly SignItem[] {
  return SIGN_SETS.flatMap((set) => {
    const groups: readonly SignGroup[] = signSets[set].groups;
    return groups.flatMap((group) => group.items);
  });
}
