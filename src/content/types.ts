/**
 * The shapes of built-in content. They are strict on purpose: a fact without a citation, or a citation without the
 * year of its data, does not compile.
 */

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`;

/** An organisation as a citation names it: in full, and short for tight spaces. */
export interface Organisation {
  /** e.g. "National Center for Missing & Exploited Children". */
  readonly organisation: string;
  /** e.g. "NCMEC". */
  readonly shortName: string;
}

/** A document the library draws from. */
export interface Source {
  /** Who published it, e.g. "National Center for Missing & Exploited Children". */
  readonly organisation: string;
  /** A short form of the organisation's name for tight spaces, e.g. "NCMEC". */
  readonly shortName: string;
  /** The document's title as published. */
  readonly title: string;
  /** Where the document can be read, when a link is known. */
  readonly url?: string;
  /**
   * When a person last read this page to check what the library says from it, and how: the `live` page, or a
   * `stored copy` of it (an archive or a search index). Every source of a number added from December 2026 has it.
   */
  readonly checked?: { readonly on: IsoDate; readonly seen: 'live' | 'stored copy' };
}

/** Where a figure comes from and which year its data describe. */
export interface Citation {
  readonly source: Source;
  /**
   * Who the figure comes from, when the library read it in another organisation's document (`source`): the card
   * then says "NCMEC, as cited in" that document, as the 100,000 estimate is quoted by an advocacy brief.
   */
  readonly citedFrom?: Organisation;
  /** The year the data describe (not the year of publication); `'undated'` only where the source gives none. */
  readonly dataYear: number | 'undated';
}

/**
 * What a fact is about; `<aw-fact-card topic="...">` picks from these. `scale`: how many reports, where, how many
 * children; `runaways`: children who ran away; `foster-care`: children in foster or other child welfare care;
 * `age`: how old victims are; `boys`: boys as victims; `missing`: missing children in general. Whether a figure is
 * an estimate is a property of the fact (`estimate`), not a topic.
 */
export const FACT_TOPICS = ['scale', 'runaways', 'foster-care', 'age', 'boys', 'missing'] as const;
export type FactTopic = (typeof FACT_TOPICS)[number];

/** A built-in figure, language-neutral; its words live in each locale's `facts` table under the same id. */
export interface Fact {
  readonly id: string;
  readonly topics: readonly FactTopic[];
  readonly citation: Citation;
  /** True when the source itself calls the figure an estimate; the card then says so. Absent: not an estimate. */
  readonly estimate?: boolean;
  /**
   * True for the figures a card rotating without a topic shows: the newest data of a measure about child sex
   * trafficking itself. Archival figures, the undated estimate and the count of every missing-child entry stay out.
   */
  readonly current?: boolean;
}

/** A fact's words in one language. */
export interface FactText {
  /** The figure as it is shown large, e.g. "More than 17,200". */
  readonly figure: string;
  /** One plain sentence that says what the figure counts and names the year of the data. */
  readonly sentence: string;
}
