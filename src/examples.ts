/** Every element's examples, in gallery order. Not part of the drop-in file: the demo and the tests read it. */
import type { ExampleGroup } from './core/examples.js';
import { factCardExamples } from './elements/fact-card/fact-card.examples.js';
import { hotlineBannerExamples } from './elements/hotline-banner/hotline-banner.examples.js';
import { quickExitExamples } from './elements/quick-exit/quick-exit.examples.js';
import { indicatorExplainerExamples } from './elements/indicator-explainer/indicator-explainer.examples.js';

export const gallery: readonly ExampleGroup[] = [
  { tag: 'aw-fact-card', title: 'Fact card', examples: factCardExamples },
  { tag: 'aw-hotline-banner', title: 'Hotline banner', examples: hotlineBannerExamples },
  { tag: 'aw-quick-exit', title: 'Quick exit', examples: quickExitExamples },
  { tag: 'aw-indicator-explainer', title: 'Indicator explainer', examples: indicatorExplainerExamples },
];
