// No sentence the library ships copies a run of eight or more words from the source documents in ../shared/seeds/
// (issue 11: write our own sentences). Every string of every built-in language is compared, after a build, word by
// word with case and punctuation ignored, so a copied run cannot hide behind a changed comma.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const RUN = 8;
const seedsDir = new URL('../../../shared/seeds/', import.meta.url);

const words = (text) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function runs(text) {
  const list = words(text);
  const out = [];
  for (let at = 0; at + RUN <= list.length; at++) out.push(list.slice(at, at + RUN).join(' '));
  return out;
}

/** Every string in a locale's tables, with the path it is at (functions are called with a sample value). */
function strings(node, path, out) {
  if (typeof node === 'string') out.push([path, node]);
  else if (typeof node === 'function') {
    const value = node(2021, 2021);
    if (typeof value === 'string') out.push([path, value]);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) strings(value, path ? `${path}.${key}` : key, out);
  }
  return out;
}

test('no shipped sentence repeats eight words in a row from a seed document', async (t) => {
  if (!existsSync(seedsDir)) {
    t.skip('../shared/seeds/ is not beside this checkout');
    return;
  }
  const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
  assert.ok(seeds.length > 0, 'the seed documents are there');
  const seedRuns = new Map();
  for (const name of seeds) {
    for (const run of runs(readFileSync(new URL(name, seedsDir), 'utf8'))) seedRuns.set(run, name);
  }
  const { builtInLocales } = await import('../../dist/esm/content/locales/all.js');
  const checked = [];
  for (const [code, tables] of Object.entries(builtInLocales)) strings(tables, code, checked);
  assert.ok(checked.length > 500, `every locale's strings are read (${checked.length})`);
  const copied = [];
  for (const [path, text] of checked) {
    // An organisation's name is written as the organisation publishes it: that is not copying its sentences.
    if (/\.entries\.[^.]+\.name$/.test(path)) continue;
    const hit = runs(text).find((run) => seedRuns.has(run));
    if (hit) copied.push(`${path}: "${hit}" (${seedRuns.get(hit)})`);
  }
  assert.deepEqual(copied, [], 'strings that copy a seed');
});
