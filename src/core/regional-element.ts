import type { PropertyDeclarations } from 'lit';
import { helpFor, type RegionHelp } from '../content/region-help.js';
import type { LocaleCode } from '../content/locales/index.js';
import { REGION_LANGUAGES, type RegionCode } from '../content/regions.js';
import { readRegion } from './attributes.js';
import { AwarenessElement } from './awareness-element.js';

/**
 * An element that serves a country: the banner and the explainer. It takes `region` (else the script tag's
 * `data-region`, else the U.S.), gives its subclass what that region shows (`help`), and speaks the region's
 * language when nothing nearer names one (Mexico: Spanish). Elements that serve no region do not bundle this.
 */
export class RegionalElement extends AwarenessElement {
  // Lit adds the base class's properties (`theme`) itself.
  static override properties: PropertyDeclarations = { region: {} };

  /**
   * The country whose lines and steps to show, as an ISO code from `src/content/regions.ts` (`US`, `GB`; `UK`
   * also works; the README lists them). Default: the script tag's `data-region`, else `US`. A country without
   * built-in lines gets no foreign number: "call the emergency number where you live" and a directory of child
   * helplines.
   */
  region?: string;

  /** The region in force, or null for one the library does not cover (one warning says so). */
  get #region(): RegionCode | null {
    return readRegion(this, this.region);
  }

  /** What the region in force shows: the banner's lines, the explainer's steps and contacts, or the uncovered answer. */
  protected get help(): RegionHelp {
    return helpFor(this.#region);
  }

  protected override get regionLanguage(): LocaleCode | undefined {
    const region = this.#region;
    return region ? REGION_LANGUAGES[region] : undefined;
  }
}
