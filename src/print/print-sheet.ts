/**
 * What a print kit sheet says, built from `src/content/` through the same functions the elements use
 * (`hotlinesFor`, `contactText`, the locale tables, `formatDate`), so a number or a sentence changed there changes
 * on paper too. This module only decides what goes where; `demo/print.css` lays it out for `@page`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { factById, type BuiltInFact } from '../content/facts.js';
import { contactText, type Hotline, type HotlineAudience, type HotlineChannel } from '../content/hotlines.js';
import { hotlinesFor } from '../content/region-help.js';
import { reviewedHotlines } from '../content/hotline-reviews.js';
import type { RegionCode } from '../content/regions.js';
import type { LocaleCode } from '../content/locales/index.js';
import { formatDate } from '../core/intl.js';
import type { AcceptedLocalContact } from '../core/local-contact.js';
import { builtInLocales } from '../content/locales/all.js';
import { qrDrawing } from './qr.js';

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
function keyChannels(region: RegionCode, audience: HotlineAudience) {
  const shown = hotlinesFor(region, audience);
  const lines = shown.filter((hotline) => !hotline.emergency);
  const main = lines[0];
  const call = main.channels.find((channel) => channel.kind === 'call');
  const textLine = lines.flatMap((hotline) => hotline.channels).find((channel) => channel.kind === 'text');
  const web = main.channels.find((channel) => channel.kind === 'web');
  const emergency = shown.find((hotline) => hotline.emergency);
  return { main, call, second: textLine ?? web, emergency };
}

function factOf(options: PrintOptions): BuiltInFact | undefined {
  return options.fact ? factById(options.fact) : undefined;
}

function renderChannel(channel: HotlineChannel, locale: LocaleCode, audience: HotlineAudience) {
  const { action, number } = contactText(channel, builtInLocales[locale].hotlines, audience);
  const big = channel.kind === 'call' || channel.kind === 'text';
  // A letter form and its digits are two pieces that each stay whole, so the long pair can wrap between them.
  return html`<li class="channel ${channel.kind}">
    <span class="action">${action}</span>
    ${
      channel.vanity
        ? html`<span class="number">${channel.vanity}</span> <span class="number">(${channel.display})</span>`
        : html`<span class=${big ? 'number' : 'address'}>${number}</span>`
    }
  </li>`;
}

function renderHotline(hotline: Hotline, locale: LocaleCode, audience: HotlineAudience) {
  const words = builtInLocales[locale].hotlines;
  if (hotline.emergency) {
    const actions = audience === 'youth' ? words.youthActions : words.actions;
    return html`<li class="hotline emergency" data-hotline=${hotline.id}>
      <span class="action">${actions.emergency}</span>
      <span class="number">${hotline.channels[0].display}</span>
    </li>`;
  }
  const entry = words.entries[hotline.id];
  const meta = [hotline.hours && words.hours[hotline.hours], hotline.languages && words.manyLanguages]
    .filter(Boolean)
    .join(' ');
  return html`<li class="hotline" data-hotline=${hotline.id}>
    <p class="name">${entry.name}</p>
    <p class="purpose">${audience === 'youth' ? entry.youthPurpose : entry.purpose}</p>
    <ul class="channels">
      ${hotline.channels.map((channel) => renderChannel(channel, locale, audience))}
    </ul>
    ${meta ? html`<p class="meta">${meta}</p>` : nothing}
  </li>`;
}

/** A figure as the fact card shows it: the figure, its sentence, and the citation with the year of its data. */
function renderFact(fact: BuiltInFact, locale: LocaleCode, audience: HotlineAudience) {
  const messages = builtInLocales[locale];
  const text = messages.facts[fact.id];
  const { source, dataYear } = fact.citation;
  return html`<div class="fact" data-fact=${fact.id}>
    <p class="figure">${text.figure}</p>
    ${fact.estimate ? html`<p class="estimate">${messages.common.estimate}</p>` : nothing}
    <p class="sentence">${text.sentence}</p>
    <p class="citation">
      ${messages.common.source}: ${source.organisation}, <cite>${source.title}</cite>,
      <span class="year"
        >${dataYear === 'undated' ? messages.common.undated : messages.common.dataYear(dataYear)}</span
      >.${
        source.url
          ? // The space is a binding: the template minifier drops a template's leading white space.
            html`${' '}${builtInLocales[locale].print[audience].sourceAddress}
              <span class="url">${source.url}</span>`
          : nothing
      }
    </p>
  </div>`;
}

