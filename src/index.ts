/** Defines every element and exports their classes, for people who bundle the library themselves. */
// In this order brotli packs the drop-in file tightest (`npm run size`); any order defines the same elements.
export * from './indicator-explainer.js';
export * from './hotline-banner.js';
export * from './quick-exit.js';
export * from './fact-card.js';
export { SUPPORTED_LOCALES, type LocaleCode } from './content/locales/index.js';
export { registerLocale, LOCALE_REGISTERED, type LocalePack } from './core/locale-registry.js';
export type * from './core/event-map.js';
import type { AwarenessEventMap } from './core/event-map.js';

declare global {
  // Every event, on elements, document and window (HTMLElementEventMap, DocumentEventMap and WindowEventMap all
  // extend this one). Each element's entry module declares its own the same way, with the same types.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends AwarenessEventMap {}
}
