import {
  ncmec,
  ncmecFactsAndFigures,
  ncmecLetter2020,
  ncmecTraffickingPage,
  ncptfMissingKids,
  whatWeMust,
} from './sources.js';
import type { Messages } from './locales/index.js';
import type { Citation, Fact, FactTopic } from './types.js';

/** The citations below, one per source document and year of data. */
const ncmec2021: Citation = { source: ncmecTraffickingPage, dataYear: 2021 };
// The FBI's count as the NCPTF post quotes it; the sentence itself names the FBI's database.
const ncptf2022: Citation = { source: ncptfMissingKids, dataYear: 2022 };
const ncmecLetter2019: Citation = { source: ncmecLetter2020, dataYear: 2019 };
const ncmec2015: Citation = { source: ncmecFactsAndFigures, dataYear: 2015 };
// The brief quotes NCMEC's estimate and gives no year: the card names NCMEC, "as cited in" the brief.
const ncmecEstimateInBrief: Citation = { source: whatWeMust, citedFrom: ncmec, dataYear: 'undated' };

/**
 * Every built-in figure, language-neutral: what a card shows and nothing else. The words for each id live in
 * `locales/<lang>/facts.ts`; what each figure counts and when it was last checked (the staleness rule) in
 * `fact-reviews.ts`, beside the same id. Written newest data first, undated last; a new figure goes in its place.
 */
export const facts = [
  {
    id: 'missing-entries-2022',
    topics: ['missing'],
    citation: ncptf2022,
  },
  {
    id: 'reports-2021',
    topics: ['scale'],
    citation: ncmec2021,
    current: true,
  },
  {
    id: 'every-state-2021',
    topics: ['scale'],
    citation: ncmec2021,
    current: true,
  },
  {
    id: 'runaways-2021',
    topics: ['runaways'],
    citation: ncmec2021,
    current: true,
  },
  {
    id: 'child-welfare-runaways-2021',
    topics: ['runaways', 'foster-care'],
    citation: ncmec2021,
    current: true,
  },
  {
    id: 'reports-2019',
    topics: ['scale'],
    citation: ncmecLetter2019,
  },
  {
    id: 'runaways-2019',
    topics: ['runaways'],
    citation: ncmecLetter2019,
  },
  {
    id: 'average-age-2019',
    topics: ['age'],
    citation: ncmecLetter2019,
  },
  {
    id: 'reports-2015',
    topics: ['scale'],
    citation: ncmec2015,
  },
  {
    id: 'runaways-2015',
    topics: ['runaways'],
    citation: ncmec2015,
  },
  {
    // Not the same measure as child-welfare-runaways-2021: that one is the share of children who ran from care who
    // were likely victims; this one is the share of likely victims who had been in care.
    id: 'likely-victims-in-care-2015',
    topics: ['foster-care', 'runaways'],
    citation: ncmec2015,
  },
  {
    id: 'average-age-2015',
    topics: ['age'],
    citation: ncmec2015,
  },
  {
    id: 'boys-2015',
    topics: ['boys'],
    citation: ncmec2015,
  },
  {
    // An NCMEC estimate quoted by the "What we MUST" brief, which gives no year; experts debate the number.
    id: 'children-exploited-estimate',
    topics: ['scale'],
    citation: ncmecEstimateInBrief,
    estimate: true,
  },
] as const satisfies readonly Fact[];

/** The id of a built-in fact, e.g. `'reports-2021'`. A locale's `facts` table must have words for every one. */
export type FactId = (typeof facts)[number]['id'];

/** A built-in fact, whose id is known to the type system. */
export type BuiltInFact = Fact & { readonly id: FactId };

const builtIn: readonly BuiltInFact[] = facts;

/** The topic the default card draws from: the first question a reader has is how big the problem is. */
export const DEFAULT_TOPIC: FactTopic = 'scale';

/**
 * Every built-in fact, newest data first, undated last: the order the list above is written in (a content test
 * holds it to that), so no reader's browser sorts it.
 */
export function allFacts(): BuiltInFact[] {
  return [...builtIn];
}

/**
 * What a card rotating without a topic shows: the current figures only (`current`), newest first. The older reports
 * and the estimate stay reachable by `fact` or `topic`, where each says its own year and what it counts.
 */
export function currentFacts(): BuiltInFact[] {
  return allFacts().filter((fact) => fact.current);
}

/**
 * "NCMEC, as cited in " before the document the library read someone else's figure in, or '' for a figure read in its
 * publisher's own document. `short` names the organisation by its short name, as a compact card does. Every place
 * that cites a figure (card, fallback, print, docs, README) words it with this.
 */
export function citedFromText(citation: Citation, words: Messages['common'], short = false): string {
  const from = citation.citedFrom;
  return from ? `${short ? from.shortName : from.organisation}, ${words.citedIn} ` : '';
}

/** The built-in fact with this id, or undefined for an unknown id (the caller decides on the fallback). */
export function factById(id: string | null | undefined): BuiltInFact | undefined {
  return builtIn.find((fact) => fact.id === id);
}

/** The facts of a topic, newest data first, so `factsByTopic(topic)[0]` is the one to show by default. */
export function factsByTopic(topic: FactTopic): BuiltInFact[] {
  return allFacts().filter((fact) => (fact.topics as readonly string[]).includes(topic));
}

/** The fact a card shows when it is told nothing: the newest figure about the scale of the problem. */
export function defaultFact(): BuiltInFact {
  return factsByTopic(DEFAULT_TOPIC)[0];
}
