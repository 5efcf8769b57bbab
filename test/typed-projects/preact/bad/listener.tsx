// expect: Property 'number' does not exist on type 'ContactDetail'
import 'awareness-widgets/hotline-banner.js';

document.addEventListener('aw-contact', (event) => console.log(event.detail.number));
