// Eleventy renders the widgets into declarative shadow DOM at build time with the Lit plugin, so a reader sees the
// finished widget before any script runs; the drop-in script, copied to js/, then takes over. The plugin takes file
// paths: `import.meta.resolve` finds each module through the package's exports, as an `import` would. The French
// pack is loaded too: without it, an element with `lang="fr"` has no French words on the server.
import litPlugin from '@lit-labs/eleventy-plugin-lit';
import { fileURLToPath } from 'node:url';

const file = (name) => fileURLToPath(import.meta.resolve(name));

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, {
    componentModules: [
      file('awareness-widgets/hotline-banner.js'),
      file('awareness-widgets/fact-card.js'),
      file('awareness-widgets/indicator-explainer.js'),
      file('awareness-widgets/locales/fr.js'),
    ],
  });
  eleventyConfig.addPassthroughCopy({
    [file('awareness-widgets/awareness-widgets.js')]: 'js/awareness-widgets.js',
    [file('awareness-widgets/dist/locales/fr.js')]: 'js/locales/fr.js',
  });
}

export const config = { dir: { input: 'src', output: '_site' } };
