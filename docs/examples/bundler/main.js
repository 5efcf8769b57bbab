// A site that bundles its own JavaScript imports only the element it uses. The package's `exports` map resolves
// `awareness-widgets/fact-card.js` to the ES module that defines `<aw-fact-card>` (Lit comes from your bundle).
import 'awareness-widgets/fact-card.js';
