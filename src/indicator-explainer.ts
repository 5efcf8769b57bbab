/** Defines `<aw-indicator-explainer>`. Importing this module registers the element; a second import or copy is harmless. */
import { defineElement } from './core/define.js';
import type { AwarenessEventMap } from './core/event-map.js';
import { IndicatorExplainerElement } from './elements/indicator-explainer/indicator-explainer.js';

defineElement('aw-indicator-explainer', IndicatorExplainerElement);

export { IndicatorExplainerElement };

declare global {
  // This module's own events, so `import 'awareness-widgets/indicator-explainer.js'` alone types `event.detail` on the element,
  // on document and on window (all three event maps extend this one). The same names declared by another element's
  // module, or by the package root, have the same types, so importing several is fine.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends Pick<AwarenessEventMap, 'aw-contact' | 'aw-toggle'> {}
}
