import { common } from './common.js';
import { facts } from './facts.js';
import { factCard } from './fact-card.js';
import { explainer } from './explainer.js';
import { signs } from './signs.js';
import { hotlines } from './hotlines.js';
import { quickExit } from './quick-exit.js';
import { print } from './print.js';

/**
 * Every English string and every piece of English content. The shape of this object is the `Messages` type that
 * every other locale must fill, so a missing Spanish string is a compile error, not a blank on the page.
 */
export const en = {
  common,
  facts,
  factCard,
  explainer,
  signs,
  hotlines,
  quickExit,
  print,
};
