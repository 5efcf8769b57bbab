// Server rendering, as Next.js, Astro or Eleventy would do it: every module the package exports is imported in
// plain Node, and `@lit-labs/ssr` renders every element in every variant the attributes offer. Runs against the
// built package (`dist/esm`), after `npm run build`, with `node --test test/ssr/`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it, before } from 'node:test';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

// Node has no window, document, HTMLScriptElement or localStorage (and Node 20 no navigator): a module that touched
// one of them while it is imported would throw a ReferenceError here, as it would in a server renderer.
for (const name of ['window', 'document', 'HTMLScriptElement', 'localStorage']) {
  assert.equal(name in globalThis, false, `${name} is not defined in Node`);
}

/** Every JavaScript file the package's exports reach (wildcards expanded over the locale files). */
function exportedFiles() {
  const files = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file.endsWith('.js') || key.startsWith('./dist/') || key === './awareness-widgets.js') continue;
    if (file.includes('*')) {
      for (const code of ['es', 'fr']) files.push(file.replace('*', code));
    } else files.push(file);
  }
  return files;
}

const importFailures = [];
let render;
let collectResult;
let html;
let unsafeStatic;
let content;

before(async () => {
  for (const file of exportedFiles()) {
    await import(new URL(file, root).href).catch((error) => importFailures.push(`${file}: ${error.message}`));
  }
  ({ render } = await import('@lit-labs/ssr'));
  ({ collectResult } = await import('@lit-labs/ssr/lib/render-result.js'));
  ({ html, unsafeStatic } = await import('lit/static-html.js'));
  const esm = (path) => import(new URL(`dist/esm/${path}`, root).href);
  content = {
    ...(await esm('content/regions.js')),
    ...(await esm('content/region-help.js')),
    ...(await esm('content/hotlines.js')),
    ...(await esm('content/signs.js')),
    ...(await esm('content/facts.js')),
    ...(await esm('content/types.js')),
    ...(await esm('content/locales/index.js')),
  };
});

/** The server's HTML for one element with the given attributes. */
async function serverHtml(tag, attributes) {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (value === '' ? name : `${name}="${value}"`))
    .join(' ');
  // A static tag name (lit/static-html), the one way to render an element whose name is a variable.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return collectResult(render(html`<${unsafeStatic(tag)} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}>`));
}

/** What a reader would read: the text of the rendered HTML, without styles, comments and tags. */
const readable = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Checks every server render makes: a declarative shadow root, words, and no hole in them. */
function assertComplete(markup, label) {
  assert.match(
    markup,
    /<template shadowroot="open" shadowrootmode="open">/,
    `${label}: declarative shadow DOM`,
  );
  const text = readable(markup);
  assert.ok(text.length > 20, `${label}: has words`);
  assert.doesNotMatch(text, /\bundefined\b|\bnull\b|\[object Object\]|NaN/, `${label}: no hole in the words`);
}

describe('importing the package on a server', () => {
  it('imports every exported module without touching window, document, navigator or HTMLScriptElement', () => {
    assert.ok(exportedFiles().length >= 7);
    assert.deepEqual(importFailures, []);
  });
});

describe('rendering on a server with @lit-labs/ssr', () => {
  it('renders <aw-hotline-banner> for every region, audience, position and language, with its numbers as links', async () => {
    for (const region of [...content.REGION_CODES, 'JP']) {
      for (const audience of content.HOTLINE_AUDIENCES) {
        for (const lang of content.SUPPORTED_LOCALES) {
          for (const position of ['inline', 'top', 'bottom']) {
            const label = `banner ${region} ${audience} ${lang} ${position}`;
            const markup = await serverHtml('aw-hotline-banner', { region, audience, lang, position });
            assertComplete(markup, label);
            const covered = content.REGION_CODES.includes(region) ? region : null;
            for (const hotline of content.hotlinesFor(covered, audience)) {
              assert.ok(markup.includes(`href="${hotline.channels[0].href}"`), `${label}: ${hotline.id}`);
            }
          }
        }
      }
    }
  });

  it('speaks the language it is given: Spanish and French words, no English title', async () => {
    const es = readable(await serverHtml('aw-hotline-banner', { lang: 'es' }));
    assert.match(es, /Llame al 1-888-373-7888/);
    assert.doesNotMatch(es, /Worried about a child/);
    const fr = readable(await serverHtml('aw-hotline-banner', { lang: 'fr', region: 'CA' }));
    assert.match(fr, /Appelez le 1-833-900-1010/);
  });

  it('renders <aw-indicator-explainer> for every set, audience, region and language', async () => {
    for (const set of content.SIGN_SETS) {
      for (const audience of content.SIGN_AUDIENCES) {
        for (const region of [...content.REGION_CODES, 'JP']) {
          for (const lang of content.SUPPORTED_LOCALES) {
            const label = `explainer ${set} ${audience} ${region} ${lang}`;
            assertComplete(
              await serverHtml('aw-indicator-explainer', { set, audience, region, lang }),
              label,
            );
          }
        }
      }
    }
  });

  it('renders <aw-fact-card> for every figure, topic, variant and language, with its source', async () => {
    const cards = [
      ...content.allFacts().map((fact) => ({ fact: fact.id })),
      ...content.FACT_TOPICS.map((topic) => ({ topic })),
      { rotate: '' },
    ];
    for (const attributes of cards) {
      for (const variant of ['full', 'compact']) {
        for (const lang of content.SUPPORTED_LOCALES) {
          const label = `fact card ${JSON.stringify(attributes)} ${variant} ${lang}`;
          const markup = await serverHtml('aw-fact-card', { ...attributes, variant, lang });
          assertComplete(markup, label);
        }
      }
    }
    const card = await serverHtml('aw-fact-card', {});
    assert.match(readable(card), /NCMEC/);
  });

  it('renders <aw-quick-exit> in both positions and every language, a relative exit address kept relative', async () => {
    for (const position of ['inline', 'fixed']) {
      for (const lang of content.SUPPORTED_LOCALES) {
        assertComplete(
          await serverHtml('aw-quick-exit', { position, lang }),
          `quick exit ${position} ${lang}`,
        );
      }
    }
  });

  it('renders hostile attributes as text and never throws', async () => {
    const hostile = '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;';
    for (const tag of ['aw-hotline-banner', 'aw-fact-card', 'aw-indicator-explainer', 'aw-quick-exit']) {
      const markup = await serverHtml(tag, { region: hostile, lang: hostile, set: hostile, fact: hostile });
      assertComplete(markup, `${tag} hostile`);
      assert.doesNotMatch(markup, /<img/, `${tag}: no markup from an attribute`);
    }
  });
});
