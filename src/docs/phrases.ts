/**
 * Short pieces of the docs' own sentences that state content: which languages, regions, topics, sets and audiences
 * exist, which figure a card shows by default, how a number with letters is shown. Each comes from src/content, so the
 * prose cannot fall behind when a region, a set or a figure is added. Each writes into an element a page marks with
 * `data-fill="<name>"`; the page's own text inside it is what shows before the script runs.
 */
import { builtInLocales } from '../content/locales/all.js';
import { DEFAULT_LOCALE } from '../content/locales/index.js';
import { DEFAULT_TOPIC, defaultFact } from '../content/facts.js';
import { HOTLINE_IDS, hotlines } from '../content/hotlines.js';
import { hotlinesFor } from '../content/region-help.js';
import { DEFAULT_REGION, REGION_CODES } from '../content/regions.js';
import { DEFAULT_SIGN_AUDIENCE, DEFAULT_SIGN_SET, SIGN_AUDIENCES, SIGN_SETS } from '../content/signs.js';
import { FACT_TOPICS } from '../content/types.js';
import { code, codeList, h, type Child } from './dom.js';
import { languageList } from './locales.js';

// The docs' own words are English; so are the content words they quote.
const english = builtInLocales[DEFAULT_LOCALE];

/** The default card's figure: its topic, its id, its figure and the year of its data. */
function defaultFactPhrase(): Child[] {
  const fact = defaultFact();
  const year = fact.citation.dataYear;
  return [
    'the newest figure on the topic ',
    code(DEFAULT_TOPIC),
    ', now ',
    code(fact.id),
    `: “${english.facts[fact.id].figure}” (${year === 'undated' ? english.common.undated : english.common.dataYear(year)}).`,
  ];
}

/** Every set the explainer offers, with its title, the default marked. */
function signSetItems(): HTMLElement[] {
  return SIGN_SETS.map((set) =>
    h(
      'li',
      {},
      code(`set="${set}"`),
      set === DEFAULT_SIGN_SET ? ' (default)' : '',
      `: ${english.signs.sets[set].title}.`,
    ),
  );
}

/** The first number the library shows with letters, as it shows it: always with its digits. */
function vanityExample(): string {
  const channel = HOTLINE_IDS.flatMap((id) => hotlines[id].channels).find((each) => each.vanity);
  return channel ? `${channel.vanity} (${channel.display})` : '';
}

/** What the Copy button says, for the first number of the default region's banner. */
function copiedExample(): string {
  const call = hotlinesFor(DEFAULT_REGION)
    .flatMap((hotline) => hotline.channels)
    .find((channel) => channel.kind === 'call');
  return call ? `“${english.hotlines.copied(call.display)}”` : '';
}

export const phrases: Readonly<Record<string, () => Child>> = {
  languages: languageList,
  'region-codes': () => codeList(REGION_CODES, DEFAULT_REGION),
  'fact-topics': () => codeList(FACT_TOPICS, DEFAULT_TOPIC),
  'default-fact': defaultFactPhrase,
  'sign-sets': signSetItems,
  'sign-audiences': () => codeList(SIGN_AUDIENCES, DEFAULT_SIGN_AUDIENCE),
  'vanity-example': vanityExample,
  'copied-example': copiedExample,
};
