/** Every event the library sends bubbles and crosses shadow roots, so a host can listen on `document`. */
export function emit<T>(target: EventTarget, type: `aw-${string}`, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}

/** What `aw-contact` carries for a built-in hotline's link. */
export interface HotlineContactDetail {
  /** The hotline's id, e.g. `national-human-trafficking-hotline`. */
  hotline: string;
  /** How the reader got in touch: `call`, `text`, `web` or `tty`. */
  channel: 'call' | 'text' | 'web' | 'tty';
  /** The link that was used, e.g. `tel:+18883737888`. */
  href: string;
  local?: undefined;
}

/**
 * What `aw-contact` carries for a partner's own link (`slot="local-contact"`): no hotline id, since the library does
 * not know that service. An email link reports `web`; its `href` starts with `mailto:`.
 */
export interface LocalContactDetail {
  local: true;
  hotline?: undefined;
  channel: 'call' | 'text' | 'web';
  /** The link as resolved against the page, e.g. `tel:+15555550100` or `https://example.org/help`. */
  href: string;
}

/** What `aw-contact` carries, from `<aw-hotline-banner>` and `<aw-indicator-explainer>` alike. */
export type ContactDetail = HotlineContactDetail | LocalContactDetail;
