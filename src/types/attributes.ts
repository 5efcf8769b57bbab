/**
 * What each element accepts, typed by its allowed values, for the framework typings (`awareness-widgets/react`,
 * `awareness-widgets/preact`, `awareness-widgets/vue`). The values come from the content's own lists, so a new
 * region, hotline, figure, topic, set or audience is typed as soon as it is added there. Values are written as the
 * elements document them (regions in capitals, everything else in lower case); the elements also accept other
 * cases at run time.
 *
 * The lists that live inside an element and are not exported (positions, the card's variants, heading levels) are
 * written out here; test/manifest.test.ts reads the same lists from the elements' code and fails if they differ.
 */
import type { FactId } from '../content/facts.js';
import type { HotlineAudience, HotlineId } from '../content/hotlines.js';
import type { RegionCode } from '../content/regions.js';
import type { SignAudience, SignSetId } from '../content/signs.js';
import type { FactTopic } from '../content/types.js';
import type { ThemeName } from '../core/awareness-element.js';
import type { AwarenessEventMap } from '../core/event-map.js';

export type { AwarenessEventMap, FactId, FactTopic, HotlineAudience, HotlineId, RegionCode, ThemeName };
export type { SignAudience, SignSetId };

/** Other spellings `region` accepts (the keys of `REGION_ALIASES` in src/content/regions.ts). */
export type RegionAlias = 'UK';

/** A number written as a string, as an attribute holds it (`"30"`). */
export type NumericString = `${number}`;

/** Every element: its colour scheme. */
export interface CommonAttributes {
  /** `light`, `dark`, or `auto` (follows the reader's system setting). */
  theme?: ThemeName;
}

export interface FactCardAttributes extends CommonAttributes {
  /** The id of one built-in fact. */
  fact?: FactId;
  /** Shows the newest fact of a topic, or rotates through it. */
  topic?: FactTopic;
  /** Cycles through the facts, with pause, previous and next. */
  rotate?: boolean;
  /** Seconds each fact stays when rotating (4 to 60). */
  interval?: number | NumericString;
  /** `full` (default) or `compact`. */
  variant?: 'full' | 'compact';
}

/** One or more hotline ids, comma-separated, shown in that order (`"ncmec,us-emergency"`). */
export type HotlineList = HotlineId | `${HotlineId},${string}`;

export interface HotlineBannerAttributes extends CommonAttributes {
  /** One or more built-in hotline ids, comma-separated. Default: the region's set. */
  hotline?: HotlineList;
  /** The country whose lines to show. */
  region?: RegionCode | RegionAlias;
  /** `public` (default) speaks to adults; `youth` to the young person who may need help. */
  audience?: HotlineAudience;
  /** `inline` (default), `top` or `bottom`. */
  position?: 'inline' | 'top' | 'bottom';
  /** Shows a close button. */
  dismissible?: boolean;
  /** Days to remember a dismissal on this device; an empty string means 30. A string, as the attribute holds it. */
  remember?: '' | NumericString;
  /** Adds a quick exit; the value, if any, is the neutral site to leave for. */
  'quick-exit'?: boolean | string;
}

export interface QuickExitAttributes extends CommonAttributes {
  /** The neutral site to leave for (http or https; relative URLs are fine). */
  href?: string;
  /** `inline` (default) or `fixed` (pinned to the top-end corner of the window). */
  position?: 'inline' | 'fixed';
}

/** The explainer's heading level: 2 to 6. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface IndicatorExplainerAttributes extends CommonAttributes {
  /** Which set of signs to show. */
  set?: SignSetId;
  /** Who is reading: `parent` (default), `educator` or `youth`. */
  audience?: SignAudience;
  /** The country whose steps to show. */
  region?: RegionCode | RegionAlias;
  /** Start with every item open. */
  open?: boolean;
  /** The level of the explainer's heading, 2 to 6 (default 2). */
  'heading-level'?: HeadingLevel | `${HeadingLevel}`;
}

/** The `aw-*` events each element sends. */
export interface FactCardEvents {
  'aw-fact-change': AwarenessEventMap['aw-fact-change'];
}
export interface HotlineBannerEvents {
  'aw-contact': AwarenessEventMap['aw-contact'];
  'aw-dismiss': AwarenessEventMap['aw-dismiss'];
  'aw-exit': AwarenessEventMap['aw-exit'];
}
export interface QuickExitEvents {
  'aw-exit': AwarenessEventMap['aw-exit'];
}
export interface IndicatorExplainerEvents {
  'aw-contact': AwarenessEventMap['aw-contact'];
  'aw-toggle': AwarenessEventMap['aw-toggle'];
}

/** Each tag's attributes and events, for the framework typings to map over. */
export interface AwarenessElements {
  'aw-fact-card': { attributes: FactCardAttributes; events: FactCardEvents };
  'aw-hotline-banner': { attributes: HotlineBannerAttributes; events: HotlineBannerEvents };
  'aw-quick-exit': { attributes: QuickExitAttributes; events: QuickExitEvents };
  'aw-indicator-explainer': { attributes: IndicatorExplainerAttributes; events: IndicatorExplainerEvents };
}

/** `onaw-contact` and so on: React 19 and Preact add a listener for each `on<event>` prop of a custom element. */
export type OnEventProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};
