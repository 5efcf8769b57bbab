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

export const SIGN_SETS = ['warning-signs', 'vulnerabilities', 'grooming', 'forms', 'myths'] as const;
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

const ADULTS = ['parent', 'educator'] as const satisfies readonly SignAudience[];
const YOUTH = ['youth'] as const satisfies readonly SignAudience[];

const warningSigns = {
  id: 'warning-signs',
  groups: [
    {
      id: 'home-school',
      items: [
        { id: 'runs-away', citation: ncmecPage, audiences: ADULTS },
        { id: 'older-friend', citation: ncmecPage, audiences: ADULTS },
        { id: 'pulls-away', citation: advocacyBrief, audiences: ADULTS },
      ],
    },
    {
      id: 'online',
      items: [{ id: 'online-friend', citation: ncptf, audiences: ADULTS }],
    },
    {
      id: 'physical',
      items: [
        { id: 'injuries', citation: ncmecPage, audiences: ADULTS },
        { id: 'tattoos', citation: ncmecPage, audiences: ADULTS },
      ],
    },
    {
      id: 'money-belongings',
      items: [
        { id: 'new-things', citation: ncmecPage, audiences: ADULTS },
        { id: 'hotel-keys', citation: ncmecPage, audiences: ADULTS },
        { id: 'no-id', citation: ncmecPage, audiences: ADULTS },
      ],
    },
    {
      id: 'what-they-say',
      items: [
        { id: 'the-life', citation: ncmecPage, audiences: ADULTS },
        { id: 'coached', citation: ncmecPage, audiences: ADULTS },
        { id: 'lost-place', citation: ncmecPage, audiences: ADULTS },
      ],
    },
    {
      id: 'too-close-too-fast',
      items: [
        { id: 'youth-secrets', citation: ncptf, audiences: YOUTH },
        { id: 'youth-gifts', citation: advocacyBrief, audiences: YOUTH },
        { id: 'youth-place-to-stay', citation: ncmecLetter, audiences: YOUTH },
        { id: 'youth-meet', citation: ncptf, audiences: YOUTH },
        { id: 'youth-older-partner', citation: ncmecPage, audiences: YOUTH },
      ],
    },
    {
      id: 'taking-control',
      items: [
        { id: 'youth-id-phone', citation: ncmecPage, audiences: YOUTH },
        { id: 'youth-what-to-say', citation: ncmecPage, audiences: YOUTH },
        { id: 'youth-money', citation: ncmecPage, audiences: YOUTH },
        { id: 'youth-threats', citation: advocacyBrief, audiences: YOUTH },
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
        { id: 'homelessness', citation: ncmecPage },
        { id: 'pushed-aside', citation: ncmecPage },
        { id: 'online-reach', citation: ncmecFacts },
      ],
    },
    {
      id: 'family',
      items: [
        { id: 'child-welfare', citation: ncmecPage },
        { id: 'family-rejection', citation: advocacyBrief },
        { id: 'few-safe-adults', citation: ncmecPage },
      ],
    },
    {
      id: 'individual',
      items: [
        { id: 'past-abuse', citation: ncmecLetter },
        { id: 'ran-away-before', citation: ncmecLetter },
        { id: 'lonely', citation: ncptf },
      ],
    },
  ],
} as const satisfies SignSet;

const grooming = {
  id: 'grooming',
  groups: [
    {
      id: 'how-it-unfolds',
      items: [
        { id: 'online-grooming', citation: ncptf, audiences: ADULTS },
        { id: 'street-grooming', citation: ncptf, audiences: ADULTS },
        { id: 'false-promises', citation: advocacyBrief, audiences: ADULTS },
        { id: 'control', citation: advocacyBrief, audiences: ADULTS },
        { id: 'where-they-look', citation: ncmecLetter, audiences: ADULTS },
        { id: 'youth-online-grooming', citation: ncptf, audiences: YOUTH },
        { id: 'youth-street-grooming', citation: ncptf, audiences: YOUTH },
        { id: 'youth-looks-like-love', citation: advocacyBrief, audiences: YOUTH },
        { id: 'youth-someone-you-know', citation: ncmecPage, audiences: YOUTH },
      ],
    },
    {
      id: 'what-helps',
      items: [
        { id: 'adult-can-do', citation: ncptf, audiences: ADULTS },
        { id: 'youth-can-do', citation: ncmecPage, audiences: YOUTH },
      ],
    },
  ],
} as const satisfies SignSet;

const forms = {
  id: 'forms',
  groups: [
    {
      id: 'forms-of-trafficking',
      items: [
        { id: 'what-it-is', citation: ncmecPage },
        { id: 'pimp-controlled', citation: ncmecPage },
        { id: 'familial', citation: ncmecPage },
        { id: 'gang-controlled', citation: ncmecPage },
        { id: 'buyer-perpetrated', citation: ncmecPage },
      ],
    },
  ],
} as const satisfies SignSet;

const myths = {
  id: 'myths',
  groups: [
    {
      id: 'myths-and-facts',
      items: [
        { id: 'white-vans', citation: ncptf },
        { id: 'zip-ties', citation: ncptf },
        { id: 'car-seats', citation: ncptf },
        { id: 'viral-posts', citation: ncptf },
        { id: 'only-elsewhere', citation: ncmecPage },
        { id: 'only-girls', citation: advocacyBrief },
        { id: 'they-choose', citation: advocacyBrief },
        { id: 'they-will-ask', citation: ncmecPage },
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

/** The words of a set in one language, for adults and for a young reader. */
export interface SignSetText {
  readonly title: string;
  /** One or two sentences that say what the set is about. */
  readonly lead: string;
  readonly youthTitle: string;
  readonly youthLead: string;
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
