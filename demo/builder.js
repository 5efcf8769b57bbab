// The embed builder: a form of options, a live preview rendered by the built drop-in file, and the code to paste.
// It reads only what `npm run build` writes (dist/esm data modules, dist/awareness-widgets.js.sri,
// custom-elements.json) and package.json, with relative URLs, so it works from any static host.
// Nothing here computes a hash or a number on its own: the integrity value is the build's, the hotline numbers and
// the words come from the library's content modules, so the builder cannot disagree with the library.

const CDN = 'https://cdn.jsdelivr.net/npm/awareness-widgets';
const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const scriptOutput = document.getElementById('snippet-script');
const iframeOutput = document.getElementById('snippet-iframe');
const problem = document.getElementById('snippet-problem');
const iframeNote = document.getElementById('iframe-note');
const copyStatus = document.getElementById('copy-status');

/** What each element is for, shown under the element choice. */
const SUMMARIES = {
  'aw-hotline-banner':
    'Every way to get help in one country: call, text, report online, and the emergency number.',
  'aw-fact-card': 'One figure with a plain sentence, its source and the year of its data.',
  'aw-indicator-explainer': 'Warning signs and what to do, as sections a reader opens one by one.',
  'aw-quick-exit': 'A button that leaves the page at once, also by pressing Shift three times.',
};

/** Rough heights for the iframe, in CSS pixels, so the frame does not open with a scroll bar in most layouts. */
const FRAME_HEIGHTS = {
  'aw-hotline-banner': 360,
  'aw-fact-card': 260,
  'aw-indicator-explainer': 520,
  'aw-quick-exit': 90,
};

/** Escapes text for HTML text and for a double-quoted attribute value. */
export function escapeHtml(value) {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

// ---------------------------------------------------------------------------------------------------------------
// Data from the build. Each loader fails soft: the builder still offers what it can and says what is missing.

async function loadJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function loadText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

async function loadModule(url) {
  try {
    return await import(url);
  } catch (error) {
    console.warn(`[builder] ${url} could not be loaded:`, error);
    return undefined;
  }
}

const [
  pkg,
  integrity,
  manifest,
  localesModule,
  factsModule,
  typesModule,
  hotlineExamples,
  factExamples,
  examplesModule,
  regionsModule,
  explainerExamples,
] = await Promise.all([
  loadJson('../package.json').catch(() => undefined),
  loadText('../dist/awareness-widgets.js.sri')
    .then((text) => text.trim())
    .catch(() => undefined),
  loadJson('../custom-elements.json').catch(() => undefined),
  loadModule('../dist/esm/content/locales/all.js'),
  loadModule('../dist/esm/content/facts.js'),
  loadModule('../dist/esm/content/types.js'),
  // The elements' own examples export the functions that write their fallback from the content data.
  loadModule('../dist/esm/elements/hotline-banner/hotline-banner.examples.js'),
  loadModule('../dist/esm/elements/fact-card/fact-card.examples.js'),
  loadModule('../dist/esm/examples.js'),
  loadModule('../dist/esm/content/regions.js'),
  loadModule('../dist/esm/elements/indicator-explainer/indicator-explainer.examples.js'),
]);

const version = pkg?.version;
const scriptUrl = `${CDN}@${version}/dist/awareness-widgets.js`;
const localeUrl = (code) => `${CDN}@${version}/dist/locales/${code}.js`;

/** The languages besides English, each a locale file with its own integrity hash (written by the build). */
const localeFiles = new Map(
  await Promise.all(
    (localesModule ? Object.keys(localesModule.builtInLocales) : [])
      .filter((code) => code !== 'en')
      .map(async (code) => [
        code,
        await loadText(`../dist/locales/${code}.js.sri`)
          .then((text) => text.trim())
          .catch(() => undefined),
      ]),
  ),
);
// The preview speaks every language: each locale file the build wrote is loaded, as a page would with its second tag.
await import('./locale-files.js');
// The iframe page is served by this site itself, beside the builder: npm CDNs send .html files as text/plain (so a
// page could not run from them), and the site that hosts the builder hosts dist/ too.
const embedUrl = new URL('../dist/embed.html', import.meta.url).href;

/** Attributes the manifest documents, per tag: name → { description, default }. */
function manifestAttributes() {
  const byTag = new Map();
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const attributes = new Map();
      for (const attribute of declaration.attributes ?? []) attributes.set(attribute.name, attribute);
      byTag.set(declaration.tagName, attributes);
    }
  }
  return byTag;
}
const documented = manifestAttributes();

