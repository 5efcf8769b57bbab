import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The highest Flesch–Kincaid grade the project's English may read at (plain English, grade 8 or lower). */
export const MAXIMUM_GRADE = 8;

/** Where a sentence ends: after `.`, `!` or `?` and then… */
const SENTENCE_ENDS = {
  /** …white space and a capital, a digit or an opening `¿ ¡ " “` (or the end): "e.g. this" stays one. */
  'before-capital': /[.!?]+(?=\s+[\p{Lu}\p{N}¿¡"“]|\s*$)/u,
  /** …any white space (or the end). */
  'before-space': /[.!?]+(?=\s|$)/,
} as const;

export interface GradeOptions {
  /** Phrases taken out before measuring, longest first: names a reader must see exactly as published. */
  leaveOut?: readonly string[];
  /** How sentences are told apart; `before-capital` unless said. */
  sentenceEnd?: keyof typeof SENTENCE_ENDS;
}

/**
 * The Flesch–Kincaid grade of an English text. A word is what lies between spaces, without the punctuation at its
 * ends, so curly quotes and dashes on their own are not words; a number is a word of one syllable (a reader sees
 * "17,200", not "seventeen thousand two hundred"); every other word has at least one syllable.
 */
export function readingGrade(text: string, options: GradeOptions = {}): number {
  let plain = text;
  for (const phrase of options.leaveOut ?? []) plain = plain.split(phrase).join(' ');
  const sentence = plain
    .split(SENTENCE_ENDS[options.sentenceEnd ?? 'before-capital'])
    .filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
  const words = plain
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const syllables = words.reduce(
    (sum, word) => sum + (/\p{L}/u.test(word) ? Math.max(1, syllable(word)) : 1),
    0,
  );
  return fleschKincaid({ sentence, word: words.length, syllable: syllables });
}
