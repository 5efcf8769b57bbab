/**
 * What the embed builder offers: the elements, and for each option the values it lists, taken from the content
 * (regions, languages, audiences, sets, topics, figures) so a new one shows up in the builder with no change here.
 * The labels are the builder's own words for its form. `Choices` is a filled-in form as plain data: the page reads
 * it from the form, and the tests build every combination from the same lists.
 */
import { allFacts, type FactId } from '../content/facts.js';
import { HOTLINE_AUDIENCES, type HotlineAudience } from '../content/hotlines.js';
import { SUPPORTED_LOCALES, type LocaleCode } from '../content/locales/index.js';
import { DEFAULT_REGION, REGION_CODES, type RegionCode } from '../content/regions.js';
import {
  DEFAULT_SIGN_AUDIENCE,
  DEFAULT_SIGN_SET,
  SIGN_AUDIENCES,
  SIGN_SETS,
  type SignAudience,
  type SignSetId,
} from '../content/signs.js';
import { FACT_TOPICS, type FactTopic } from '../content/types.js';
import { factCardSummary } from '../elements/fact-card/fact-card.examples.js';
import { hotlineBannerSummary } from '../elements/hotline-banner/hotline-banner.examples.js';
import { indicatorExplainerSummary } from '../elements/indicator-explainer/indicator-explainer.examples.js';
import { quickExitSummary } from '../elements/quick-exit/quick-exit.examples.js';

export const ELEMENT_TAGS = [
  'aw-hotline-banner',
  'aw-fact-card',
  'aw-indicator-explainer',
  'aw-quick-exit',
] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** What each element is for, shown under the element choice: each element's examples file says it. */
export const SUMMARIES: Readonly<Record<ElementTag, string>> = {
  'aw-hotline-banner': hotlineBannerSummary,
  'aw-fact-card': factCardSummary,
  'aw-indicator-explainer': indicatorExplainerSummary,
  'aw-quick-exit': quickExitSummary,
};

/** How a fact card picks its figure. */
export const CHOOSE_BY = ['default', 'fact', 'topic'] as const;
export type ChooseBy = (typeof CHOOSE_BY)[number];

/** `''`: the page's own language (the element then speaks the region's, or English). */
export type LanguageChoice = '' | LocaleCode;

/** Every value each list in the form offers, in order. */
export const OFFERED = {
  elements: ELEMENT_TAGS,
  regions: REGION_CODES,
  languages: ['', ...SUPPORTED_LOCALES] as readonly LanguageChoice[],
  bannerAudiences: HOTLINE_AUDIENCES,
  explainerAudiences: SIGN_AUDIENCES,
  sets: SIGN_SETS,
  chooseBy: CHOOSE_BY,
  topics: FACT_TOPICS,
  facts: allFacts().map((fact) => fact.id) as readonly FactId[],
} as const;

/** The builder's words for each audience; a new audience in the content fails to compile until it has a label. */
export const BANNER_AUDIENCE_LABELS: Readonly<Record<HotlineAudience, string>> = {
  public: 'Everyone',
  youth: 'Young people',
};
export const EXPLAINER_AUDIENCE_LABELS: Readonly<Record<SignAudience, string>> = {
  parent: 'Parents and carers',
  educator: 'Teachers and staff',
  youth: 'Young people',
};
export const TOPIC_LABELS: Readonly<Record<FactTopic, string>> = {
  scale: 'How many reports',
  runaways: 'Children who run away',
  'foster-care': 'Children in foster care',
  age: 'Age of victims',
  boys: 'Boys',
  missing: 'Missing children',
};

/** One row of the "your own local help" fields, as typed. */
export interface ContactInput {
  readonly name: string;
  /** A phone number, an email address or a web address, as typed. */
  readonly address: string;
  readonly detail: string;
}

export interface BrandColours {
  readonly accent: string;
  readonly background: string;
  readonly text: string;
}

/** The whole form as plain values. Fields that do not apply to the chosen element are read but not written. */
export interface Choices {
  readonly tag: ElementTag;
  readonly region: RegionCode;
  readonly bannerAudience: HotlineAudience;
  readonly bannerPosition: 'inline' | 'top' | 'bottom';
  readonly dismissible: boolean;
  readonly bannerQuickExit: boolean;
  readonly chooseBy: ChooseBy;
  readonly fact: FactId;
  readonly topic: FactTopic;
  readonly rotate: boolean;
  readonly interval: string;
  readonly variant: 'full' | 'compact';
  readonly set: SignSetId;
  readonly explainerAudience: SignAudience;
  readonly open: boolean;
  readonly headingLevel: string;
  readonly href: string;
  readonly exitPosition: 'inline' | 'fixed';
  /** For a fact card or an explainer: a quick exit written before it. */
  readonly addQuickExit: boolean;
  readonly lang: LanguageChoice;
  readonly theme: '' | 'light' | 'dark';
  readonly brand: BrandColours | null;
  readonly contacts: readonly ContactInput[];
}

/** The form as it opens. */
export const DEFAULT_CHOICES: Choices = {
  tag: 'aw-hotline-banner',
  region: DEFAULT_REGION,
  bannerAudience: 'public',
  bannerPosition: 'inline',
  dismissible: false,
  bannerQuickExit: false,
  chooseBy: 'default',
  fact: OFFERED.facts[0],
  topic: FACT_TOPICS[0],
  rotate: false,
  interval: '',
  variant: 'full',
  set: DEFAULT_SIGN_SET,
  explainerAudience: DEFAULT_SIGN_AUDIENCE,
  open: false,
  headingLevel: '',
  href: '',
  exitPosition: 'inline',
  addQuickExit: false,
  lang: '',
  theme: '',
  brand: null,
  contacts: [],
};

/** `value` if the list has it, else `fallback`: what the form says is never trusted to be one of the list. */
export function oneOf<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}