/** The default value the manifest states for an attribute, as a plain string (`'public'` → `public`). */
function manifestDefault(tag, name) {
  const raw = documented.get(tag)?.get(name)?.default;
  if (raw === undefined) return undefined;
  return String(raw).replace(/^(['"`])(.*)\1$/, '$2');
}

// ---------------------------------------------------------------------------------------------------------------
// Light-DOM fallback content: what readers see before the script runs, or if it never does. Built from the same
// content modules the elements read, in the chosen language, so it always matches the options.

function messagesFor(lang) {
  const locales = localesModule?.builtInLocales;
  if (!locales) return undefined;
  return locales[lang] ?? locales.en;
}

/** A region as the elements read it: `UK` → `GB`, one without built-in lines → null (no foreign number). */
function regionOption(options) {
  return options.region ? (regionsModule?.regionCode?.(options.region) ?? null) : undefined;
}

function hotlineFallback(options, lang) {
  if (!hotlineExamples?.hotlineFallbackHtml) return undefined;
  return hotlineExamples.hotlineFallbackHtml({
    region: regionOption(options),
    audience: options.audience || undefined,
    lang,
  });
}

/** The built-in facts, newest data first. */
function factList() {
  return factsModule?.allFacts?.() ?? [];
}

/** The fact a card shows for these options, as the element chooses it: by id, else the newest of a topic. */
function factFor(options) {
  if (!factsModule) return undefined;
  if (options.fact) return factsModule.factById(options.fact) ?? factsModule.defaultFact();
  if (options.topic) return factsModule.factsByTopic(options.topic)[0] ?? factsModule.defaultFact();
  return factsModule.defaultFact();
}

function factFallback(options, lang) {
  const fact = factFor(options);
  if (!fact || !factExamples?.factFallbackHtml) return undefined;
  return factExamples.factFallbackHtml(fact.id, lang);
}

function explainerFallback(options, lang) {
  if (!explainerExamples?.explainerFallbackHtml) return undefined;
  // The element's own fallback writer: the set's title and framing, then that region's contacts for that reader.
  return explainerExamples.explainerFallbackHtml({
    set: options.set || undefined,
    audience: options.audience || undefined,
    region: regionOption(options),
    lang,
  });
}

function quickExitFallback(options, lang) {
  const label = messagesFor(lang)?.quickExit?.label ?? 'Leave this page';
  const href = options.href || 'https://www.google.com/';
  return `  <a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
}

/** As a last resort, the fallback of the element's first example in the gallery. */
function exampleFallback(tag) {
  const group = examplesModule?.gallery?.find((each) => each.tag === tag);
  const html = group?.examples?.[0]?.html ?? '';
  const inner = new DOMParser().parseFromString(html, 'text/html').body.querySelector(tag)?.innerHTML;
  return inner?.trim() ? `  ${inner.trim()}` : undefined;
}

const FALLBACKS = {
  'aw-hotline-banner': hotlineFallback,
  'aw-fact-card': factFallback,
  'aw-indicator-explainer': explainerFallback,
  'aw-quick-exit': quickExitFallback,
};

// ---------------------------------------------------------------------------------------------------------------
// The form.

/** Offers only the topics the content has, in its order, with a plain label where one is known. */
function fillTopicOptions() {
  const topics = typesModule?.FACT_TOPICS;
  if (!topics) return;
  const select = document.getElementById('opt-topic');
  const labels = new Map([...select.options].map((option) => [option.value, option.textContent]));
  select.replaceChildren(
    ...topics.map((topic) => {
      const option = document.createElement('option');
      option.value = topic;
      option.textContent = labels.get(topic) ?? topic;
      return option;
    }),
  );
}

function fillFactOptions() {
  const select = document.getElementById('opt-fact');
  const words = messagesFor('en');
  for (const fact of factList()) {
    const option = document.createElement('option');
    option.value = fact.id;
    const entry = words?.facts?.[fact.id];
    const year = fact.citation.dataYear;
    option.textContent = entry ? `${entry.figure} (${year}, ${fact.citation.source.shortName})` : fact.id;
    select.append(option);
  }
  if (!select.options.length) {
    const option = document.createElement('option');
    option.value = '';
    option.textContent = 'No figures found: run npm run build';
    select.append(option);
  }
}

/** Offers every shipped language, named in its own words, after "the page's language". */
function fillLanguageOptions() {
  const codes = localesModule ? Object.keys(localesModule.builtInLocales) : [];
  if (!codes.length) return;
  const english = new Intl.DisplayNames(['en'], { type: 'language' });
  const select = document.getElementById('opt-lang');
  select.replaceChildren(
    select.options[0],
    ...codes.map((code) => {
      const own = new Intl.DisplayNames([code], { type: 'language' }).of(code);
      const name = english.of(code) ?? code;
      return new Option(code === 'en' || !own ? name : `${name} (${own})`, code);
    }),
  );
}

/** Offers the regions the content covers, named in English, the default first and marked. */
function fillRegionOptions() {
  const codes = regionsModule?.REGION_CODES;
  if (!codes) return;
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const fallback = regionsModule.DEFAULT_REGION;
  document.getElementById('opt-region').replaceChildren(
    ...codes.map((code) => {
      const label = names.of(code) ?? code;
      return new Option(code === fallback ? `${label} (default)` : label, code);
    }),
  );
}

/** Describes each control with the manifest's words for its attribute. */
function describeControls() {
  for (const control of form.querySelectorAll('[data-attribute]')) {
    const field = control.closest('.field');
    const tags = field?.dataset.for?.split(' ') ?? [];
    const attribute = control.dataset.attribute;
    const description = tags.map((tag) => documented.get(tag)?.get(attribute)?.description).find(Boolean);
    if (!description || !field) continue;
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = `${control.id}-hint`;
    // `code` in the manifest's words becomes <code>; the rest stays text.
    for (const part of description.split(/(`[^`]+`)/).filter(Boolean)) {
      if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) {
        const code = document.createElement('code');
        code.textContent = part.slice(1, -1);
        hint.append(code);
      } else hint.append(part);
    }
    field.append(hint);
    control.setAttribute('aria-describedby', hint.id);
  }
}

