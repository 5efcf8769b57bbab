// expect: Type '"XX"' is not assignable to type
import 'awareness-widgets/hotline-banner.js';
import type {} from 'awareness-widgets/preact';

export const Wrong = () => <aw-hotline-banner region="XX" />;
