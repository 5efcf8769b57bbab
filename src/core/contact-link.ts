import { html } from 'lit';
import type { HotlineChannel } from '../content/hotlines.js';
import { emit } from './events.js';

/**
 * A link to one channel of a built-in hotline, the same in the banner and the explainer: `part="contact-link"`, the
 * channel's kind in `data-channel`, and `aw-contact` with the hotline's id when the reader uses it. `content` is
 * what the link says; `className` is the element's own link style.
 */
export function contactLink(
  host: EventTarget,
  hotline: string,
  channel: HotlineChannel,
  className: string,
  content: unknown,
) {
  return html`<a
    class=${className}
    part="contact-link"
    href=${channel.href}
    data-channel=${channel.kind}
    @click=${() => emit(host, 'aw-contact', { hotline, channel: channel.kind, href: channel.href })}
    >${content}</a
  >`;
}
