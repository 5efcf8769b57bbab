// Keeps the README's attribute and event tables honest against custom-elements.json (the manifest the build writes
// from the JSDoc on each element class).
//
//   node scripts/readme-tables.mjs            prints, per element, an attribute table generated from the manifest
//   node scripts/readme-tables.mjs --check    fails when a README table and the manifest disagree on names
//
// The same `checkReadmeTables` runs in the browser tests (test/manifest.test.ts), so `npm test` checks it too.
// This module imports nothing at the top, so a browser can import it.

/** Attributes every element takes from the platform or the base class, which a table may list or leave out. */
const OPTIONAL_IN_TABLES = new Set(['lang', 'theme']);

/** Every declaration with a tag name, by tag. */
export function elementsOf(manifest) {
  const elements = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) elements.set(declaration.tagName, declaration);
    }
  }
  return elements;
}

/** The text between `<!-- name:start -->` and `<!-- name:end -->`, or undefined when the markers are missing. */
export function section(readme, name) {
  const start = readme.indexOf(`<!-- ${name}:start -->`);
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start, end);
}

/**
 * Markdown tables in a piece of text whose first header cell is `heading` (e.g. "attribute"), as the names in
 * their first column with backticks removed.
 */
export function tableNames(text, heading) {
  const names = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const cells = splitRow(lines[index]);
    if (!cells || cells[0].toLowerCase() !== heading) continue;
    // Skip the header and the |---| line, then read rows until the table ends.
    for (index += 2; index < lines.length; index += 1) {
      const row = splitRow(lines[index]);
      if (!row) break;
      const name = row[0].replace(/`/g, '').trim();
      if (name) names.push(name);
    }
  }
  return names;
}

function splitRow(line) {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|')) return undefined;
  // `\|` inside a cell is an escaped pipe, not a column border.
  return trimmed
    .slice(1, trimmed.endsWith('|') ? -1 : undefined)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/**
 * Compares each element's README section (between `<!-- <name>:start/end -->`, name = tag without `aw-`) with
 * the manifest: every attribute in a table is one the element has, every attribute the element declares is in the
 * table (inherited `theme` and the global `lang` may be left out), and the same for events. Returns the problems
 * as sentences; an empty list means they agree.
 */
export function checkReadmeTables(readme, manifest) {
  const problems = [];
  for (const [tag, declaration] of elementsOf(manifest)) {
    const name = tag.replace(/^aw-/, '');
    const text = section(readme, name);
    if (text === undefined) {
      problems.push(`README has no <!-- ${name}:start --> ... <!-- ${name}:end --> section for <${tag}>.`);
      continue;
    }
    compare(problems, tag, 'attribute', tableNames(text, 'attribute'), declaration.attributes ?? [], true);
    compare(problems, tag, 'event', tableNames(text, 'event'), declaration.events ?? [], false);
  }
  return problems;
}

function compare(problems, tag, kind, inTable, declared, optionalAllowed) {
  if (!inTable.length && !declared.length) return;
  if (!inTable.length) {
    problems.push(`README: <${tag}> has no ${kind} table (a table whose first column is headed "${kind}").`);
    return;
  }
  const known = new Set(declared.map((each) => each.name));
  for (const name of inTable) {
    if (!known.has(name) && !(optionalAllowed && OPTIONAL_IN_TABLES.has(name))) {
      problems.push(`README: <${tag}> ${kind} \`${name}\` is in the table but not in custom-elements.json.`);
    }
  }
  const listed = new Set(inTable);
  for (const each of declared) {
    const optional = optionalAllowed && (OPTIONAL_IN_TABLES.has(each.name) || each.inheritedFrom);
    if (!listed.has(each.name) && !optional) {
      problems.push(
        `README: <${tag}> ${kind} \`${each.name}\` is in custom-elements.json but not in the table.`,
      );
    }
  }
}

/** Text as one cell of a Markdown table: pipes escaped, line breaks joined into one line. */
export const tableCell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

/** A README attribute table for one element, generated from the manifest, for a helper to paste and extend. */
export function attributeTable(declaration) {
  const rows = (declaration.attributes ?? []).map(
    (each) =>
      `| \`${each.name}\` | ${tableCell(each.type?.text ?? '')} | ${tableCell(each.default ?? '')} | ${tableCell(each.description)} |`,
  );
  return ['| attribute | type | default | what it does |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

if (typeof process !== 'undefined' && import.meta.url === `file://${process.argv[1]}`) {
  // A computed specifier, so a browser importing this module never tries to resolve a Node built-in.
  const fsModule = 'node:fs';
  const { readFileSync } = await import(fsModule);
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  if (process.argv.includes('--check')) {
    const problems = checkReadmeTables(readFileSync('README.md', 'utf8'), manifest);
    for (const problem of problems) console.error(problem);
    console.log(
      problems.length ? `readme-tables: ${problems.length} problems` : 'readme-tables: README agrees',
    );
    process.exit(problems.length ? 1 : 0);
  }
  for (const [tag, declaration] of elementsOf(manifest)) {
    console.log(`\n### <${tag}>\n\n${attributeTable(declaration)}`);
  }
}
