// Writes what the README and the docs' example files must not state by hand, from the library's own code:
// - the README's content tables (the regions, every built-in hotline with its source), from src/content, so the README
//   cannot state a number, a region or a source the library does not have;
// - the no-script fallback inside each element in the README's code blocks and in docs/examples/plain.html and
//   docs/examples/wordpress-custom-html-block.html, from the elements' own fallback writers (the functions the
//   gallery, the docs pages and the embed builder use), so a snippet shows what its element shows.
//
//   node scripts/readme-content.mjs [--write]   rewrites them (after a build: it reads dist/esm)
//   node scripts/readme-content.mjs --check     fails when a file is not what the code gives
//
// test/readme-content.test.ts runs the same functions in the browser against src/, so `npm test` checks it.
// At the top it imports only readme-tables.mjs (which imports nothing), so a browser can import it. Snippets are formatted by Prettier with the
// project's settings (the caller passes `format`), so `prettier --check` and this script agree.

import { tableCell as cell } from './readme-tables.mjs';

const ids = (list) => list.map((id) => `\`${id}\``).join(', ');

/** How a source is cited: a link where there is one, and when and how it was read where that is recorded. */
function citation(source) {
  const name = source.url ? `[${source.title}](${source.url})` : source.title;
  const who =
    source.organisation === source.title || source.shortName === source.title ? '' : `${source.shortName}, `;
  const checked = source.checked ? ` (${source.checked.seen}, ${source.checked.on})` : '';
  return `${who}${name}${checked}`;
}

/**
 * The regions table: every covered region with its default lines per audience and the contacts that close the
 * explainer, then the row for any other country.
 * @param {{ REGION_CODES: readonly string[], REGION_LANGUAGES: Record<string, string>, regionHelp: Record<string, any>, UNCOVERED: any }} content
 */
export function regionsTable({ REGION_CODES, REGION_LANGUAGES, regionHelp, UNCOVERED }) {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const row = (label, code, help, language) =>
    `| ${cell(label)} | ${code} | ${language} | ${ids(help.banner.public)} | ${ids(help.banner.youth)} | ${ids(help.explainer.parent.contacts)} |`;
  return [
    '| region | code | language when the page names none | banner | banner, `audience="youth"` | explainer (parents) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...REGION_CODES.map((code) =>
      row(names.of(code) ?? code, `\`${code}\``, regionHelp[code], REGION_LANGUAGES[code] ?? "the page's"),
    ),
    row('any other country', 'any other', UNCOVERED, "the page's"),
  ].join('\n');
}

/**
 * Every built-in hotline: how to reach it, what it is for (the English words the elements show), and the pages its
 * numbers were checked against.
 * @param {{ HOTLINE_IDS: readonly string[], hotlines: Record<string, any>, words: any, contactText: Function }} content
 */
