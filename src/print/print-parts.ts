/**
 * The pieces every kind of sheet is made of, in one language: a hotline with its channels, a figure with its
 * citation, the date the numbers were checked, a partner's contact, the scannable code.
 */
import { html, nothing } from 'lit';
import { citedFromText, type BuiltInFact } from '../content/facts.js';
import {
  contactText,
  emergencyText,
  type Hotline,
  type HotlineAudience,
  type HotlineChannel,
} from '../content/hotlines.js';
import { reviewedHotlines } from '../content/hotline-reviews.js';
import { builtInLocales } from '../content/locales/all.js';
import type { LocaleCode } from '../content/locales/index.js';
import { formatDate } from '../core/intl.js';
import type { PrintLocalContact, QrTarget } from './print-options.js';
import { qrDrawing } from './qr.js';

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

export function renderHotline(hotline: Hotline, locale: LocaleCode, audience: HotlineAudience) {
  const words = builtInLocales[locale].hotlines;
  if (hotline.emergency) {
    const { action, number } = emergencyText(hotline, words, audience);
    return html`<li class="hotline emergency" data-hotline=${hotline.id}>
      <span class="action">${action}</span>
      <span class="number">${number}</span>
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
export function renderFact(fact: BuiltInFact, locale: LocaleCode, audience: HotlineAudience) {
  const messages = builtInLocales[locale];
  const text = messages.facts[fact.id];
  const { source, dataYear } = fact.citation;
  return html`<div class="fact" data-fact=${fact.id}>
    <p class="figure">${text.figure}</p>
    ${fact.estimate ? html`<p class="estimate">${messages.common.estimate}</p>` : nothing}
    <p class="sentence">${text.sentence}</p>
    <p class="citation">
      ${messages.common.source}: ${citedFromText(fact.citation, messages.common)}${source.organisation},
      <cite>${source.title}</cite>,
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
export function checkedLine(hotlines: readonly Hotline[], locale: LocaleCode, audience: HotlineAudience) {
  const oldest = hotlines.map((hotline) => reviewedHotlines[hotline.id].verified).sort()[0];
  return html`<p class="checked">
    ${builtInLocales[locale].print[audience].checked(formatDate(locale, oldest))}
  </p>`;
}

export function renderLocal(contact: PrintLocalContact, locale: LocaleCode, audience: HotlineAudience) {
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

/**
 * A web address that may break only after a dot or a slash (`humantraffickinghotline.` / `org`), never inside a
 * word: a reader copies it by hand from paper.
 */
export function breakableAddress(address: string) {
  return address.split(/(?<=[./])/).map((part, index) => (index ? html`<wbr />${part}` : part));
}

export function renderQr(target: QrTarget, locale: LocaleCode, audience: HotlineAudience) {
  const words = builtInLocales[locale].print[audience];
  const hotlineWords = builtInLocales[locale].hotlines;
  const { action, number } = contactText(target.channel, hotlineWords, audience);
  const text = target.channel.kind === 'text';
  return html`<div class="qr-block">
    ${qrDrawing(target.data, `${text ? words.scanText : words.scanWeb} ${action} ${number}`)}
    <div class="qr-words">
      <p class="qr-hint">${text ? words.scanText : words.scanWeb}</p>
      <p class="qr-address">${text ? `${action} ${number}` : breakableAddress(target.channel.display)}</p>
      <p class="qr-name">${hotlineWords.entries[target.hotline.id].name}</p>
    </div>
  </div>`;
}
