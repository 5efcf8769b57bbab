// The drop-in file: the ES modules that `tsc` wrote to dist/esm, with Lit bundled in, minified into one classic
// script (an IIFE, so it defines no globals and runs the same with or without defer or type="module").
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { localePackCodes } from './scripts/locale-entries.mjs';

// How each figure and number was checked lives in src/content/*-reviews.ts, which no element imports: the drop-in
// file never holds it, and the pages that show it (print kit, builder, docs) import it themselves.
const plugins = [
  // Whitespace inside html`` and css`` templates is dead weight once parsed; strip it before terser. Quotes around
  // attribute values that need none go too (the parser reads `part=card` as it reads `part="card"`). Never
  // `sortAttributes`: it would reorder bound attributes in the template but not the values Lit fills them with.
  minifyHTML({ options: { minifyOptions: { removeAttributeQuotes: true } } }),
  // Lit's production build: node-resolve does not ask for the "development" export condition.
  nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
  terser({
    ecma: 2021,
    compress: { passes: 3 },
    format: { comments: false },
  }),
];

// A second copy of the drop-in file on the page (pasted twice, or two versions) returns before any of its code runs
// when every element is already defined: the first copy's elements stay, and the second Lit never asks Trusted
// Types for a "lit-html" policy that already exists (which throws under `trusted-types lit-html` without
// 'allow-duplicates'). No global marker is needed: the custom element registry is the record.
const SKIP_WHEN_LOADED =
  "if(['aw-fact-card','aw-hotline-banner','aw-quick-exit','aw-indicator-explainer'].every((t)=>customElements.get(t)))return;";

const iife = (input, file, intro = '') => ({
  input,
  output: { file, format: 'iife', sourcemap: true, intro },
  plugins,
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return; // tslib helpers; harmless in an IIFE
    warn(warning);
  },
});

// One small file per shipped language besides English (the entries scripts/locale-entries.mjs writes from the list
// in src/content/locales/index.ts): a page adds it as a second script tag, so languages never grow the drop-in file
// and a page loads only the languages it asked for.
const LOCALE_PACKS = await localePackCodes();

// Each element's own entry, bundled alone with Lit as an app's bundler would: `npm run size` reports and checks them.
const ELEMENTS = ['quick-exit', 'fact-card', 'hotline-banner', 'indicator-explainer'];

export default [
  iife('dist/esm/awareness-widgets.js', 'dist/awareness-widgets.js', SKIP_WHEN_LOADED),
  ...LOCALE_PACKS.map((code) => iife(`dist/esm/locales/${code}.js`, `dist/locales/${code}.js`)),
  // The iframe embed page's script (src/embed/): every element, rendered from the URL of dist/embed.html.
  iife('dist/esm/embed/embed.js', 'dist/embed.js'),
  // The print kit page (demo/print.html): its own file, so the QR code generator never reaches the drop-in file.
  iife('dist/esm/print/print-page.js', 'dist/print.js'),
  // The embed builder page (demo/builder.html): its own file, with the content and fallback writers it needs.
  iife('dist/esm/builder/builder-page.js', 'dist/builder.js'),
  iife('dist/esm/docs/docs-page.js', 'dist/docs.js'), // docs/: shows sources and verified dates
  // Built the same way only so `npm run size` can compare against it, and check what each element carries.
  iife('bench/fixtures/lit-only.js', 'dist/size/lit-only.js'),
  ...ELEMENTS.map((name) => iife(`dist/esm/${name}.js`, `dist/size/${name}.js`)),
];
