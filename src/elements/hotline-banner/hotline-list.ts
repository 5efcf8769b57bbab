import { html, nothing } from 'lit';
import {
  contactText,
  emergencyText,
  type Hotline,
  type HotlineAudience,
  type HotlineChannel,
} from '../../content/hotlines.js';
import type { Messages } from '../../content/locales/index.js';
import { contactLink } from '../../core/contact-link.js';
import { canCopy } from './copy-number.js';

// Each takes the banner (which hears each link's `aw-contact`), its words and its reader; a channel also the banner's
// Copy action, which copies a number and announces it.
type Words = Messages['hotlines'];
type Copy = (number: string) => void;

function renderChannel(
  host: EventTarget,
  words: Words,
  audience: HotlineAudience,
  hotline: Hotline,
  channel: HotlineChannel,
  copy: Copy,
) {
  const { action, number } = contactText(channel, words, audience);
  const shown = channel.vanity
    ? // Two pieces that each stay whole, so the long vanity form can wrap between them on a narrow phone.
      html`<span class="number">${channel.vanity}</span> <span class="number">(${channel.display})</span>`
    : html`<span class="${channel.kind === 'web' ? 'address' : 'number'}">${number}</span>`;
  return html`<li class="channel ${channel.kind}">
    ${contactLink(host, hotline.id, channel, 'contact', html`<span class="action">${action}</span> ${shown}`)}${
      canCopy(channel)
        ? html`<button
            type="button"
            class="copy"
            part="copy-button"
            aria-label=${words.copyLabel(channel.display)}
            @click=${() => copy(channel.display)}
          >
            ${words.copy}
          </button>`
        : nothing
    }
  </li>`;
}

/**
 * One hotline: its name, what it is for and every way to reach it. A young reader sees the ways to reach it first,
 * then what happens; hours and languages follow where the source states them.
 */
export function renderHotline(
  host: EventTarget,
  words: Words,
  audience: HotlineAudience,
  hotline: Hotline,
  copy: Copy,
) {
  const entry = words.entries[hotline.id];
  const youth = audience === 'youth';
  const purpose = html`<p class="purpose">${youth ? entry.youthPurpose : entry.purpose}</p>`;
  const channels = html`<ul class="channels">
    ${hotline.channels.map((channel) => renderChannel(host, words, audience, hotline, channel, copy))}
  </ul>`;
  const meta = [hotline.hours && words.hours[hotline.hours], hotline.languages && words.manyLanguages]
    .filter(Boolean)
    .join(' ');
  return html`<li class="hotline" part="hotline" data-hotline=${hotline.id}>
    <p class="name">${entry.name}</p>
    ${youth ? html`${channels}${purpose}` : html`${purpose}${channels}`}
    ${meta ? html`<p class="meta">${meta}</p>` : nothing}
  </li>`;
}

/** The emergency number, as one short line ("In an emergency, call 911"). */
export function renderEmergency(
  host: EventTarget,
  words: Words,
  audience: HotlineAudience,
  hotline: Hotline,
) {
  const { action, number } = emergencyText(hotline, words, audience);
  return html`<li class="emergency" part="emergency" data-hotline=${hotline.id}>
    ${contactLink(
      host,
      hotline.id,
      hotline.channels[0],
      'contact',
      html`<span class="action">${action}</span> <span class="number">${number}</span>`,
    )}
  </li>`;
}
