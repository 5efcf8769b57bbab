// expect: Property 'phone' does not exist on type 'ContactDetail'
import 'awareness-widgets/hotline-banner.js';
import type {} from 'awareness-widgets/preact';

export const Wrong = () => <aw-hotline-banner onaw-contact={(event) => console.log(event.detail.phone)} />;