function readOptions() {
  const data = new FormData(form);
  const tag = data.get('element');
  const value = (id) => document.getElementById(id);
  const options = { tag, attributes: [], styles: [], addQuickExit: false };
  // A value equal to the element's default is left out, so the pasted code says only what was chosen. The region
  // and the set are always written: a reader of the code should not have to know the defaults to see them.
  const add = (name, attributeValue, control) => {
    if (attributeValue === '' || attributeValue === undefined || attributeValue === false) return;
    const fallback = control?.dataset.default ?? manifestDefault(tag, name);
    if (attributeValue !== true && fallback === attributeValue) return;
    options.attributes.push([name, attributeValue]);
  };
  const pick = (id) => add(value(id).dataset.attribute, value(id).value, value(id));

  if (tag === 'aw-hotline-banner') {
    add('region', value('opt-region').value);
    pick('opt-banner-audience');
    pick('opt-position');
    add('dismissible', value('opt-dismissible').checked);
    add('quick-exit', value('opt-banner-quick-exit').checked);
  } else if (tag === 'aw-fact-card') {
    const by = value('opt-choose-by').value;
    if (by === 'fact') add('fact', value('opt-fact').value);
    if (by === 'topic') {
      add('topic', value('opt-topic').value);
      add('rotate', value('opt-rotate').checked);
      if (value('opt-rotate').checked) add('interval', value('opt-interval').value.trim());
    }
    pick('opt-variant');
  } else if (tag === 'aw-indicator-explainer') {
    add('region', value('opt-region').value);
    add('set', value('opt-set').value);
    pick('opt-explainer-audience');
    add('open', value('opt-open').checked);
    add('heading-level', value('opt-heading-level').value);
  } else if (tag === 'aw-quick-exit') {
    add('href', value('opt-href').value.trim());
    pick('opt-exit-position');
  }
  if (tag === 'aw-fact-card' || tag === 'aw-indicator-explainer') {
    options.addQuickExit = value('opt-add-quick-exit').checked;
  }
  add('lang', value('opt-lang').value);
  add('theme', value('opt-theme').value);
  if (value('opt-brand').checked) {
    for (const input of form.querySelectorAll('[data-property]')) {
      options.styles.push([input.dataset.property, input.value]);
    }
  }
  return options;
}

/** The option values by name, for the fallback builders. */
function optionValues(options) {
  return Object.fromEntries(options.attributes.map(([name, value]) => [name, value === true ? '' : value]));
}

function openingTag(tag, attributes, styles) {
  const parts = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(value)}"`));
  if (styles.length) {
    parts.push(
      `style="${escapeHtml(styles.map(([property, value]) => `${property}: ${value}`).join('; '))}"`,
    );
  }
  return `<${tag}${parts.map((part) => ` ${part}`).join('')}>`;
}