/** When the numbers were last checked: the oldest date among the lines on the sheet. */
function checkedLine(hotlines: readonly Hotline[], locale: LocaleCode, audience: HotlineAudience) {
  const oldest = hotlines.map((hotline) => reviewedHotlines[hotline.id].verified).sort()[0];
  return html`<p class="checked">
    ${builtInLocales[locale].print[audience].checked(formatDate(locale, oldest))}
  </p>`;
}

function renderLocal(contact: PrintLocalContact, locale: LocaleCode, audience: HotlineAudience) {
  const words = builtInLocales[locale].print[audience];
  const address = contact.link ? contact.link.address : contact.rawAddress;
  return html`<div class="local" data-local=${contact.link ? 'accepted' : 'refused'}>
    <p class="local-label">${words.localLabel}</p>
    <p class="local-name">${contact.name}</p>
    ${address ? html`<p class="local-address">${address}</p>` : nothing}
    ${contact.detail ? html`<p class="local-detail">${contact.detail}</p>` : nothing}
    <p class="local-note">${words.localNote}</p>
  </div>`;
}

function renderQr(target: QrTarget, locale: LocaleCode, audience: HotlineAudience) {
  const words = builtInLocales[locale].print[audience];
  const hotlineWords = builtInLocales[locale].hotlines;
  const { action, number } = contactText(target.channel, hotlineWords, audience);
  const text = target.channel.kind === 'text';
  return html`<div class="qr-block">
    ${qrDrawing(target.data, `${text ? words.scanText : words.scanWeb} ${action} ${number}`)}
    <div class="qr-words">
      <p class="qr-hint">${text ? words.scanText : words.scanWeb}</p>
      <p class="qr-address">${text ? `${action} ${number}` : target.channel.display}</p>
      <p class="qr-name">${hotlineWords.entries[target.hotline.id].name}</p>
    </div>
  </div>`;
}

/** One language's column of a poster or a flyer's top: the opening words, every line, and the figure. */
function renderColumn(options: PrintOptions, locale: LocaleCode) {
  const words = builtInLocales[locale].hotlines;
  const youth = options.audience === 'youth';
  const shown = hotlinesFor(options.region, options.audience);
  const fact = factOf(options);
  return html`<section class="column" lang=${locale}>
    <h2 class="title">${youth ? words.youthTitle : words.title}</h2>
    <p class="intro">${youth ? words.youthIntro : words.intro}</p>
    <ul class="hotlines">
      ${shown.map((hotline) => renderHotline(hotline, locale, options.audience))}
    </ul>
    ${fact ? renderFact(fact, locale, options.audience) : nothing}
    ${checkedLine(shown, locale, options.audience)}
  </section>`;
}

/** The part every language shares: the code, and the partner's contact (kept in the partner's own words). */
function renderShared(options: PrintOptions) {
  const target = qrTarget(options.region, options.audience);
  const locale = options.languages[0];
  return html`<div class="shared">
    ${target ? renderQr(target, locale, options.audience) : nothing}
    ${options.localContact ? renderLocal(options.localContact, locale, options.audience) : nothing}
  </div>`;
}

function renderPoster(options: PrintOptions) {
  return html`<div class="columns count-${options.languages.length}">
      ${options.languages.map((locale) => renderColumn(options, locale))}
    </div>
    ${renderShared(options)}`;
}

