// The pages the benchmarks load, written to dist/bench/pages/ and served from the checkout's root. Content comes
// from the elements' own examples (dist/esm/examples.js) and from the README's snippets, so the pages follow the
// library as it changes instead of guessing at ids and attributes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const PAGES_DIR = 'dist/bench/pages';
export const SCRIPT_URL = '/dist/awareness-widgets.js';
export const LIT_ONLY_URL = '/dist/bench/lit-only.js';

// Marks "rendered" the same way on every page: after `load`, every aw-* element defined and its `updateComplete`
// settled, then two animation frames (the frame that paints it has been produced). A static page has no aw-*
// element, so there it is `load` + two frames. The result is exposed as `window.__bench` (a promise).
const RENDERED_PROBE = `
(() => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const loaded = new Promise((resolve) => addEventListener('load', () => resolve(), { once: true }));
  window.__settled = async () => {
    // A static copy may keep aw-* tags (declarative shadow DOM) that no script will ever define: nothing to wait for.
    const live = !document.documentElement.hasAttribute('data-static');
    const elements = live
      ? [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('aw-'))
      : [];
    const tags = [...new Set(elements.map((element) => element.localName))];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(
      elements.map(async (element) => {
        for (let tries = 0; tries < 10 && (await element.updateComplete) === false; tries++);
      }),
    );
    await frame();
    await frame();
    return elements.length;
  };
  window.__bench = (async () => {
    await loaded;
    const elements = await window.__settled();
    const rendered = performance.now();
    performance.mark('rendered');
    // Paint entries arrive once the frame is presented, which can be after this point: wait for it (up to 1 s).
    const contentfulPaint = await new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntries().find((each) => each.name === 'first-contentful-paint');
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(null), 1000);
    });
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      rendered,
      elements,
      firstContentfulPaint: contentfulPaint,
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventStart,
    };
  })();
})();
`;

const page = ({ title, head = '', body, lang = 'en', isStatic = false }) => `<!doctype html>
<html lang="${lang}"${isStatic ? ' data-static' : ''}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
    <style>
      body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; line-height: 1.5; }
      .slot { margin-block: 1rem; }
    </style>
${head}
  </head>
  <body>
${body}
  </body>
</html>
`;

/** The gallery's examples (compiled to dist/esm), without the test-only ones. */
export async function loadExamples(path = 'dist/esm/examples.js') {
  const { gallery } = await import(`${pathToFileURL(path).href}?t=${Date.now()}`);
  return gallery.map((group) => ({
    tag: group.tag,
    examples: group.examples.filter((example) => !example.testOnly),
  }));
}

/**
 * 100 (or `count`) elements taken round-robin from the four elements, each cycling through its own examples, so
 * every variant appears. Each sits in a `<div class="slot">` so the static copy can keep the same structure.
 */
export function mixedItems(groups, count = 100) {
  const usable = groups.filter((group) => group.examples.length > 0);
  const items = [];
  for (let index = 0; items.length < count; index++) {
    const group = usable[index % usable.length];
    const round = Math.floor(index / usable.length);
    const example = group.examples[round % group.examples.length];
    items.push({ tag: group.tag, id: example.id, html: example.html.trim() });
  }
  return items;
}

/** The live page: the drop-in script with `defer` in the head, as the README says to paste it. */
export function mixedPage(items, scriptUrl = SCRIPT_URL) {
  const body = items.map((item) => `    <div class="slot">${item.html}</div>`).join('\n');
  return page({
    title: 'bench: 100 elements',
    head: `    <script src="${scriptUrl}" defer></script>`,
    body: `${body}\n    <script>${RENDERED_PROBE}</script>`,
  });
}

/** The static equivalent: markup captured from the live page by `snapshotStatic` (run in the browser). */
export function staticPage(snapshot, kind) {
  const head = kind === 'flat' ? `    <style>${snapshot.css}</style>` : '';
  const body = snapshot.slots.map((html) => `    <div class="slot">${html}</div>`).join('\n');
  return page({
    title: `bench: static equivalent (${kind})`,
    head,
    isStatic: true,
    body: `${body}\n    <script>${RENDERED_PROBE}</script>`,
  });
}

