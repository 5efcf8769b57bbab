// Fills the documentation pages from what the build writes, so the docs cannot drift from the library:
// - reference tables (attributes, events, slots, parts, custom properties) from ../custom-elements.json;
// - live examples from dist/esm/examples.js (the same list the gallery and the accessibility tests use);
// - every figure, hotline, sign and source from the content modules in dist/esm/content/.
// Everything is built with DOM methods and textContent: no content string is ever parsed as HTML, except the
// project's own example markup, which the gallery renders the same way.

import '../demo/locale-files.js';

const root = new URL('../', import.meta.url);
const at = (path) => new URL(path, root).href;

const [manifest, examples, facts, hotlines, signs, locales, regions] = await Promise.all([
  fetch(at('custom-elements.json'))
    .then((response) => (response.ok ? response.json() : undefined))
    .catch(() => undefined),
  import(at('dist/esm/examples.js')),
  import(at('dist/esm/content/facts.js')),
  import(at('dist/esm/content/hotlines.js')),
  import(at('dist/esm/content/signs.js')),
  import(at('dist/esm/content/locales/all.js')),
  import(at('dist/esm/content/regions.js')),
]);

/** Creates an element with text, attributes and children. */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) element.setAttribute(name, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Inline `code` in manifest descriptions becomes <code>; everything else stays text. */
function richText(text = '') {
  return String(text)
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('`') && part.endsWith('`') ? h('code', {}, part.slice(1, -1)) : part));
}

function table(caption, headings, rows) {
  return h(
    'div',
    { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: '0' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headings.map((heading) => h('th', { scope: 'col' }, heading)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((cells) =>
          h(
            'tr',
            {},
            cells.map((cell) => h('td', {}, cell)),
          ),
        ),
      ),
    ),
  );
}

function sourceLink(source) {
  const name = `${source.organisation}, “${source.title}”`;
  return source.url ? h('a', { href: source.url }, name) : name;
}

function dataYear(citation, messages) {
  return citation.dataYear === 'undated' ? messages.common.undated : String(citation.dataYear);
}

// ---------------------------------------------------------------------------------------------------------------
// Element reference, from the manifest.

function declarationOf(tag) {
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return declaration;
    }
  }
  return undefined;
}

function renderReference(container, tag) {
  const declaration = declarationOf(tag);
  if (!declaration) {
    container.append(
      h('p', {}, 'The reference appears here after npm run build writes custom-elements.json.'),
    );
    return;
  }
  const code = (text) => h('code', {}, text);
  const sections = [
    [
      'Attributes',
      ['attribute', 'type', 'what it does'],
      (declaration.attributes ?? []).map((each) => [
        code(each.name),
        code(each.type?.text ?? ''),
        richText(each.description),
      ]),
    ],
    [
      'Events',
      ['event', 'what it means'],
      (declaration.events ?? []).map((each) => [code(each.name), richText(each.description)]),
    ],
    [
      'Slots',
      ['slot', 'what goes in it'],
      (declaration.slots ?? []).map((each) => [
        each.name ? code(each.name) : '(default)',
        richText(each.description),
      ]),
    ],
    [
      'Parts (for ::part())',
      ['part', 'what it is'],
      (declaration.cssParts ?? []).map((each) => [code(each.name), richText(each.description)]),
    ],
    [
      'Custom properties',
      ['property', 'what it sets'],
      (declaration.cssProperties ?? []).map((each) => [code(each.name), richText(each.description)]),
    ],
  ];
  for (const [title, headings, rows] of sections) {
    if (!rows.length) continue;
    container.append(h('h3', {}, title), table(`${title} of <${tag}>`, headings, rows));
  }
}