export function hotlinesTable({ HOTLINE_IDS, hotlines, words, contactText }) {
  const rows = HOTLINE_IDS.map((id) => {
    const hotline = hotlines[id];
    const entry = words.entries[id];
    const reach = hotline.channels
      .map((channel) => {
        const { action, number } = contactText(channel, words);
        return `${action} ${number}`;
      })
      .join('; ');
    const meta = [hotline.hours && words.hours[hotline.hours], hotline.languages && words.manyLanguages]
      .filter(Boolean)
      .join(' ');
    const purpose = entry.purpose ?? `${words.actions.emergency} ${hotline.channels[0].display}.`;
    return `| ${hotline.region} | \`${id}\` | ${cell(reach)}${meta ? ` ${cell(meta)}` : ''} | ${cell(purpose)} | ${cell(hotline.sources.map(citation).join('; '))} | ${hotline.verified}${hotline.recheck ? ` (to re-check live: ${cell(hotline.recheck)})` : ''} |`;
  });
  return [
    '| region | id | how to reach it | for | source | verified |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/**
 * Every built-in figure, newest data first: the figure as a card shows it in English, its topics, the year of its
 * data, what it measures (figures of one measure are the same count in other years), whether a card rotating
 * without a topic shows it, and its source as the card cites it.
 * @param {{ facts: readonly any[], factWords: Record<string, { figure: string }>, common: any, citedFromText: Function }} content
 */
export function factsTable({ facts, factWords, common, citedFromText }) {
  const rows = facts.map((fact) => {
    const { dataYear, source } = fact.citation;
    const figure = `${factWords[fact.id].figure}${fact.estimate ? ' (estimate)' : ''}`;
    const year = `${dataYear === 'undated' ? 'not given' : dataYear}${fact.archival ? ' (archival)' : ''}`;
    const from = citedFromText(fact.citation, common, true);
    return `| \`${fact.id}\` | ${cell(figure)} | ${fact.topics.join(', ')} | ${year} | \`${fact.measures}\` | ${fact.current ? 'yes' : ''} | ${cell(from + citation(source))} |`;
  });
  return [
    '| id | figure | topics | data year | measures | in rotation | source |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/**
 * The README with each generated block (a table, a code block) put between its `<!-- name:start -->` and
 * `<!-- name:end -->` markers. A block is indented as its start marker is, so a code block stays inside a list item.
 */
export function withTables(readme, tables) {
  let text = readme;
  for (const [name, table] of Object.entries(tables)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} markers`);
    const before = text.slice(text.lastIndexOf('\n', from) + 1, from);
    const indent = /^[ \t]*$/.test(before) ? before : '';
    const lines = `<!-- prettier-ignore -->\n${table}`
      .split('\n')
      .map((line) => (line ? `${indent}${line}` : line));
    text = `${text.slice(0, from + start.length)}\n${lines.join('\n')}\n\n${indent}${text.slice(to)}`;
  }
  return text;
}

/** The generated tables, from the content modules. */
export function contentTables(content) {
  return {
    'regions-table': regionsTable(content),
    'hotlines-table': hotlinesTable(content),
    'facts-table': factsTable(content),
  };
}

/**
 * The elements' fallback writers, as src/elements/<tag>/<tag>.examples.ts export them, and `factsByTopic` from
 * src/content/facts.ts.
 * @typedef {{
 *   hotlineFallbackHtml: (options?: object) => string,
 *   explainerFallbackHtml: (options?: object) => string,
 *   factFallbackHtml: (id: string, lang?: string) => string,
 *   quickExitFallbackHtml: (options?: object) => string,
 *   factsByTopic: (topic: string) => readonly { id: string }[],
 * }} Writers
 */

/** Formats HTML as Prettier does with the project's settings. @typedef {(html: string) => Promise<string>} Format */

/**
 * The project's Prettier settings (.prettierrc), for a browser, which cannot read that file; the Node script checks
 * that they are still what .prettierrc says.
 */
export const PRETTIER_OPTIONS = { singleQuote: true, printWidth: 110, trailingComma: 'all' };

/** An element with its fallback (lines indented two spaces, as the writers give them) inside. */
const element = (tag, attributes, fallback) =>
  `<${tag}${attributes ? ` ${attributes}` : ''}>\n${fallback}\n</${tag}>`;

/**
 * The README's fallback snippets, by marker name: each element as the README shows it, with what its writer puts
 * inside, as a formatted ```html block.
 * @param {Writers} writers
 * @param {Format} format
 * @returns {Promise<Record<string, string>>}
 */
export async function fallbackBlocks(writers, format) {
  const {
    hotlineFallbackHtml,
    explainerFallbackHtml,
    factFallbackHtml,
    quickExitFallbackHtml,
    factsByTopic,
  } = writers;
  const exit = element('aw-quick-exit', '', quickExitFallbackHtml()).replace(/^/gm, '  ');
  const snippets = {
    'quick-start-fallback': element(
      'aw-hotline-banner',
      'region="US"',
      hotlineFallbackHtml({ region: 'US' }),
    ),
    'fact-card-fallback': element(
      'aw-fact-card',
      'fact="child-welfare-runaways-2021"',
      factFallbackHtml('child-welfare-runaways-2021'),
    ),
    'fact-card-rotating-fallback': element(
      'aw-fact-card',
      'topic="runaways" rotate interval="10"',
      factFallbackHtml(factsByTopic('runaways')[0].id),
    ),
    'hotline-banner-fallback': element('aw-hotline-banner', '', hotlineFallbackHtml()),
    'quick-exit-fallback': `<body>\n${exit}\n  …\n</body>`,
    'indicator-explainer-fallback': element(
      'aw-indicator-explainer',
      'set="warning-signs" audience="parent"',
      explainerFallbackHtml({ set: 'warning-signs', audience: 'parent' }),
    ),
  };
  const blocks = {};
  for (const [name, html] of Object.entries(snippets)) {
    blocks[name] = `\`\`\`html\n${(await format(html)).trim()}\n\`\`\``;
  }
  return blocks;
}

/**
 * The example files in docs/examples/ that hold elements with a fallback: for each, every such element's opening
 * tag exactly as the file writes it, and the fallback its writer gives. The usage page shows these files as they
 * are, and test/docs-examples.test.ts runs them.
 * @param {Writers} writers
 * @returns {Record<string, [string, string][]>}
 */
export function exampleFallbacks(writers) {
  const {
    hotlineFallbackHtml,
    explainerFallbackHtml,
    factFallbackHtml,
    quickExitFallbackHtml,
    factsByTopic,
  } = writers;
  return {
    'docs/examples/plain.html': [
      ['<aw-quick-exit>', quickExitFallbackHtml()],
      ['<aw-fact-card topic="runaways">', factFallbackHtml(factsByTopic('runaways')[0].id)],
      [
        '<aw-indicator-explainer set="warning-signs" audience="parent">',
        explainerFallbackHtml({ set: 'warning-signs', audience: 'parent' }),
      ],
      ['<aw-hotline-banner>', hotlineFallbackHtml()],
    ],
    'docs/examples/wordpress-custom-html-block.html': [
      ['<aw-hotline-banner lang="es">', hotlineFallbackHtml({ lang: 'es' })],
    ],
  };
}

/**
 * An example file with each listed element's content replaced by its fallback, formatted. Each opening tag must be
 * in the file exactly once, so a renamed or added attribute is noticed rather than skipped.
 * @param {string} html
 * @param {[string, string][]} elements
 * @param {Format} format
 */
export async function withFallbacks(html, elements, format) {
  let text = html;
  for (const [open, fallback] of elements) {
    const from = text.indexOf(open);
    if (from < 0 || text.indexOf(open, from + open.length) >= 0) {
      throw new Error(`an example file should hold ${open} exactly once`);
    }
    const close = text.indexOf(`</${open.slice(1).split(/[\s>]/)[0]}>`, from);
    if (close < 0) throw new Error(`${open} is not closed`);
    text = `${text.slice(0, from + open.length)}\n${fallback}\n${text.slice(close)}`;
  }
  return format(text);
}

if (typeof process !== 'undefined' && import.meta.url === `file://${process.argv[1]}`) {
  // Computed specifiers, so a browser importing this module never tries to resolve a Node built-in or Prettier.
  const [fs, url, prettierName] = ['node:fs', 'node:url', 'prettier'];
  const { readFileSync, writeFileSync } = await import(fs);
  const { fileURLToPath } = await import(url);
  const prettier = await import(prettierName);
  const root = new URL('../', import.meta.url);
  const esm = (path) => import(new URL(`dist/esm/${path}`, root).href);
  const [
    hotlinesModule,
    reviews,
    regionsModule,
    helpModule,
    words,
    factsModule,
    factReviews,
    english,
    banner,
    card,
    explainer,
    exit,
  ] = await Promise.all([
    esm('content/hotlines.js'),
    esm('content/hotline-reviews.js'),
    esm('content/regions.js'),
    esm('content/region-help.js'),
    esm('content/locales/en/hotlines.js'),
    esm('content/facts.js'),
    esm('content/fact-reviews.js'),
    esm('content/locales/en/index.js'),
    esm('elements/hotline-banner/hotline-banner.examples.js'),
    esm('elements/fact-card/fact-card.examples.js'),
    esm('elements/indicator-explainer/indicator-explainer.examples.js'),
    esm('elements/quick-exit/quick-exit.examples.js'),
  ]);
  // The table cites each line's sources and verified date: the review records, with what the elements show.
  const content = {
    ...hotlinesModule,
    hotlines: reviews.reviewedHotlines,
    ...regionsModule,
    ...helpModule,
    words: words.hotlines,
    facts: factReviews.reviewedFacts(),
    factWords: english.en.facts,
    common: english.en.common,
    citedFromText: factsModule.citedFromText,
  };
  /** @type {Writers} */
  const writers = {
    hotlineFallbackHtml: banner.hotlineFallbackHtml,
    explainerFallbackHtml: explainer.explainerFallbackHtml,
    factFallbackHtml: card.factFallbackHtml,
    quickExitFallbackHtml: exit.quickExitFallbackHtml,
    factsByTopic: factsModule.factsByTopic,
  };
  const options = await prettier.resolveConfig(fileURLToPath(new URL('docs/examples/plain.html', root)));
  if (JSON.stringify(options) !== JSON.stringify(PRETTIER_OPTIONS)) {
    console.error('readme-content: .prettierrc changed; make PRETTIER_OPTIONS in this script say the same.');
    process.exit(1);
  }
  /** @type {Format} */
  const format = (html) => prettier.format(html, { ...options, parser: 'html' });

  const files = [];
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const blocks = { ...contentTables(content), ...(await fallbackBlocks(writers, format)) };
  files.push({ path: 'README.md', text: readme, updated: withTables(readme, blocks) });
  for (const [path, elements] of Object.entries(exampleFallbacks(writers))) {
    const text = readFileSync(new URL(path, root), 'utf8');
    files.push({ path, text, updated: await withFallbacks(text, elements, format) });
  }
  const stale = files.filter((file) => file.updated !== file.text);
  if (process.argv.includes('--check')) {
    for (const { path } of stale) {
      console.error(
        `${path} is not what the content and the fallback writers give: run \`node scripts/readme-content.mjs\`.`,
      );
    }
    if (stale.length) process.exit(1);
  } else {
    for (const { path, updated } of stale) {
      writeFileSync(new URL(path, root), updated);
      console.log(`readme-content: ${path} rewritten from src/content and the fallback writers.`);
    }
  }
}
