import {
  ncmecFactsAndFigures,
  ncmecLetter2020,
  ncmecTraffickingPage,
  ncptfMissingKids,
  whatWeMust,
} from './sources.js';
import type { Citation, Fact, FactTopic } from './types.js';

/** The day every figure below was last checked against its source document (shared/CONTENT.md section 1). */
const REVIEWED = '2026-11-22';

/** The citations below, one per source document and year of data. */
const ncmec2021: Citation = { source: ncmecTraffickingPage, dataYear: 2021 };
const ncptf2022: Citation = { source: ncptfMissingKids, dataYear: 2022 };
const ncmecLetter2019: Citation = { source: ncmecLetter2020, dataYear: 2019 };
const ncmec2015: Citation = { source: ncmecFactsAndFigures, dataYear: 2015 };
const whatWeMustUndated: Citation = { source: whatWeMust, dataYear: 'undated' };

/**
 * Every built-in figure, language-neutral. The words for each id live in `locales/<lang>/facts.ts`.
 *
 * `measures` groups figures that count the same thing in different years: the newest one of a group is the one a
 * topic shows first, and older ones stay available by id, each with its own year.
 *
 * Staleness rule (checked in test/content.test.ts): a figure is stale when the year of its data is MORE than 5
 * years before the year of its `reviewed` date, i.e. `reviewedYear - dataYear > 5`, or when the year of its data
 * is not known (`'undated'`: nothing shows it is recent). A stale figure must carry `archival: true`, which says
 * "kept on purpose for the record". Whole years are compared because the data describe a whole calendar year.
 * Reviewed in 2026: data from 2021 (5 years) and 2022 pass; 2019, 2015 and the undated estimate are archival.
 * The 2021 figures become stale at the first review in 2027: look for newer NCMEC figures then.
 */
export const facts = [
  {
    id: 'reports-2021',
    topics: ['scale'],
    measures: 'reports-of-possible-child-sex-trafficking',
    citation: ncmec2021,
    reviewed: REVIEWED,
    estimate: false,
  },
  {
    id: 'every-state-2021',
    topics: ['scale'],
    measures: 'where-reports-come-from',
    citation: ncmec2021,
    reviewed: REVIEWED,
    estimate: false,
  },
  {
    id: 'runaways-2021',
    topics: ['runaways'],
    measures: 'runaways-likely-victims',
    citation: ncmec2021,
    reviewed: REVIEWED,
    estimate: false,
  },
  {
    id: 'child-welfare-runaways-2021',
    topics: ['runaways', 'foster-care'],
    measures: 'child-welfare-runaways-likely-victims',
    citation: ncmec2021,
    reviewed: REVIEWED,
    estimate: false,
  },
  {
    id: 'missing-entries-2022',
    topics: ['missing'],
    measures: 'missing-children-entries',
    citation: ncptf2022,
    reviewed: REVIEWED,
    estimate: false,
  },
  {
    id: 'reports-2019',
    topics: ['scale'],
    measures: 'reports-of-possible-child-sex-trafficking',
    citation: ncmecLetter2019,
    reviewed: REVIEWED,
    estimate: false,
    archival: true,
  },
  {
    id: 'runaways-2019',
    topics: ['runaways'],
    measures: 'runaways-likely-victims',
    citation: ncmecLetter2019,
    reviewed: REVIEWED,
    estimate: false,
    archival: true,
  },
  {
    id: 'average-age-2019',
    topics: ['age'],
    measures: 'average-age-of-victims',
    citation: ncmecLetter2019,
    reviewed: REVIEWED,
    estimate: false,
    archival: true,
  },
  {
    id: 'reports-2015',
    topics: ['scale'],
    measures: 'reports-of-possible-child-sex-trafficking',
    citation: ncmec2015,
    reviewed: REVIEWED,
    estimate: false,
    archival: true,
  },
  {
    id: 'runaways-2015',
    topics: ['runaways'],
    measures: 'runaways-likely-victims',
    citation: ncmec2015,
    reviewed: REVIEWED,
    estimate: false,
    archival: true,
  },
  {
    // Not the same measure as child-welfare-runaways-2021: that one is the share of children who ran from care who
    // were likely victims; this one is the share of likely victims who had been in care.
    id: 'likely-victims-in-care-2015',
    topics: ['foster-care', 'runaways'],
    measures: 'likely-victims-who-were-in-care',
    citation: ncmec2015,
    reviewed: REVIEWED,
    estimate: false,
    archival: true,
  },
  {
    id: 'average-age-2015',
    topics: ['age'],
    measures: 'average-age-of-victims',
    citation: ncmec2015,
    reviewed: REVIEWED,
    estimate: false,
    archival: true,
  },
  {
    id: 'boys-2015',
    topics: ['boys'],
    measures: 'share-of-victims-who-are-boys',
    citation: ncmec2015,
    reviewed: REVIEWED,
    estimate: false,
    archival: true,
  },
  {
    // An NCMEC estimate quoted by the "What we MUST" brief, which gives no year; experts debate the number.
    id: 'children-exploited-estimate',
    topics: ['scale'],
    measures: 'children-commercially-sexually-exploited-per-year',
    citation: whatWeMustUndated,
    reviewed: REVIEWED,
    estimate: true,
    archival: true,
  },
] as const satisfies readonly Fact[];

/** The id of a built-in fact, e.g. `'reports-2021'`. A locale's `facts` table must have words for every one. */
export type FactId = (typeof facts)[number]['id'];

/** A built-in fact, whose id is known to the type system. */
export type BuiltInFact = Fact & { readonly id: FactId };

const builtIn: readonly BuiltInFact[] = facts;

/** The topic the default card draws from: the first question a reader has is how big the problem is. */
export const DEFAULT_TOPIC: FactTopic = 'scale';

/** Newer data first; undated figures last; figures of the same year keep the order of the list above. */
function newestFirst(a: BuiltInFact, b: BuiltInFact): number {
  const yearOf = (fact: BuiltInFact) =>
    fact.citation.dataYear === 'undated' ? -Infinity : fact.citation.dataYear;
  return yearOf(b) - yearOf(a);
}

/** Every built-in fact, newest data first. */
export function allFacts(): BuiltInFact[] {
  return [...builtIn].sort(newestFirst);
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
