import type { Messages } from '../index.js';
import { common } from './common.js';
import { facts } from './facts.js';
import { factCard } from './fact-card.js';
import { explainer } from './explainer.js';
import { signs } from './signs.js';
import { hotlines } from './hotlines.js';
import { quickExit } from './quick-exit.js';
import { print } from './print.js';

/** Spanish for families in the United States: natural, plain Spanish, written for the reader, not word for word. */
export const es: Messages = {
  common,
  facts,
  factCard,
  explainer,
  signs,
  hotlines,
  quickExit,
  print,
};
