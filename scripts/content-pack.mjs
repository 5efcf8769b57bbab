// The open content pack: the vetted built-in content as plain JSON, for people who reuse it in other tools (a
// print shop's layout, a chatbot's answers, a school's own page). Written at build time from the ES modules that
// `tsc` compiled from src/content/, so the pack can never drift from what the elements show.
//
//   node scripts/content-pack.mjs     writes dist/content/*.json and dist/content/schema/*.schema.json
//
// Each file names its JSON Schema in `$schema`; test/content-pack.test.ts validates every file against it with @cfworker/json-schema.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const esm = (path) => import(pathToFileURL(join(root, 'dist/esm', path)).href);
const out = join(root, 'dist/content');

const { facts } = await esm('content/facts.js');
const { factReview } = await esm('content/fact-reviews.js');
const { HOTLINE_IDS } = await esm('content/hotlines.js');
const { reviewedHotlines, isShortCode } = await esm('content/hotline-reviews.js');
const { regionHelp, UNCOVERED } = await esm('content/region-help.js');
const { signSets } = await esm('content/signs.js');
const { SUPPORTED_LOCALES } = await esm('content/locales/index.js');
const { builtInLocales } = await esm('content/locales/all.js');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The names of a function's parameters, read from its compiled source: `(current, total) => …` → current, total. */
function parameterNames(fn) {
  const match = /^\s*(?:function[^(]*)?\(([^)]*)\)|^\s*([\w$]+)\s*=>/.exec(String(fn));
  const list = match?.[1] ?? match?.[2] ?? '';
  return list
    .split(',')
    .map((name) => name.trim().replace(/=.*$/, ''))
    .filter(Boolean);
}

/**
 * A locale's words as JSON. A phrase that takes a value (`Fact ${current} of ${total}`) becomes a template with
 * named placeholders, `Fact {current} of {total}`, which any tool can fill.
 */
export function toJsonStrings(value) {
  if (typeof value === 'function') {
    const names = parameterNames(value);
    return value(...names.map((name) => `{${name}}`));
  }
  if (Array.isArray(value)) return value.map(toJsonStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, toJsonStrings(child)]));
  }
  return value;
}

/**
 * The strings schema is made from English: every key English has is required in every locale, so a translation
 * that misses a string fails validation instead of showing a gap.
 */
function stringsSchema(english) {
  const shape = (value) => {
    if (typeof value === 'string') return { type: 'string', minLength: 1 };
    if (Array.isArray(value)) return { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } };
    const keys = Object.keys(value);
    return {
      type: 'object',
      required: keys,
      additionalProperties: false,
      properties: Object.fromEntries(keys.map((key) => [key, shape(value[key])])),
    };
  };
  const schema = shape(english);
  schema.required = ['$schema', 'locale', ...schema.required];
  schema.properties = { $schema: { type: 'string' }, locale: { type: 'string' }, ...schema.properties };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'strings.schema.json',
    title: 'awareness-widgets: the words of one locale',
    description:
      'Every string the elements show, in one language. Placeholders in braces ({number}) are filled by the tool that uses the phrase.',
    ...schema,
  };
}

const meta = (schema) => ({ $schema: `./schema/${schema}`, package: 'awareness-widgets', version });
const write = (path, data) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), `${JSON.stringify(data, null, 2)}\n`);
};

write('facts.json', {
  ...meta('facts.schema.json'),
  // `estimate` is written out for every figure: the data leaves it out where it is false.
  facts: facts.map((fact) => ({ ...fact, estimate: fact.estimate === true, ...factReview(fact.id) })),
});
write('hotlines.json', {
  ...meta('hotlines.schema.json'),
  // Each line as the elements show it, with its review record; a short code is marked on its channel, as the pack
  // has always had it.
  hotlines: HOTLINE_IDS.map((id) => {
    const { shortCodes, ...hotline } = reviewedHotlines[id];
    const channels = hotline.channels.map((channel) =>
      isShortCode({ shortCodes }, channel) ? { ...channel, shortCode: true } : channel,
    );
    return { ...hotline, channels };
  }),
  regions: regionHelp,
  uncovered: UNCOVERED,
});
write('signs.json', { ...meta('signs.schema.json'), sets: signSets });
const englishStrings = toJsonStrings(builtInLocales.en);
for (const locale of SUPPORTED_LOCALES) {
  write(`strings/${locale}.json`, {
    $schema: '../schema/strings.schema.json',
    locale,
    ...toJsonStrings(builtInLocales[locale]),
  });
}

// The hand-written schemas for facts, hotlines and signs live beside the content they describe.
for (const name of ['facts', 'hotlines', 'signs']) {
  write(
    `schema/${name}.schema.json`,
    JSON.parse(readFileSync(join(root, `src/content/schema/${name}.schema.json`), 'utf8')),
  );
}
write('schema/strings.schema.json', stringsSchema(englishStrings));
