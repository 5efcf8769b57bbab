// Writes the README's content tables (the regions, every built-in hotline with its source) from src/content/, so the
// README cannot state a number, a region or a source the library does not have.
//
//   node scripts/readme-content.mjs           rewrites the tables between their markers in README.md (after a build)
//   node scripts/readme-content.mjs --check   fails when README.md is not what the content gives
//
// test/readme-content.test.ts runs the same functions in the browser against src/content, so `npm test` checks it.
// This module imports nothing at the top, so a browser can import it.

/** Markdown cell text: pipes escaped, lines joined. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

const ids = (list) => list.map((id) => `\`${id}\``).join(', ');

/** How a source is cited: a link where there is one, and when and how it was read where that is recorded. */
function citation(source) {
  const name = source.url ? `[${source.title}](${source.url})` : source.title;
  const who = source.organisation === source.title ? '' : `${source.shortName}, `;
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

/** The README with each generated table put between its `<!-- name:start -->` and `<!-- name:end -->` markers. */
export function withTables(readme, tables) {
  let text = readme;
  for (const [name, table] of Object.entries(tables)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} markers`);
    text = `${text.slice(0, from + start.length)}\n<!-- prettier-ignore -->\n${table}\n\n${text.slice(to)}`;
  }
  return text;
}

/** Both tables, from the content modules. */
export function contentTables(content) {
  return { 'regions-table': regionsTable(content), 'hotlines-table': hotlinesTable(content) };
}

if (typeof process !== 'undefined' && import.meta.url === `file://${process.argv[1]}`) {
  // Computed specifiers, so a browser importing this module never tries to resolve a Node built-in.
  const fs = 'node:fs';
  const { readFileSync, writeFileSync } = await import(fs);
  const root = new URL('../', import.meta.url);
  const esm = (path) => import(new URL(`dist/esm/${path}`, root).href);
  const [hotlinesModule, regionsModule, helpModule, words] = await Promise.all([
    esm('content/hotlines.js'),
    esm('content/regions.js'),
    esm('content/region-help.js'),
    esm('content/locales/en/hotlines.js'),
  ]);
  const content = { ...hotlinesModule, ...regionsModule, ...helpModule, words: words.hotlines };
  const path = new URL('README.md', root);
  const readme = readFileSync(path, 'utf8');
  const updated = withTables(readme, contentTables(content));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md content tables are out of date: run `node scripts/readme-content.mjs`.');
      process.exit(1);
    }
  } else if (updated !== readme) {
    writeFileSync(path, updated);
    console.log('readme-content: README.md tables rewritten from src/content.');
  }
}
