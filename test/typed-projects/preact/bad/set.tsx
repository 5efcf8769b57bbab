// expect: Type '"signs"' is not assignable to type
import 'awareness-widgets/indicator-explainer.js';
import type {} from 'awareness-widgets/preact';

export const Wrong = () => <aw-indicator-explainer set="signs" />;
