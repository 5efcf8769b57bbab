/**
 * What a print kit sheet says, built from `src/content/` through the same functions the elements use
 * (`hotlinesFor`, `contactText`, the locale tables, `formatDate`), so a number or a sentence changed there changes
 * on paper too. This module only decides what goes where (poster, tear-off flyer, wallet cards); the pieces are in
 * `print-parts.ts`, the choices in `print-options.ts`, and `demo/print.css` lays it out for `@page`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { hotlinesFor } from '../content/region-help.js';
import { builtInLocales } from '../content/locales/all.js';
import type { LocaleCode } from '../content/locales/index.js';
import {
  CARD_COLUMNS,
  CARD_ROWS,
  factOf,
  keyChannels,
  qrTarget,
  TEAR_OFF_STRIPS,
  type PrintOptions,
} from './print-options.js';
import { contactText, emergencyText, type HotlineChannel } from '../content/hotlines.js';
import {
  breakableAddress,
  checkedLine,
  renderFact,
  renderHotline,
  renderLocal,
  renderQr,
} from './print-parts.js';
import { qrDrawing } from './qr.js';

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
  const target = qrTarget(options.region, options.audience);
  const line = (kind: string, { action, number }: { action: string; number: string }) =>
    html`<p class="card-line ${kind}">
      <span class="action">${action}</span> <span class="number">${number}</span>
    </p>`;
  const channelLine = (channel: HotlineChannel | undefined) =>
    channel ? line(channel.kind, contactText(channel, words, options.audience)) : nothing;
  const local = options.localContact;
  return html`<li class="card" lang=${locale}>
    <div class="card-text">
      <p class="card-title">${youth ? words.youthTitle : words.title}</p>
      <p class="card-name">${words.entries[main.id].name}</p>
      ${channelLine(call)} ${channelLine(second)}
      ${emergency ? line('emergency', emergencyText(emergency, words, options.audience)) : nothing}
      ${
        local
          ? html`<p class="card-local">
              ${builtInLocales[locale].print[options.audience].localLabel}: ${local.name}
              ${local.link ? local.link.address : local.rawAddress}
            </p>`
          : nothing
      }
    </div>
    ${target ? html`<div class="card-qr">${qrDrawing(target.data, `${target.channel.display}`)}</div>` : nothing}
    <div class="card-foot">
      ${checkedLine(hotlinesFor(options.region, options.audience), locale, options.audience)}
      ${target ? html`<p class="qr-address">${breakableAddress(target.channel.display)}</p>` : nothing}
    </div>
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
