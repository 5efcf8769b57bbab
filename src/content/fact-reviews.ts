/**
 * How each built-in figure was checked, for the people who review the content. The elements never import this
 * module, so none of it reaches a reader's download; the docs, the content pack and the content tests read it,
 * through `reviewedFacts()`.
 *
 * `measures` groups figures that count the same thing in different years; the content tests check that a topic
 * shows the newest of a group first, and older ones stay available by id, each with its own year.
 *
 * Staleness rule (checked in test/content.test.ts): a figure is stale when the year of its data is MORE than 5
 * years before the year of its `reviewed` date, i.e. `reviewedYear - dataYear > 5`, or when the year of its data
 * is not known (`'undated'`: nothing shows it is recent). A stale figure must carry `archival: true`, which says
 * "kept on purpose for the record". Whole years are compared because the data describe a whole calendar year.
 * Reviewed in 2026: data from 2021 (5 years) and 2022 pass; 2019, 2015 and the undated estimate are archival.
 * The 2021 figures become stale at the first review in 2027: look for newer NCMEC figures then.
 */
import { allFacts, type BuiltInFact, type FactId } from './facts.js';
import type { IsoDate } from './types.js';

/** The review record of one figure. */
export interface FactReview {
  /** When a person last checked this figure against its source. */
  readonly reviewed: IsoDate;
  /** Set on purpose for an old figure kept for the record, so the staleness check lets it pass. */
  readonly archival?: boolean;
  /**
   * What the figure counts, as a key shared by figures that count the same thing in different years
   * (e.g. `runaways-likely-victims`); the newest of them is the default.
   */
  readonly measures: string;
}

/** A built-in figure with its review record. */
export type ReviewedFact = BuiltInFact & FactReview;

/** The day every figure below was last checked against its source document (shared/CONTENT.md section 1). */
const REVIEWED = '2026-11-22';

const reviews = {
  'reports-2021': {
    // Reports NCMEC received; the 2019 and 2015 counts measure other things (shared, assisted with).
    measures: 'reports-received',
    reviewed: REVIEWED,
  },
  'every-state-2021': {
    measures: 'where-reports-come-from',
    reviewed: REVIEWED,
  },
  'runaways-2021': {
    measures: 'runaways-likely-victims',
    reviewed: REVIEWED,
  },
  'child-welfare-runaways-2021': {
    measures: 'child-welfare-runaways-likely-victims',
    reviewed: REVIEWED,
  },
  'missing-entries-2022': {
    measures: 'missing-children-entries',
    reviewed: REVIEWED,
  },
  'reports-2019': {
    // Reports received and shared with law enforcement (the 2020 letter): not the same count as 2021's.
    measures: 'reports-shared-with-law-enforcement',
    reviewed: REVIEWED,
    archival: true,
  },
  'runaways-2019': {
    measures: 'runaways-likely-victims',
    reviewed: REVIEWED,
    archival: true,
  },
  'average-age-2019': {
    measures: 'average-age-of-victims',
    reviewed: REVIEWED,
    archival: true,
  },
  'reports-2015': {
    // Reports NCMEC assisted with: a third measure, never shown as a trend with the others.
    measures: 'reports-assisted-with',
    reviewed: REVIEWED,
    archival: true,
  },
  'runaways-2015': {
    measures: 'runaways-likely-victims',
    reviewed: REVIEWED,
    archival: true,
  },
  'likely-victims-in-care-2015': {
    measures: 'likely-victims-who-were-in-care',
    reviewed: REVIEWED,
    archival: true,
  },
  'average-age-2015': {
    measures: 'average-age-of-victims',
    reviewed: REVIEWED,
    archival: true,
  },
  'boys-2015': {
    measures: 'share-of-victims-who-are-boys',
    reviewed: REVIEWED,
    archival: true,
  },
  'children-exploited-estimate': {
    measures: 'children-commercially-sexually-exploited-per-year',
    reviewed: REVIEWED,
    archival: true,
  },
} satisfies Record<FactId, FactReview>;

/** Every built-in figure with its review record, newest data first (the order of `allFacts()`). */
export function reviewedFacts(): ReviewedFact[] {
  return allFacts().map((fact) => ({ ...fact, ...reviews[fact.id] }));
}

/** The review record of one built-in figure. */
export function factReview(id: FactId): FactReview {
  return reviews[id];
}
