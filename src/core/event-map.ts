/**
 * The `aw-*` events every element sends, with the type of their `detail`. Each element's entry module
 * (`src/hotline-banner.ts` and the others) adds its own events to the DOM's event maps, and the package root adds
 * them all, so a host's `el.addEventListener('aw-contact', (event) => event.detail.channel)` is typed without a cast
 * whichever it imports. The detail types are declared in `events.ts`, beside `emit`; this file wraps them as DOM events.
 */
import type { ContactDetail, DismissDetail, ExitDetail, FactChangeDetail, ToggleDetail } from './events.js';

export type { ContactDetail, DismissDetail, ExitDetail, FactChangeDetail, ToggleDetail };

/** Every event the library sends. All bubble and cross shadow roots, so a host can listen on `document`. */
export interface AwarenessEventMap {
  /** A contact link was used (`<aw-hotline-banner>`, `<aw-indicator-explainer>`). */
  'aw-contact': CustomEvent<ContactDetail>;
  /** The reader closed a banner (`<aw-hotline-banner dismissible>`). */
  'aw-dismiss': CustomEvent<DismissDetail>;
  /** A quick exit is about to leave the page; cancelable (`<aw-quick-exit>`, `<aw-hotline-banner quick-exit>`). */
  'aw-exit': CustomEvent<ExitDetail>;
  /** The reader opened or closed an item (`<aw-indicator-explainer>`). */
  'aw-toggle': CustomEvent<ToggleDetail>;
  /** A rotating card shows another figure (`<aw-fact-card rotate>`). */
  'aw-fact-change': CustomEvent<FactChangeDetail>;
}
