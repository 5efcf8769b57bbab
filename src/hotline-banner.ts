/** Defines `<aw-hotline-banner>`. Importing this module registers the element; a second import or copy is harmless. */
import { defineElement } from './core/define.js';
import { HotlineBannerElement } from './elements/hotline-banner/hotline-banner.js';

defineElement('aw-hotline-banner', HotlineBannerElement);

export { HotlineBannerElement };
