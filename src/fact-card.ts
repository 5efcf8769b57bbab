/** Defines `<aw-fact-card>`. Importing this module registers the element; a second import or copy is harmless. */
import { defineElement } from './core/define.js';
import { FactCardElement } from './elements/fact-card/fact-card.js';

defineElement('aw-fact-card', FactCardElement);

export { FactCardElement };