/** A tear-off strip's lines: the first line's number and the text line (or its website where it has none). */
function stripLines(options: PrintOptions, locale: LocaleCode) {
  const words = builtInLocales[locale].hotlines;
  const { main, call, second } = keyChannels(options.region, options.audience);
  const line = (channel: HotlineChannel | undefined) => {
    if (!channel) return nothing;
    const { action, number } = contactText(channel, words, options.audience);
    return html`<span class="strip-line ${channel.kind}"
      ><span class="action">${action}</span> <span class="number">${number}</span></span
    >`;
  };
  return html`<span class="strip-name">${words.entries[main.id].name}</span>${line(call)}${line(second)}`;
}

function renderFlyer(options: PrintOptions) {
  const strips = Array.from({ length: TEAR_OFF_STRIPS }, (_, index) => {
    const locale = options.languages[index % options.languages.length];
    return html`<li class="strip" lang=${locale}>${stripLines(options, locale)}</li>`;
  });
  return html`${renderPoster(options)}
    <ul class="strips">
      ${strips}
    </ul>`;
}

/** One wallet card: the opening words, the main number, the text line, the emergency number and the code. */
function renderCard(options: PrintOptions, locale: LocaleCode): TemplateResult {
  const words = builtInLocales[locale].hotlines;
  const youth = options.audience === 'youth';
  const { main, call, second, emergency } = keyChannels(options.region, options.audience);
  const actions = youth ? words.youthActions : words.actions;
  const target = qrTarget(options.region, options.audience);
  const line = (channel: HotlineChannel | undefined) => {
    if (!channel) return nothing;
    const { action, number } = contactText(channel, words, options.audience);
    return html`<p class="card-line ${channel.kind}">
      <span class="action">${action}</span> <span class="number">${number}</span>
    </p>`;
  };
  const local = options.localContact;
  return html`<li class="card" lang=${locale}>
    <div class="card-text">
      <p class="card-title">${youth ? words.youthTitle : words.title}</p>
      <p class="card-name">${words.entries[main.id].name}</p>
      ${line(call)} ${line(second)}
      ${
        emergency
          ? html`<p class="card-line emergency">
              <span class="action">${actions.emergency}</span>
              <span class="number">${emergency.channels[0].display}</span>
            </p>`
          : nothing
      }
      ${
        local
          ? html`<p class="card-local">
              ${builtInLocales[locale].print[options.audience].localLabel}: ${local.name}
              ${local.link ? local.link.address : local.rawAddress}
            </p>`
          : nothing
      }
      ${checkedLine(hotlinesFor(options.region, options.audience), locale, options.audience)}
    </div>
    ${
      target
        ? html`<div class="card-qr">
            ${qrDrawing(target.data, `${target.channel.display}`)}
            <p class="qr-address">${target.channel.display}</p>
          </div>`
        : nothing
    }
    <svg class="crop-marks" viewBox="0 0 91 61" aria-hidden="true" focusable="false">
      <path
        d="M0 3h2.5M3 0v2.5M88.5 3h2.5M88 0v2.5M0 58h2.5M3 58.5v2.5M88.5 58h2.5M88 58.5v2.5"
        stroke="#000"
        stroke-width="0.2"
      ></path>
    </svg>
  </li>`;
}

function renderCards(options: PrintOptions) {
  const cards = Array.from({ length: CARD_COLUMNS * CARD_ROWS }, (_, index) =>
    // Two languages alternate by row, so each language fills whole rows.
    renderCard(options, options.languages[Math.floor(index / CARD_COLUMNS) % options.languages.length]),
  );
  return html`<ul class="card-grid">
    ${cards}
  </ul>`;
}

/** The whole sheet for these options. */
export function renderSheet(options: PrintOptions): TemplateResult {
  if (options.kind === 'cards') return renderCards(options);
  if (options.kind === 'flyer') return renderFlyer(options);
  return renderPoster(options);
}
