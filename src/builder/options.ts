/**
 * From a filled-in form (`Choices`) to what the snippet says: the element, its attributes in the order they are
 * written, its brand colours, and the partner's own contacts. Pure, so the page and the tests read it the same way.
 */
import type { LocaleCode } from '../content/locales/index.js';
import { REGION_LANGUAGES, regionCode, type RegionCode } from '../content/regions.js';
import type { Choices, ElementTag } from './choices.js';
import { judgeContacts } from './contacts.js';
import { EMBEDDABLE, type LocalContactEntry } from './iframe-url.js';

/** An attribute as written: `[name, value]`, or `[name, true]` for a flag with no value. */
export type Attribute = readonly [string, string | true];

export interface BuilderOptions {
  readonly tag: ElementTag;
  readonly attributes: readonly Attribute[];
  /** Custom properties on the element's `style`. */
  readonly styles: readonly (readonly [string, string])[];
  /** A quick exit written before the element (fact card and explainer). */
  readonly addQuickExit: boolean;
  /** The partner's own contacts that were accepted (banner and explainer). */
  readonly contacts: readonly LocalContactEntry[];
  /** One message per contact row, `''` for a row that is fine or empty. */
  readonly contactMessages: readonly string[];
}

/** True when the element shows the partner's own contacts. */
export const takesLocalContacts = (tag: ElementTag) => !!EMBEDDABLE[tag.replace(/^aw-/, '')]?.localContacts;

export function optionsFrom(choices: Choices): BuilderOptions {
  const { tag } = choices;
  const attributes: Attribute[] = [];
  // A value equal to the element's default is left out, so the pasted code says only what was chosen. The region
  // and the set are always written: a reader of the code should not have to know the defaults to see them.
  const add = (name: string, value: string | boolean, elementDefault?: string) => {
    if (value === '' || value === false || value === elementDefault) return;
    attributes.push([name, value]);
  };
  if (tag === 'aw-hotline-banner') {
    add('region', choices.region);
    add('audience', choices.bannerAudience, 'public');
    add('position', choices.bannerPosition, 'inline');
    add('dismissible', choices.dismissible);
    add('quick-exit', choices.bannerQuickExit);
  } else if (tag === 'aw-fact-card') {
    if (choices.chooseBy === 'fact') add('fact', choices.fact);
    if (choices.chooseBy === 'topic') {
      add('topic', choices.topic);
      add('rotate', choices.rotate);
      if (choices.rotate) add('interval', choices.interval.trim());
    }
    add('variant', choices.variant, 'full');
  } else if (tag === 'aw-indicator-explainer') {
    add('region', choices.region);
    add('set', choices.set);
    add('audience', choices.explainerAudience, 'parent');
    add('open', choices.open);
    add('heading-level', choices.headingLevel);
  } else {
    add('href', choices.href.trim());
    add('position', choices.exitPosition, 'inline');
  }
  add('lang', choices.lang);
  add('theme', choices.theme);
  const styles: [string, string][] = choices.brand
    ? [
        ['--aw-accent-color', choices.brand.accent],
        ['--aw-background-color', choices.brand.background],
        ['--aw-text-color', choices.brand.text],
      ]
    : [];
  const judged = takesLocalContacts(tag) ? judgeContacts(choices.contacts) : { contacts: [], messages: [] };
  return {
    tag,
    attributes,
    styles,
    addQuickExit: (tag === 'aw-fact-card' || tag === 'aw-indicator-explainer') && choices.addQuickExit,
    contacts: judged.contacts,
    contactMessages: judged.messages,
  };
}

/** The value of one attribute as written (`''` for a flag), or undefined when it is not written. */
export function attributeValue(options: BuilderOptions, name: string): string | undefined {
  const found = options.attributes.find(([each]) => each === name);
  return found ? (found[1] === true ? '' : found[1]) : undefined;
}

/** The region as the elements read it: `UK` → `GB`; one without built-in lines → null (no foreign number). */
export function regionOf(options: BuilderOptions): RegionCode | null | undefined {
  const region = attributeValue(options, 'region');
  return region ? regionCode(region) : undefined;
}

/**
 * The language the pasted element will speak when the page says nothing else: the one chosen, else the region's
 * own (Mexico: Spanish), else English. A page whose own `lang` differs gets its words only with that file added.
 */
export function spokenLanguage(options: BuilderOptions): LocaleCode {
  const lang = attributeValue(options, 'lang') as LocaleCode | undefined;
  if (lang) return lang;
  const region = regionOf(options);
  return (region && REGION_LANGUAGES[region]) || 'en';
}
