/** Every event the library sends bubbles and crosses shadow roots, so a host can listen on `document`. */
export function emit<T>(target: EventTarget, type: `aw-${string}`, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}

/** What `aw-contact` carries, from `<aw-hotline-banner>` and `<aw-indicator-explainer>` alike. */
export interface ContactDetail {
  /** The hotline's id, e.g. `national-human-trafficking-hotline`. */
  hotline: string;
  /** How the reader got in touch: `call`, `text`, `web` or `tty`. */
  channel: 'call' | 'text' | 'web' | 'tty';
  /** The link that was used, e.g. `tel:+18883737888`. */
  href: string;
}
