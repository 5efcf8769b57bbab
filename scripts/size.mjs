// `npm run size`: raw, gzip and brotli bytes of every file a page can load (the drop-in file, each locale file) and
// of each element bundled alone with Lit, against Lit alone built the same way, with their ratios. It fails when
// the drop-in file is over the budget in shared/DESIGN.md (24 KB brotli), or when a single-element bundle carries
// content it does not use (the quick exit: no fact and no hotline; the fact card: no phone number).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET_BROTLI_BYTES = 24 * 1024;
const ELEMENTS = ['quick-exit', 'fact-card', 'hotline-banner', 'indicator-explainer'];

export function measure(path) {
  const raw = readFileSync(path);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every file to measure, by the name the table shows. */
function files() {
  const locales = existsSync('dist/locales')
    ? readdirSync('dist/locales').filter((name) => name.endsWith('.js'))
    : [];
  return {
    'drop-in (English)': 'dist/awareness-widgets.js',
    ...Object.fromEntries(locales.map((name) => [`locales/${name}`, `dist/locales/${name}`])),
    ...Object.fromEntries(ELEMENTS.map((name) => [`${name}.js + Lit`, `dist/size/${name}.js`])),
    'Lit alone': 'dist/size/lit-only.js',
  };
}

/** What a bundle must not hold: each hotline's numbers and links, and each fact's English sentence. */
async function contentMarkers() {
  const esm = (path) => import(pathToFileURL(`dist/esm/${path}`).href);
  const { hotlines } = await esm('content/hotlines.js');
  const { facts } = await esm('content/locales/en/facts.js');
  const phones = Object.values(hotlines).flatMap((hotline) =>
    hotline.channels.filter((channel) => channel.kind !== 'web').map((channel) => channel.href),
  );
  const pages = Object.values(hotlines).flatMap((hotline) =>
    hotline.channels.filter((channel) => channel.kind === 'web').map((channel) => channel.href),
  );
  const sentences = Object.values(facts).map((fact) => fact.sentence);
  // Review records (hotline-reviews.ts) that no reader sees: how a page was read ('stored copy'), each re-check
  // note, and the address of every page a number was checked against, unless a reader is shown it too (a line's
  // own site, a figure's citation).
  const { reviewedHotlines } = await esm('content/hotline-reviews.js');
  const { allFacts } = await esm('content/facts.js');
  const shown = new Set([...pages, ...allFacts().map((fact) => fact.citation.source.url)]);
  const reviews = [
    'stored copy',
    ...Object.values(reviewedHotlines).flatMap((hotline) => [
      ...(hotline.recheck ? [hotline.recheck] : []),
      ...hotline.sources.map((source) => source.url).filter((url) => url && !shown.has(url)),
    ]),
  ];
  return { phones, hotlines: [...phones, ...pages], facts: sentences, reviews };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!Object.values(files()).every(existsSync)) execSync('npm run build', { stdio: 'inherit' });
  const sizes = Object.fromEntries(Object.entries(files()).map(([name, path]) => [name, measure(path)]));
  const lit = sizes['Lit alone'];
  const pad = (value, width) => String(value).padStart(width);
  const width = Math.max(...Object.keys(sizes).map((name) => name.length)) + 1;
  console.log(
    `${'file'.padEnd(width)} ${pad('raw', 8)} ${pad('gzip', 8)} ${pad('brotli', 8)} ${pad('brotli ÷ Lit', 13)}`,
  );
  for (const [name, size] of Object.entries(sizes)) {
    const ratio = (size.brotli / lit.brotli).toFixed(2);
    console.log(
      `${name.padEnd(width)} ${pad(size.raw, 8)} ${pad(size.gzip, 8)} ${pad(size.brotli, 8)} ${pad(ratio, 13)}`,
    );
  }

  const problems = [];
  const markers = await contentMarkers();
  const holds = (name, list) => {
    const text = readFileSync(`dist/size/${name}.js`, 'utf8');
    return list.filter((marker) => text.includes(marker));
  };
  const exitHolds = [...holds('quick-exit', markers.hotlines), ...holds('quick-exit', markers.facts)];
  if (exitHolds.length)
    problems.push(`quick-exit.js carries content it does not show: ${exitHolds.join(', ')}`);
  const cardHolds = holds('fact-card', markers.phones);
  if (cardHolds.length) problems.push(`fact-card.js carries phone numbers: ${cardHolds.join(', ')}`);

  const dropInHolds = readFileSync(files()['drop-in (English)'], 'utf8');
  const reviewHolds = markers.reviews.filter((marker) => dropInHolds.includes(marker));
  if (reviewHolds.length) problems.push(`the drop-in file carries review records: ${reviewHolds.join(', ')}`);

  const brotli = sizes['drop-in (English)'].brotli;
  if (brotli > BUDGET_BROTLI_BYTES) {
    problems.push(`drop-in file is ${brotli} bytes brotli, over the budget of ${BUDGET_BROTLI_BYTES}.`);
  }
  if (problems.length) {
    for (const problem of problems) console.error(`size: ${problem}`);
    process.exit(1);
  }
  console.log(`size: drop-in file is ${brotli} bytes brotli, within the budget of ${BUDGET_BROTLI_BYTES}.`);
  console.log('size: quick-exit.js holds no fact and no hotline; fact-card.js holds no phone number.');
  console.log(
    `size: the drop-in file holds none of ${markers.reviews.length} review records (sources, notes).`,
  );
}
