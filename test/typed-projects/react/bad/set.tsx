// expect: Type '"signs"' is not assignable to type
import 'awareness-widgets/indicator-explainer.js';
import type {} from 'awareness-widgets/react';

export const Wrong = () => <aw-indicator-explainer set="signs" />;
