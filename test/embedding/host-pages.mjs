// Serves the host pages the embedding tests open in iframes: real pages, generated on request, that load real CSS
// frameworks from node_modules, the built drop-in script in any of the ways a site may include it, every README
// example as fallback markup, and (on request) a strict Content Security Policy sent as a real response header.
// Nothing here is transformed by the dev server's plugins: the page is exactly what a host would serve.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const HOST_PAGE_PATH = '/__aw/host';

/** Stylesheets a host page can load, by the name the tests use. */
const STYLESHEETS = {
  bootstrap: '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  'modern-normalize': '/node_modules/modern-normalize/modern-normalize.css',
  'tailwind-preflight': '/node_modules/tailwindcss/preflight.css',
  'new-css-reset': '/node_modules/the-new-css-reset/css/reset.css',
  hostile: '/test/embedding/fixtures/hostile.css',
};

/** The policies the tests serve, as response headers. */
const POLICIES = {
  // The strict policy the README promises the library works under.
  strict: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  // The same, with the Trusted Types policy names restricted to the one Lit creates.
  'strict-named-policies':
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
};

const DROP_IN = '/dist/awareness-widgets.js';
const PROBE = '/test/embedding/fixtures/probe.js';
const AXE = '/node_modules/axe-core/axe.min.js';

/** The locale files the build wrote (`/dist/locales/es.js`...): the examples speak every shipped language. */
const LOCALE_FILES = (() => {
  try {
    return readdirSync(resolve('dist/locales'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => `/dist/locales/${name}`);
  } catch {
    return [];
  }
})();

/**
 * `head-classic`, `end-defer`, `head-async`, `end-module`, ...: where the script tags go and how they load. The
 * drop-in file comes first, then each locale file the same way, as the builder writes them.
 */
function scriptTag(spec, locales = LOCALE_FILES) {
  const [, mode] = spec.split('-');
  const attributes = { classic: '', defer: ' defer', async: ' async', module: ' type="module"' }[mode];
  if (attributes === undefined) throw new Error(`unknown script mode ${spec}`);
  return [DROP_IN, ...locales].map((src) => `<script src="${src}"${attributes}></script>`).join('\n');
}

/** `locales=none` leaves the locale files out (the page then has English only); by default every one is added. */
function localeFiles(query) {
  return query.get('locales') === 'none' ? [] : LOCALE_FILES;
}

let examplesPromise;
async function loadGallery() {
  // The compiled examples, exactly as the README and the demo gallery show them.
  examplesPromise ??= import(pathToFileURL(resolve('dist/esm/examples.js')).href).then(
    (module) => module.gallery,
    (error) => {
      examplesPromise = undefined; // not built yet: try again on the next request
      throw error;
    },
  );
  return examplesPromise;
}

function pickExamples(gallery, which, without) {
  // `without=remember` leaves out every example that uses that attribute.
  const uses = (html) => without && new RegExp(`\\s${without}(?=[\\s=>])`).test(html);
  const all = gallery.flatMap((group) =>
    group.examples
      .map((example) => ({ ...example, tag: group.tag }))
      .filter((example) => !example.testOnly && !uses(example.html)),
  );
  if (!which || which === 'all') return all;
  if (which === 'none') return [];
  // `id:<tag>/<id>` (ids repeat across elements) or `id:<id>`.
  if (which.startsWith('id:')) {
    return all.filter((example) => [example.id, `${example.tag}/${example.id}`].includes(which.slice(3)));
  }
  return all.filter((example) => example.tag === which);
}

function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export async function renderHostPage(query) {
  const css = (query.get('css') || '').split(',').filter(Boolean);
  const scripts = (query.get('scripts') || '').split(',').filter(Boolean);
  const gallery = await loadGallery();
  const examples = pickExamples(gallery, query.get('examples'), query.get('without'));
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Host page</title>',
    `<script src="${PROBE}"></script>`,
    ...(query.get('axe') ? [`<script src="${AXE}"></script>`] : []),
    ...css.map((name) => {
      if (!STYLESHEETS[name]) throw new Error(`unknown stylesheet ${name}`);
      return `<link rel="stylesheet" href="${STYLESHEETS[name]}">`;
    }),
    ...scripts.filter((spec) => spec.startsWith('head-')).map((spec) => scriptTag(spec, localeFiles(query))),
  ];
  // `place=first`: the examples open the body, where a site puts a banner fixed to the top of the window.
  const first = query.get('place') === 'first';
  const body = [
    ...(first ? [] : ['<main class="container">', '<h1>A partner page</h1>']),
    ...(first ? [] : ['<p class="before-examples">Some text the host wrote before the widgets.</p>']),
    ...examples.map(
      (example) =>
        `<section class="aw-example" data-example-id="${escapeAttribute(example.id)}" data-tag="${example.tag}">\n${example.html}\n<p class="after-example">Host text after ${escapeAttribute(example.id)}.</p>\n</section>`,
    ),
    ...(first ? ['<main class="container">', '<h1>A partner page</h1>', '<p>The host page.</p>'] : []),
    '</main>',
    ...scripts.filter((spec) => spec.startsWith('end-')).map((spec) => scriptTag(spec, localeFiles(query))),
  ];
  const lang = escapeAttribute(query.get('lang') || 'en');
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}

/**
 * The built embed page with the probe as its first script (right after its own policy, which allows it: 'self'),
 * so a test sees violations and errors from the very start. Otherwise byte for byte what the build wrote.
 */
async function probedEmbedPage() {
  const page = await readFile(resolve('dist/embed.html'), 'utf8');
  const policyEnd = page.indexOf('/>', page.indexOf('Content-Security-Policy')) + 2;
  if (policyEnd < 2) throw new Error('dist/embed.html has no Content-Security-Policy meta tag');
  return `${page.slice(0, policyEnd)}\n    <script src="${PROBE}"></script>${page.slice(policyEnd)}`;
}

/** Koa middleware for web-test-runner's dev server. */
export function hostPagesMiddleware() {
  return async (context, next) => {
    if (context.path === '/dist/embed.html' && context.query.probe) {
      context.set('Cache-Control', 'no-store');
      context.type = 'html';
      context.body = await probedEmbedPage();
      return;
    }
    if (context.path !== HOST_PAGE_PATH) return next();
    const policy = context.query.csp;
    if (policy) {
      if (!POLICIES[policy]) throw new Error(`unknown policy ${policy}`);
      context.set('Content-Security-Policy', POLICIES[policy]);
    }
    context.set('Cache-Control', 'no-store');
    context.type = 'html';
    context.body = await renderHostPage(new URLSearchParams(context.querystring));
  };
}
