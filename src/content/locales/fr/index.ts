import type { Messages } from '../index.js';
import { common } from './common.js';
import { facts } from './facts.js';
import { factCard } from './fact-card.js';
import { explainer } from './explainer.js';
import { signs } from './signs.js';
import { hotlines } from './hotlines.js';
import { quickExit } from './quick-exit.js';
import { print } from './print.js';

/**
 * French for Canada first (Quebec usage): natural, plain French, written for the reader, not word for word.
 * Adults are addressed as "vous", a young reader as "tu". "Traite", "exploitation sexuelle", "victime",
 * "trafiquant", "acheteur": never words that blame a child.
 */
export const fr: Messages = {
  common,
  facts,
  factCard,
  explainer,
  signs,
  hotlines,
  quickExit,
  print,
};