/** The element with its attributes and its fallback content, exactly as it is pasted. */
export function elementMarkup(options) {
  const values = optionValues(options);
  const lang = spokenLanguage(options);
  const fallback = FALLBACKS[options.tag]?.(values, lang) ?? exampleFallback(options.tag) ?? '';
  const lines = [openingTag(options.tag, options.attributes, options.styles)];
  if (fallback) lines.push(fallback);
  lines.push(`</${options.tag}>`);
  let markup = lines.join('\n');
  if (options.addQuickExit) {
    const exit = { tag: 'aw-quick-exit', attributes: values.lang ? [['lang', values.lang]] : [], styles: [] };
    markup = `${openingTag(exit.tag, exit.attributes, exit.styles)}\n${quickExitFallback({}, lang)}\n</aw-quick-exit>\n${markup}`;
  }
  return markup;
}

/**
 * The language the pasted element will speak when the page says nothing else: the one chosen, else the region's
 * own (Mexico: Spanish), else English. A page whose own `lang` differs gets its words only with that file added.
 */
function spokenLanguage(options) {
  const values = optionValues(options);
  if (values.lang) return values.lang;
  const region = values.region ? regionsModule?.regionCode?.(values.region) : undefined;
  return (region && regionsModule?.REGION_LANGUAGES?.[region]) || 'en';
}

export function scriptSnippet(options) {
  const tag = (src, hash) =>
    `<script src="${escapeHtml(src)}" integrity="${escapeHtml(hash)}" crossorigin="anonymous" defer></script>`;
  const lines = [tag(scriptUrl, integrity)];
  // English is in the drop-in file; any other language is one more small file, and only the one asked for.
  const lang = spokenLanguage(options);
  if (lang !== 'en' && localeFiles.has(lang)) lines.push(tag(localeUrl(lang), localeFiles.get(lang) ?? ''));
  return `${lines.join('\n')}\n${elementMarkup(options)}\n`;
}

function frameTitle(options) {
  const lang = optionValues(options).lang || 'en';
  const messages = messagesFor(lang);
  const names = {
    'aw-hotline-banner': messages?.hotlines?.label ?? 'Get help',
    // The frame's title in the chosen language, from the card's own words (no language is typed here).
    'aw-fact-card': messages?.factCard?.carouselLabel ?? 'Facts about child sex trafficking',
    'aw-indicator-explainer':
      messages?.signs?.sets?.[optionValues(options).set ?? 'warning-signs']?.title ?? 'Warning signs',
    'aw-quick-exit': messages?.quickExit?.label ?? 'Leave this page',
  };
  return names[options.tag];
}

/**
 * What dist/embed.html takes from its URL (EMBEDDABLE in src/embed/embed.ts; test/builder.test.ts checks the two
 * agree). A quick exit, `position` and `remember` make no sense inside a frame, so the embed page leaves them out.
 */
const IFRAME_ATTRIBUTES = {
  'aw-hotline-banner': ['hotline', 'region', 'audience', 'dismissible', 'theme', 'lang'],
  'aw-fact-card': ['fact', 'topic', 'rotate', 'interval', 'variant', 'theme', 'lang'],
  'aw-indicator-explainer': ['set', 'region', 'audience', 'open', 'heading-level', 'theme', 'lang'],
};

/** The chosen options an iframe cannot carry, in words for the note under the iframe code. */
function notInFrame(options) {
  const allowed = IFRAME_ATTRIBUTES[options.tag] ?? [];
  const dropped = options.attributes.map(([name]) => name).filter((name) => !allowed.includes(name));
  if (options.styles.length) dropped.push('brand colours');
  if (options.addQuickExit) dropped.push('the extra quick exit');
  return dropped;
}

export function iframeSnippet(options) {
  if (!IFRAME_ATTRIBUTES[options.tag]) return '';
  const query = new URLSearchParams({ element: options.tag.replace(/^aw-/, '') });
  for (const [name, value] of options.attributes) {
    if (IFRAME_ATTRIBUTES[options.tag].includes(name)) query.set(name, value === true ? '' : value);
  }
  const src = `${embedUrl}?${query}`;
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(frameTitle(options))}" width="100%" height="${FRAME_HEIGHTS[options.tag]}" loading="lazy" allow="clipboard-write" style="border: 0"></iframe>\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Contrast of the chosen colours, so a partner sees a problem before readers do.

