// Bundles the usage examples in docs/examples/ the way a site's own build would, so test/docs-examples.test.ts can
// render them in a browser: React 19 (JSX, custom elements natively), Vue 3 (runtime template compiler with
// `isCustomElement`), and a bundler importing one element by its package path. Each imports the package by name
// (`awareness-widgets/...`): Node's self-reference resolves it through package.json `exports` to dist/esm, so run
// this after `npm run build`. Writes dist/examples/*.js, which are not published.
import { build } from 'esbuild';

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2021',
  logLevel: 'warning',
  metafile: true,
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
};

const examples = [
  { name: 'react', entryPoints: ['docs/examples/react/main.jsx'], jsx: 'automatic' },
  {
    name: 'vue',
    entryPoints: ['docs/examples/vue/main.js'],
    // The build with the template compiler, so `isCustomElement` applies to the template string at run time.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      ...common.define,
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  },
  { name: 'bundler', entryPoints: ['docs/examples/bundler/main.js'] },
];

const started = Date.now();
for (const { name, ...options } of examples) {
  const result = await build({ ...common, ...options, outfile: `dist/examples/${name}.js` });
  const inputs = Object.keys(result.metafile.inputs);
  if (!inputs.some((path) => path.startsWith('dist/esm/'))) {
    throw new Error(`${name}: awareness-widgets did not resolve to dist/esm (inputs: ${inputs.join(', ')})`);
  }
  if (name === 'bundler') {
    // Importing one element must bring that element alone.
    const elements = inputs.filter((path) => /^dist\/esm\/elements\/[^/]+\/[^/]+\.js$/.test(path));
    const others = elements.filter((path) => !path.startsWith('dist/esm/elements/fact-card/'));
    if (!elements.length || others.length) {
      throw new Error(`bundler: expected fact-card alone, got ${elements.join(', ')}`);
    }
  }
}
console.log(`build-examples: react, vue and bundler examples in dist/examples/ (${Date.now() - started} ms)`);