/**
 * Runs in the rendered live page and returns what it shows as static HTML, two ways:
 * - `flat`: each element's shadow tree written into the light DOM (slots replaced by what they show) inside a
 *   `<div class="aw-static aw-static-<tag>">` carrying the host's attributes; one shared stylesheet, each element's
 *   CSS wrapped in `@scope (.aw-static-<tag>)` with `:host` read as `:scope`. This is what a hand-written static page
 *   with the same content and look would be.
 * - `dsd`: the same shadow trees as declarative shadow DOM with their CSS inline, which renders identically with no
 *   script (heavier: one copy of the CSS per element).
 * Lit's comment markers are dropped.
 */
export function snapshotStatic() {
  const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const voids = new Set([
    'area',
    'br',
    'col',
    'embed',
    'hr',
    'img',
    'input',
    'link',
    'meta',
    'source',
    'wbr',
  ]);
  const attributes = (element) =>
    [...element.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');

  const cssOf = (root) =>
    root.adoptedStyleSheets
      .concat([...root.querySelectorAll('style')].map((style) => style.sheet))
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');

  // Flattened: the tree as rendered, slots replaced by their assigned nodes (or their own fallback).
  const flat = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return escapeText(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes();
      return (assigned.length ? assigned : [...node.childNodes]).map(flat).join('');
    }
    if (node.localName === 'style') return '';
    if (node.localName.startsWith('aw-') && node.shadowRoot) {
      const tag = node.localName;
      return `<div class="aw-static aw-static-${tag}"${attributes(node)}>${[...node.shadowRoot.childNodes].map(flat).join('')}</div>`;
    }
    const children = node.localName === 'template' ? '' : [...node.childNodes].map(flat).join('');
    return voids.has(node.localName)
      ? `<${node.localName}${attributes(node)}>`
      : `<${node.localName}${attributes(node)}>${children}</${node.localName}>`;
  };

  // Declarative shadow DOM: the element keeps its tag and light DOM; its shadow tree goes into a template.
  const declarative = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return escapeText(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const inner = node.shadowRoot
      ? `<template shadowrootmode="open"><style>${cssOf(node.shadowRoot)}</style>${[...node.shadowRoot.childNodes].map(declarative).join('')}</template>`
      : '';
    const children = [...node.childNodes].map(declarative).join('');
    return voids.has(node.localName)
      ? `<${node.localName}${attributes(node)}>`
      : `<${node.localName}${attributes(node)}>${inner}${children}</${node.localName}>`;
  };

  // One stylesheet for the flat copy: each tag's CSS once, scoped to its wrapper.
  const scopedCss = new Map();
  for (const element of document.querySelectorAll('*')) {
    if (!element.localName.startsWith('aw-') || !element.shadowRoot || scopedCss.has(element.localName))
      continue;
    const hoisted = [];
    const rules = (root) =>
      [...root.cssRules].map((rule) => {
        if (
          rule instanceof CSSKeyframesRule ||
          rule instanceof CSSFontFaceRule ||
          rule instanceof CSSPropertyRule
        ) {
          hoisted.push(rule.cssText);
          return '';
        }
        return rule.cssText;
      });
    const sheets = element.shadowRoot.adoptedStyleSheets.concat(
      [...element.shadowRoot.querySelectorAll('style')].map((style) => style.sheet),
    );
    const css = sheets
      .flatMap(rules)
      .join('\n')
      .replace(/:host-context\(([^)]*)\)/g, ':is($1) :scope')
      .replace(/:host\(/g, ':scope:is(')
      .replace(/:host\b/g, ':scope')
      .replace(/::slotted\(([^)]*)\)/g, '$1');
    scopedCss.set(
      element.localName,
      `${hoisted.join('\n')}\n@scope (.aw-static-${element.localName}) {\n${css}\n}`,
    );
  }

  const slots = [...document.querySelectorAll('.slot')];
  return {
    flat: {
      css: [...scopedCss.values()].join('\n'),
      slots: slots.map((slot) => [...slot.childNodes].map(flat).join('')),
    },
    dsd: { css: '', slots: slots.map((slot) => [...slot.childNodes].map(declarative).join('')) },
  };
}

/** Text a reader sees, walked through shadow roots and slots, for checking that a static copy says the same. */
export function visibleText() {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && parent.checkVisibility && !parent.checkVisibility()) return;
      parts.push(node.data);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || ['script', 'style', 'template'].includes(node.localName))
      return;
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes();
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
      return;
    }
    if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    else node.childNodes.forEach(walk);
  };
  walk(document.body);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Fallback content as a partner would paste it: the README's ```html snippets that contain an aw-* element (script
 * tags removed), or, while the README has none, the first example of each element. The script is added only after
 * the first paint, so any shift caused by the upgrade is measured.
 */
