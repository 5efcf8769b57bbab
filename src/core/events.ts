/**
 * Every `aw-*` event the library sends, with the type of its `detail`, in one place: the elements import these
 * types, and `emit` below takes only a name and a detail that belong together.
 */
import type { SignSetId } from '../content/signs.js';

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

/** What `aw-dismiss` carries. */
export interface DismissDetail {
  /** Days the dismissal is remembered on this device, or null when nothing is stored. */
  rememberDays: number | null;
}

/** What `aw-exit` carries. */
export interface ExitDetail {
  /** Where the page is about to go. */
  href: string;
  /** How the reader left: the button, or Shift pressed three times. */
  trigger: 'button' | 'keyboard';
}

/** What `aw-toggle` carries. */
export interface ToggleDetail {
  /** The item's id, e.g. `runs-away` (the ids are listed in `src/content/signs.ts`). */
  id: string;
  /** True when the item was opened, false when it was closed. */
  open: boolean;
  /** The set the item belongs to. */
  set: SignSetId;
}

/** What `aw-fact-change` carries. */
export interface FactChangeDetail {
  /** The id of the built-in fact now shown. */
  id: string;
  /** Its position in the rotation, from 0. */
  index: number;
  /** How many facts the rotation holds. */
  total: number;
  /** What moved it: the timer, or the reader's Previous or Next button. */
  reason: 'auto' | 'previous' | 'next';
}

/** Each event's name with its detail. */
export interface AwarenessEventDetails {
  'aw-contact': ContactDetail;
  'aw-dismiss': DismissDetail;
  'aw-exit': ExitDetail;
  'aw-toggle': ToggleDetail;
  'aw-fact-change': FactChangeDetail;
}

/**
 * Sends an `aw-*` event. Every event the library sends bubbles and crosses shadow roots, so a host can listen on
 * `document`. The name fixes the detail's type: `emit(el, 'aw-toggle', { rememberDays: 1 })` does not compile.
 */
export function emit<K extends keyof AwarenessEventDetails>(
  target: EventTarget,
  type: K,
  detail: AwarenessEventDetails[K],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