function luminance(hex) {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function reportContrast() {
  const report = document.getElementById('contrast-report');
  if (!document.getElementById('opt-brand').checked) {
    report.textContent = '';
    return;
  }
  const background = document.getElementById('opt-background').value;
  const pairs = [
    ['Text', document.getElementById('opt-text').value],
    ['Accent', document.getElementById('opt-accent').value],
  ];
  const low = pairs.filter(([, colour]) => contrast(colour, background) < 4.5).map(([name]) => name);
  report.textContent = low.length
    ? `${low.join(' and ')} on this background is hard to read (contrast below 4.5 to 1). Choose a darker or lighter colour.`
    : 'Text and accent are readable on this background (contrast at least 4.5 to 1).';
  report.classList.toggle('warning', low.length > 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering.

function showFields(tag) {
  const by = document.getElementById('opt-choose-by').value;
  for (const field of form.querySelectorAll('.field[data-for]')) {
    const forTag = field.dataset.for.split(' ').includes(tag);
    const when = field.dataset.when;
    const control = field.querySelector('[data-attribute]');
    // A control for an attribute the manifest does not document for this element is not offered.
    const attribute = control?.dataset.attribute;
    const known = !attribute || !documented.has(tag) || documented.get(tag).has(attribute);
    field.hidden = !forTag || (when !== undefined && when !== by) || !known;
  }
  document.getElementById('element-summary').textContent = SUMMARIES[tag];
  document.getElementById('brand-colours').hidden = !document.getElementById('opt-brand').checked;
}

function render() {
  copyStatus.textContent = '';
  const options = readOptions();
  showFields(options.tag);
  reportContrast();
  const markup = elementMarkup(options);
  // The preview is the pasted markup itself, upgraded by the drop-in file the page loaded.
  preview.innerHTML = markup;
  const missing = [];
  if (!version) missing.push('the version (../package.json)');
  if (!integrity) missing.push('the integrity hash (../dist/awareness-widgets.js.sri)');
  const lang = spokenLanguage(options);
  if (lang !== 'en' && !localeFiles.get(lang))
    missing.push(`the integrity hash (../dist/locales/${lang}.js.sri)`);
  problem.hidden = missing.length === 0;
  problem.textContent = missing.length
    ? `Could not read ${missing.join(' or ')}. Run npm run build and serve the whole project folder.`
    : '';
  scriptOutput.textContent = missing.length ? '' : scriptSnippet(options);
  iframeOutput.textContent = missing.length ? '' : iframeSnippet(options);
  const dropped = notInFrame(options);
  iframeNote.textContent = !IFRAME_ATTRIBUTES[options.tag]
    ? 'A quick exit cannot work inside a frame: it could leave only the frame, not your page. Use the script tag.'
    : dropped.length
      ? `Not available in a frame, so left out: ${dropped.join(', ')}.`
      : '';
  iframeNote.hidden = !iframeNote.textContent;
  document.querySelector('button[data-copy="snippet-iframe"]').hidden = !IFRAME_ATTRIBUTES[options.tag];
  for (const button of document.querySelectorAll('button.copy')) button.disabled = missing.length > 0;
  form.dataset.ready = 'true';
}

// ---------------------------------------------------------------------------------------------------------------
// Tabs (WAI-ARIA Authoring Practices: arrow keys move between tabs, Home and End jump, selection follows focus).

function setupTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  const select = (tab) => {
    for (const each of tabs) {
      const selected = each === tab;
      each.setAttribute('aria-selected', String(selected));
      each.tabIndex = selected ? 0 : -1;
      document.getElementById(each.getAttribute('aria-controls')).hidden = !selected;
    }
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const index = tabs.indexOf(tab);
      const next = {
        ArrowRight: tabs[(index + 1) % tabs.length],
        ArrowLeft: tabs[(index - 1 + tabs.length) % tabs.length],
        Home: tabs[0],
        End: tabs[tabs.length - 1],
      }[event.key];
      if (!next) return;
      event.preventDefault();
      select(next);
      next.focus();
    });
  }
}

async function copy(button) {
  const source = document.getElementById(button.dataset.copy);
  const snippet = source.textContent;
  try {
    await navigator.clipboard.writeText(snippet);
    copyStatus.textContent = 'Copied. Paste it into your page.';
  } catch {
    // No clipboard access (an insecure page or a refusal): select the code so Ctrl+C or Cmd+C copies it.
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    copyStatus.textContent = 'The code is selected. Press Ctrl+C (or Cmd+C) to copy it.';
  }
}

fillRegionOptions();
fillLanguageOptions();
fillTopicOptions();
fillFactOptions();
describeControls();
setupTabs();
for (const button of document.querySelectorAll('button.copy'))
  button.addEventListener('click', () => copy(button));
form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (event) => event.preventDefault());
// A quick exit in the preview would leave the builder: stop it there, and say what it does on a real page.
preview.addEventListener('aw-exit', (event) => {
  event.preventDefault();
  copyStatus.textContent = `On your page, the quick exit would now leave for ${event.detail.href}.`;
});
render();
