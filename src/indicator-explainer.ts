/** Defines `<aw-indicator-explainer>`. Importing this module registers the element; a second import or copy is harmless. */
import { defineElement } from './core/define.js';
import { IndicatorExplainerElement } from './elements/indicator-explainer/indicator-explainer.js';

defineElement('aw-indicator-explainer', IndicatorExplainerElement);

export { IndicatorExplainerElement };
