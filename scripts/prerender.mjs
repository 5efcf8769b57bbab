// Prerenders elements the way a server would: `@lit-labs/ssr` turns an element and its attributes into declarative
// shadow DOM, so the browser paints the finished, styled widget before any script runs, and the script then takes
// over in the same frame (see `createRenderRoot` in src/core/awareness-element.ts).
//
//   import { prerender } from './scripts/prerender.mjs';   await prerender('aw-hotline-banner', { region: 'GB' })
//   node scripts/prerender.mjs                             writes dist/prerendered/cases.json (after a build)
//
// The cases written are the ones the browser tests put on a realistic page (test/prerender.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
let ready;

/** Loads the built elements and the renderer once (the elements register themselves when imported). */
function load() {
  ready ??= (async () => {
    await import(new URL('dist/esm/index.js', root).href);
    for (const code of ['es', 'fr']) await import(new URL(`dist/esm/locales/${code}.js`, root).href);
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html, unsafeStatic } = await import('lit/static-html.js');
    return { render, collectResult, html, unsafeStatic };
  })();
  return ready;
}

const attributeText = (attributes) =>
  Object.entries(attributes)
    .map(([name, value]) =>
      value === '' ? name : `${name}="${String(value).replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`)}"`,
    )
    .join(' ');

/**
 * The element as declarative shadow DOM, with `light` (the partner's plain fallback, e.g. its tel: links) inside the
 * tag. The renderer's `<!--lit-part-->` comments are kept: they are harmless, and a page that loads Lit's hydration
 * support can use them.
 */
export async function prerender(tag, attributes = {}, light = '') {
  const { render, collectResult, html, unsafeStatic } = await load();
  const open = unsafeStatic(`${tag} ${attributeText(attributes)}`.trim());
  const close = unsafeStatic(tag);
  // A static tag name (lit/static-html), the one way to render an element whose name is a variable.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const markup = await collectResult(render(html`<${open}>${unsafeStatic(light)}</${close}>`));
  return markup.replace(/^<!--lit-part [^>]*-->|<!--\/lit-part-->$/g, '');
}

/**
 * The cases the layout tests and the bench use: each element inline, in three languages, and a banner fixed to the top, which a
 * page puts first in its body (`edge: 'top'`): prerendered, it stands in the flow at the top until the script
 * fixes it there, keeping the same room.
 */
export const CASES = [
  { name: 'banner-us', tag: 'aw-hotline-banner', attributes: {} },
  { name: 'banner-es', tag: 'aw-hotline-banner', attributes: { lang: 'es' } },
  { name: 'fact-card', tag: 'aw-fact-card', attributes: {} },
  // The explainer as the builder writes it by default (U.S., English, parents): the school page in the bench uses it.
  { name: 'explainer', tag: 'aw-indicator-explainer', attributes: {} },
  {
    name: 'explainer-ca-fr',
    tag: 'aw-indicator-explainer',
    attributes: { region: 'CA', lang: 'fr', audience: 'educator' },
  },
  { name: 'quick-exit', tag: 'aw-quick-exit', attributes: {} },
  { name: 'banner-top', tag: 'aw-hotline-banner', attributes: { position: 'top' }, edge: 'top' },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = [];
  for (const each of CASES) out.push({ ...each, html: await prerender(each.tag, each.attributes) });
  mkdirSync(new URL('dist/prerendered/', root), { recursive: true });
  writeFileSync(new URL('dist/prerendered/cases.json', root), JSON.stringify(out));
  const sizes = out.map((each) => `${each.name} ${each.html.length} B`).join(', ');
  console.log(`prerender: ${out.length} cases written (${sizes})`);
}