export function fallbackSnippets(groups, readme = 'README.md') {
  const text = readFileSync(readme, 'utf8');
  const fromReadme = [...text.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((match) => match[1].replace(/<script\b[\s\S]*?<\/script>/g, '').trim())
    .filter((snippet) => /<aw-[a-z-]+/.test(snippet));
  // Elements the README shows no snippet for yet come from their first example, so all four are upgraded.
  const missing = groups.filter(
    (group) => group.examples.length && !fromReadme.some((snippet) => snippet.includes(`<${group.tag}`)),
  );
  const source = [
    fromReadme.length ? `README.md (${fromReadme.length} snippets)` : '',
    missing.length ? `the first example of ${missing.map((group) => `<${group.tag}>`).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return { source, snippets: [...fromReadme, ...missing.map((group) => group.examples[0].html.trim())] };
}

// Names a shifted node in the slot page by the element it belongs to: "div in aw-fact-card", "p after
// aw-hotline-banner".
const DESCRIBE_BY_SLOT = `(node) => {
      if (!node || node.nodeType !== Node.ELEMENT_NODE) return node ? node.nodeName : null;
      const inside = node.closest('.slot');
      const before = node.previousElementSibling;
      const slot = inside ?? (before && before.classList.contains('slot') ? before : null);
      const tag = slot && slot.firstElementChild ? slot.firstElementChild.localName : null;
      return tag ? node.localName + (inside ? ' in ' : ' after ') + tag : node.localName;
    }`;

/**
 * The layout-shift probe shared by the benchmark pages: records every `layout-shift` entry (value, start time,
 * recent input, shifted nodes) in `window.__shifts`, and adds `scripts` (in order, each after the previous one has
 * run) once the browser has reported the first paint, then one more frame, so the upgrade happens on a page the
 * reader already sees. With `deferInHead` the page carries the script itself and nothing is added.
 */
function shiftProbe({ scripts, deferInHead = false, into = 'head', describe, heights }) {
  return `
    window.__shifts = [];
    const describe = ${describe};
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          startTime: entry.startTime,
          sources: (entry.sources || []).map((source) => describe(source.node)),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    const painted = new Promise((resolve) => {
      new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) resolve(true);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(false), 3000);
    });
    window.__heights = () => (${heights})().map((element) => element.getBoundingClientRect().height);
    if (${deferInHead}) {
      // As the README says to paste it: the script with defer in the head, so it runs before DOMContentLoaded.
      window.__scriptAddedAt = 0;
      window.__firstPaintBeforeScript = false;
    } else addEventListener('load', async () => {
      window.__firstPaintBeforeScript = await painted;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      window.__heightsBefore = window.__heights();
      window.__scriptAddedAt = performance.now();
      for (const src of ${JSON.stringify(scripts)}) {
        const script = document.createElement('script');
        script.src = src;
        const ran = new Promise((resolve) => (script.onload = script.onerror = resolve));
        document.${into}.append(script);
        await ran;
      }
    });`;
}

export function layoutShiftPage(snippets, scriptUrl = SCRIPT_URL, { deferInHead = false } = {}) {
  const intro =
    '    <h1>A partner page</h1>\n    <p>Text above the embedded elements, so that any element that grows pushes something visible.</p>';
  const body = snippets.map(
    (snippet) => `    <div class="slot">${snippet}</div>\n    <p>Text after an element.</p>`,
  );
  const probe = shiftProbe({
    scripts: [scriptUrl],
    deferInHead,
    describe: DESCRIBE_BY_SLOT,
    heights: `() => [...document.querySelectorAll('.slot')]`,
  });
  return page({
    title: 'bench: fallback content upgraded after first paint',
    head: deferInHead ? `    <script src="${scriptUrl}" defer></script>` : '',
    body: `${intro}\n${body.join('\n')}\n    <script>${RENDERED_PROBE}${probe}</script>`,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The whole-page layout shift: a school's page built from the embed builder's snippets.

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The element as the builder pastes it (src/builder/snippets.ts `elementMarkup`): opening tag, fallback, closing tag. */
const elementMarkup = (tag, attributes, fallback) =>
  [
    `<${tag}${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}>`,
    fallback,
    `</${tag}>`,
  ]
    .filter(Boolean)
    .join('\n');

/**
 * The snippets a school would paste from the embed builder, written the way src/builder/ writes them: the
 * attributes chosen (region and set always written, defaults left out), then the fallback from the element's own
 * fallback writer in `<esmDir>/elements/<name>/<name>.examples.js`, the same modules the builder imports. Where the
 * build has no writer, the fallback is the element's first gallery example, as the builder does.
 */
export async function builderSnippets(esmDir) {
  const load = (path) =>
    import(`${pathToFileURL(`${esmDir}/${path}`).href}?t=${Date.now()}`).catch(() => ({}));
  const [banners, cards, explainers, facts, examples] = await Promise.all([
    load('elements/hotline-banner/hotline-banner.examples.js'),
    load('elements/fact-card/fact-card.examples.js'),
    load('elements/indicator-explainer/indicator-explainer.examples.js'),
    load('content/facts.js'),
    load('examples.js'),
  ]);
  const missing = [];
  const firstExample = (tag) => {
    missing.push(tag);
    const html = examples.gallery?.find((group) => group.tag === tag)?.examples[0]?.html ?? '';
    return html.replace(new RegExp(`^\\s*<${tag}[^>]*>|</${tag}>\\s*$`, 'g'), '').trim();
  };
  const banner = (attributes) =>
    elementMarkup(
      'aw-hotline-banner',
      attributes,
      banners.hotlineFallbackHtml?.({
        region: 'US',
        lang: 'en',
        position: attributes.find(([name]) => name === 'position')?.[1],
      }) ?? firstExample('aw-hotline-banner'),
    );
  const fact = facts.defaultFact?.();
  const snippets = {
    topBanner: banner([
      ['region', 'US'],
      ['position', 'top'],
    ]),
    banner: banner([['region', 'US']]),
    factCard: elementMarkup(
      'aw-fact-card',
      [],
      (fact && cards.factFallbackHtml?.(fact.id, 'en')) ?? firstExample('aw-fact-card'),
    ),
    explainer: elementMarkup(
      'aw-indicator-explainer',
      [
        ['region', 'US'],
        ['set', 'warning-signs'],
      ],
      explainers.explainerFallbackHtml?.({ set: 'warning-signs', region: 'US', lang: 'en' }) ??
        firstExample('aw-indicator-explainer'),
    ),
  };
  const source =
    "the builder's fallback writers in `dist/esm/elements/*/*.examples.js` (`hotlineFallbackHtml`, " +
    '`factFallbackHtml`, `explainerFallbackHtml`), called as `src/builder/` calls them' +
    (missing.length
      ? `; the first gallery example for ${[...new Set(missing)].map((tag) => `\`<${tag}>\``).join(', ')}`
      : '');
  return { source, snippets };
}

/**
 * The same page's elements prerendered (scripts/prerender.mjs writes dist/prerendered/cases.json): for each element
 * the case closest to the builder snippet (no `lang`, else the first of that tag). A case in another language brings
 * its language file, which the page loads before the drop-in file. A top banner is prerendered only if a case has
 * `position="top"`; otherwise the page keeps the builder's plain top banner.
 */
export function prerenderedSnippets(cases, plain) {
  const pick = (tag, match = () => true) => {
    const ofTag = cases.filter((each) => each.tag === tag && match(each));
    return ofTag.find((each) => !each.attributes.lang) ?? ofTag[0];
  };
  const chosen = {
    banner: pick('aw-hotline-banner', (each) => !each.attributes.position),
    factCard: pick('aw-fact-card'),
    explainer: pick('aw-indicator-explainer'),
    topBanner: pick('aw-hotline-banner', (each) => each.attributes.position === 'top'),
  };
  const snippets = Object.fromEntries(
    Object.entries(chosen).map(([key, each]) => [key, each ? each.html : plain[key]]),
  );
  const used = Object.values(chosen).filter(Boolean);
  const langs = [...new Set(used.map((each) => each.attributes.lang).filter(Boolean))];
  return {
    snippets,
    langs,
    cases: Object.fromEntries(Object.entries(chosen).map(([key, each]) => [key, each?.name ?? 'plain'])),
  };
}

// Names a shifted node by the aw-* element it is in (also through a shadow root) or right after, else by its id,
// class or tag: "div in aw-fact-card", "h2 after aw-fact-card", "main".
const DESCRIBE_BY_ELEMENT = `(node) => {
      if (!node || node.nodeType !== Node.ELEMENT_NODE) return node ? node.nodeName : null;
      const label = (element) => element.localName + (element.getAttribute('position') ? '[position=' + element.getAttribute('position') + ']' : '');
      for (let at = node; at; at = at.parentElement || at.getRootNode().host) {
        if (at.localName.startsWith('aw-')) return at === node ? label(at) : node.localName + ' in ' + label(at);
      }
      const before = node.previousElementSibling;
      if (before && before.localName.startsWith('aw-')) return node.localName + ' after ' + label(before);
      return node.id ? '#' + node.id : node.className ? node.localName + '.' + String(node.className).split(' ')[0] : node.localName;
    }`;

const SCHOOL_CSS = `
      *, *::before, *::after { box-sizing: border-box; }
      body { margin: 0; font: 1.0625rem/1.6 system-ui, sans-serif; color: #1f2933; background: #eef1f4; }
      .site-header { background: #1d3c6e; color: #fff; padding: 1rem 1.25rem; }
      .site-header .name { font-size: 1.5rem; font-weight: 700; margin: 0; }
      .site-header ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; margin: 0.5rem 0 0; padding: 0; }
      .site-header a { color: #fff; }
      main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; background: #fff; }
      h1 { font-size: 2rem; line-height: 1.2; }
      footer { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem; color: #52606d; }`;

/**
 * A school's "Keeping children safe" page: the page's own header, an article with the builder's fact card,
 * explainer and banner in it, a footer, and (with `topBanner`) a banner fixed to the top, first in the body as the
 * README asks. `scripts` are added at the end of the body once the page has painted.
 */
export function schoolPage({ snippets, topBanner = false, scripts, title = 'Keeping children safe' }) {
  const probe = shiftProbe({
    scripts,
    into: 'body',
    describe: DESCRIBE_BY_ELEMENT,
    heights: `() => [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('aw-'))`,
  });
  const indent = (html, spaces = 8) => html.replace(/^/gm, ' '.repeat(spaces));
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title}: Lincoln Park Middle School</title>
    <style>${SCHOOL_CSS}
    </style>
  </head>
  <body>
${
  topBanner
    ? `${indent(snippets.topBanner).slice(4)}
`
    : ''
}    <header class="site-header">
      <p class="name">Lincoln Park Middle School</p>
      <nav aria-label="School">
        <ul>
          <li><a href="#">Home</a></li>
          <li><a href="#">News</a></li>
          <li><a href="#">Calendar</a></li>
          <li><a href="#">Families</a></li>
          <li><a href="#">Contact us</a></li>
        </ul>
      </nav>
    </header>
    <main>
      <article>
        <h1>${title}</h1>
        <p>Every adult at our school helps keep students safe: in class, online and on the way home. This page
          tells families what to look out for and who to call.</p>
${indent(snippets.factCard)}
        <p>Trafficking can happen in any town. It often starts with someone a child trusts, met online or in
          person. Talking with your child about safe and unsafe secrets is a good place to start.</p>
        <h2>Signs to look for</h2>
${indent(snippets.explainer)}
        <h2>Who to call</h2>
        <p>If you are worried about a child, you can call, text or report online. You do not need to be sure.</p>
${indent(snippets.banner)}
        <p>You can also talk to our school counselor. Ask at the front office, or leave a message and we will call
          you back the same day.</p>
      </article>
    </main>
    <footer>
      <p>Lincoln Park Middle School. This page was last checked by our safety team this term.</p>
    </footer>
    <script>${RENDERED_PROBE}${probe}</script>
  </body>
</html>
`;
}

/** An empty page that loads one script after it has painted, to time the script's own parse and define. */
export function parsePage() {
  const probe = `
    window.__parse = (src) => new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => {
        const done = performance.now();
        const entry = performance.getEntriesByName(script.src)[0];
        resolve({ parseAndDefine: done - entry.responseEnd, fetch: entry.responseEnd - entry.startTime });
      };
      script.onerror = reject;
      document.head.append(script);
    });`;
  return page({ title: 'bench: parse and define', body: `    <p>Empty.</p>\n    <script>${probe}</script>` });
}

export function writePage(name, html) {
  mkdirSync(PAGES_DIR, { recursive: true });
  writeFileSync(`${PAGES_DIR}/${name}`, html);
  return `/${PAGES_DIR}/${name}`;
}
