/**
 * What a person chooses on the print page (kind, paper, region, languages, audience, figure, local contact) and
 * what follows from it before anything is drawn: the paper's size, the code's target, the numbers every strip and
 * card repeats. From `src/content/`, through the same functions the elements use.
 */
import { factById, type BuiltInFact } from '../content/facts.js';
import type { Hotline, HotlineAudience, HotlineChannel } from '../content/hotlines.js';
import type { LocaleCode } from '../content/locales/index.js';
import { hotlinesFor } from '../content/region-help.js';
import type { RegionCode } from '../content/regions.js';
import type { AcceptedLocalContact } from '../core/local-contact.js';

export const PRINT_KINDS = ['poster', 'flyer', 'cards'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export const PAPERS = ['letter', 'a4'] as const;
export type Paper = (typeof PAPERS)[number];

/** Paper sizes and the margin every kind prints with, in millimetres. */
export const PAPER_SIZES: Readonly<Record<Paper, { width: number; height: number; css: string }>> = {
  letter: { width: 215.9, height: 279.4, css: 'letter' },
  a4: { width: 210, height: 297, css: 'A4' },
};
export const PAGE_MARGIN_MM = 12;

/** Wallet cards: the size of a bank card's neighbour, 85 x 55 mm, two across and four down on either paper. */
export const CARD_COLUMNS = 2;
export const CARD_ROWS = 4;
export const TEAR_OFF_STRIPS = 8;

/** A partner's contact, already judged by `classifyLocalContact`: accepted, or refused and so printed as text. */
export interface PrintLocalContact {
  readonly name: string;
  readonly detail: string;
  readonly link: AcceptedLocalContact | null;
  /** What the partner typed, shown as plain text when the link was refused. */
  readonly rawAddress: string;
}

export interface PrintOptions {
  readonly kind: PrintKind;
  readonly region: RegionCode;
  /** One or two languages, side by side in that order. */
  readonly languages: readonly LocaleCode[];
  readonly audience: HotlineAudience;
  readonly paper: Paper;
  /** A built-in figure's id, or null for none. */
  readonly fact: string | null;
  readonly localContact: PrintLocalContact | null;
}

/** What the code encodes and what is printed beside it. */
export interface QrTarget {
  readonly hotline: Hotline;
  readonly channel: HotlineChannel;
  /** The text inside the code: the web page's URL, or for young people the text line's `sms:` address. */
  readonly data: string;
}

/**
 * The code's target: for young people the first text line among the region's lines (a text is quieter than a call
 * when someone may be listening), else the first website; a region with neither gets no code.
 */
export function qrTarget(region: RegionCode, audience: HotlineAudience): QrTarget | null {
  const shown = hotlinesFor(region, audience).filter((hotline) => !hotline.emergency);
  const first = (kind: HotlineChannel['kind']) => {
    for (const hotline of shown) {
      const channel = hotline.channels.find((each) => each.kind === kind);
      if (channel) return { hotline, channel, data: channel.href };
    }
    return null;
  };
  return (audience === 'youth' ? first('text') : null) ?? first('web');
}

/** The number on every tear-off strip and wallet card: the first line's call channel and the first text line. */
export function keyChannels(region: RegionCode, audience: HotlineAudience) {
  const shown = hotlinesFor(region, audience);
  const lines = shown.filter((hotline) => !hotline.emergency);
  const main = lines[0];
  const call = main.channels.find((channel) => channel.kind === 'call');
  const textLine = lines.flatMap((hotline) => hotline.channels).find((channel) => channel.kind === 'text');
  const web = main.channels.find((channel) => channel.kind === 'web');
  const emergency = shown.find((hotline) => hotline.emergency);
  return { main, call, second: textLine ?? web, emergency };
}

export function factOf(options: PrintOptions): BuiltInFact | undefined {
  return options.fact ? factById(options.fact) : undefined;
}
