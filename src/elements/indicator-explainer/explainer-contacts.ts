import { html, type TemplateResult } from 'lit';
import { contactText, emergencyText, hotlines, type HotlineId } from '../../content/hotlines.js';
import type { Messages } from '../../content/locales/index.js';
import { contactLink } from '../../core/contact-link.js';

/**
 * One of the region's contacts under "what to do": a line's name, what it is for and a link per channel, or the
 * emergency number as one short line. Link words come from the hotline registry's locale, in the young reader's
 * form for `audience="youth"`; `host` hears each link's `aw-contact`.
 */
export function renderContact(
  host: EventTarget,
  words: Messages['hotlines'],
  youth: boolean,
  id: HotlineId,
): TemplateResult {
  const hotline = hotlines[id];
  const entry = words.entries[id];
  const audience = youth ? 'youth' : 'public';
  if (hotline.emergency) {
    const { action, number } = emergencyText(hotline, words, audience);
    return html`<li class="emergency">
      ${contactLink(host, id, hotline.channels[0], 'contact-link', `${action} ${number}`)}
    </li>`;
  }
  return html`<li>
    <span class="contact-name">${entry.name}</span>
    <span class="contact-purpose">${youth ? entry.youthPurpose : entry.purpose}</span>
    <span class="contact-links">
      ${hotline.channels.map((channel) => {
        const { action, number } = contactText(channel, words, audience);
        return contactLink(host, id, channel, 'contact-link', `${action} ${number}`);
      })}
    </span>
  </li>`;
}