function renderExamples(container, tag) {
  const group = examples.gallery.find((each) => each.tag === tag);
  for (const example of group?.examples.filter((each) => !each.testOnly) ?? []) {
    const preview = h('div', { class: 'preview' });
    // The project's own example markup, as the gallery renders it.
    preview.innerHTML = example.html;
    container.append(
      h(
        'article',
        { class: 'example', id: `example-${example.id}` },
        h('h3', {}, example.title),
        h('p', {}, richText(example.description)),
        preview,
        h('details', {}, h('summary', {}, 'Markup'), h('pre', {}, h('code', {}, example.html.trim()))),
      ),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Content, from the content modules.

function renderFacts(container, lang) {
  const messages = locales.builtInLocales[lang];
  const rows = facts.allFacts().map((fact) => {
    const words = messages.facts[fact.id];
    const flags = [fact.estimate ? 'estimate' : '', fact.archival ? 'archival (kept for the record)' : '']
      .filter(Boolean)
      .join(', ');
    return [
      h('code', {}, fact.id),
      h('strong', {}, words.figure),
      words.sentence,
      sourceLink(fact.citation.source),
      dataYear(fact.citation, messages),
      fact.reviewed,
      [fact.topics.join(', '), flags ? h('br') : '', flags],
    ];
  });
  container.append(
    table(
      'Every built-in figure, newest data first',
      ['id', 'figure', 'sentence', 'source', 'year of data', 'reviewed', 'topics, notes'],
      rows,
    ),
  );
}

function channelText(channel) {
  const shown = channel.vanity ? `${channel.vanity} (${channel.display})` : channel.display;
  const kind = { call: 'call', text: 'text', web: 'online', tty: 'TTY' }[channel.kind] ?? channel.kind;
  const keywords = channel.keywords?.length ? ` (send ${channel.keywords.join(' or ')})` : '';
  return [`${kind}: `, h('a', { href: channel.href }, shown), keywords];
}

/** Every covered region (src/content/regions.ts), then the directory a region without built-in lines is given. */
function renderHotlines(container, lang, shown = [...regions.REGION_CODES, 'international']) {
  const messages = locales.builtInLocales[lang];
  const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const names = { international: 'Any other country' };
  for (const region of shown) {
    names[region] ??= regionNames.of(region) ?? region;
    const ids = hotlines.HOTLINE_IDS.filter((id) => hotlines.hotlines[id].region === region);
    const rows = ids.map((id) => {
      const hotline = hotlines.hotlines[id];
      const words = messages.hotlines.entries[id];
      return [
        [h('strong', {}, words.name), h('br'), h('code', {}, id)],
        hotline.channels.map((channel, index) => [index ? h('br') : '', ...channelText(channel)]),
        // An emergency number has no purpose text: show the line the elements show ("In an emergency, call 911").
        words.purpose ?? `${messages.hotlines.actions.emergency} ${hotline.channels[0].display}`,
        // Hours as the elements say them; a line whose source gives no hours says so rather than leaving a blank.
        hotline.hours ? messages.hotlines.hours[hotline.hours] : 'Not stated by the source.',
        hotline.sources.map((source, index) => [index ? '; ' : '', sourceLink(source)]),
        hotline.recheck
          ? [hotline.verified, h('br'), `To re-check live: ${hotline.recheck}`]
          : hotline.verified,
      ];
    });
    container.append(
      h('h3', {}, names[region] ?? region),
      table(
        `Hotlines for ${names[region] ?? region}`,
        ['hotline', 'how to reach it', 'for', 'hours', 'source', 'verified'],
        rows,
      ),
    );
  }
}

function renderSigns(container, lang, onlySets = signs.SIGN_SETS) {
  const messages = locales.builtInLocales[lang];
  for (const setId of onlySets) {
    const set = signs.signSets[setId];
    const words = messages.signs.sets[setId];
    container.append(h('h3', {}, words.title));
    const rows = set.groups.flatMap((group) =>
      group.items.map((item) => {
        const text = messages.signs.items[item.id];
        // A myth is labelled as a myth and its answer as the fact, as the explainer itself shows them, so a reader
        // skimming the table never takes a myth for a sign.
        const words =
          setId === 'myths'
            ? [
                h('strong', {}, `${messages.explainer.myth} `, text.title),
                h('br'),
                h('strong', {}, `${messages.explainer.fact} `),
                text.body,
              ]
            : [h('strong', {}, text.title), h('br'), text.body];
        return [
          messages.signs.groups[group.id],
          words,
          (item.audiences ?? ['everyone']).join(', '),
          sourceLink(item.citation.source),
        ];
      }),
    );
    container.append(table(`Items in “${words.title}”`, ['group', 'item', 'for', 'source'], rows));
  }
}

function renderSources(container) {
  const seen = new Map();
  const add = (source) => seen.set(`${source.organisation}|${source.title}`, source);
  facts.allFacts().forEach((fact) => add(fact.citation.source));
  hotlines.HOTLINE_IDS.forEach((id) => hotlines.hotlines[id].sources.forEach(add));
  signs.allSignItems().forEach((item) => add(item.citation.source));
  container.append(
    h(
      'ul',
      {},
      [...seen.values()].map((source) => h('li', {}, sourceLink(source))),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Wiring: each page marks the places to fill with data-* attributes.

function fill(lang) {
  for (const container of document.querySelectorAll('[data-fill]')) {
    container.replaceChildren();
    const [what, argument] = container.dataset.fill.split(':');
    const list = argument?.split(',');
    if (what === 'reference') renderReference(container, argument);
    if (what === 'examples') renderExamples(container, argument);
    if (what === 'facts') renderFacts(container, lang);
    if (what === 'hotlines') renderHotlines(container, lang, list);
    if (what === 'signs') renderSigns(container, lang, list);
    if (what === 'sources') renderSources(container);
  }
  document.body.dataset.ready = 'true';
}

const language = document.getElementById('content-lang');
language?.addEventListener('change', () => fill(language.value));
fill(language?.value ?? 'en');

// Example code shown on the usage page is fetched from the very files the tests bundle and run.
for (const block of document.querySelectorAll('code[data-source]')) {
  fetch(at(block.dataset.source))
    .then((response) => response.text())
    .then((text) => {
      block.textContent = text.trim();
    });
}
