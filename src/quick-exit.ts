/** Defines `<aw-quick-exit>`. Importing this module registers the element; a second import or copy is harmless. */
import { defineElement } from './core/define.js';
import { QuickExitElement } from './elements/quick-exit/quick-exit.js';

defineElement('aw-quick-exit', QuickExitElement);

export { QuickExitElement };
