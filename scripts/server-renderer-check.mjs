// Renders the elements with one real server renderer, as a partner's site would: Eleventy with its Lit plugin.
// Like scripts/typed-projects.mjs, it packs the package (`npm pack`), copies test/server-renderers/eleventy/ into a
// temporary folder, installs the tarball and the fixture's pinned versions from the registry, then runs Eleventy and
// reads the page it wrote: each element has a declarative shadow root with the words and numbers the content has,
// in the language asked for, and its plain fallback still inside. Run after `npm run build` (the tarball is packed
// from the build that is there, `--ignore-scripts`); the expected words are read from that build's dist/esm/content.
//
//   node scripts/server-renderer-check.mjs
//   KEEP=1 node scripts/server-renderer-check.mjs    keeps the temporary folder and prints its path
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = join(root, 'test/server-renderers/eleventy');
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const say = (line) => console.log(`server-renderer-check: ${line}`);

/** A check that did not hold: its message is the one line printed; details (a command's output) follow it. */
class Failure extends Error {
  constructor(message, details = '') {
    super(message);
    this.details = details;
  }
}

/** Runs a command; resolves with its exit code and output instead of throwing on a non-zero exit. */
async function command(file, args, cwd) {
  try {
    const { stdout, stderr } = await run(file, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    if (typeof error.code !== 'number' && !error.killed) throw error;
    return { code: error.code ?? 'timeout', output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

/** What a reader would read: the text of some HTML, without styles, comments and tags, entities decoded. */
const readable = (markup) =>
  words(
    markup
      .replace(/<style>[\s\S]*?<\/style>/g, ' ')
      .replace(/<!--[\s\S]*?-->|<\?>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex, code) => String.fromCodePoint(parseInt(code, hex ? 16 : 10)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
/** Text with its spaces (no-break ones too) made single, so content strings and rendered text compare. */
const words = (text) => text.replace(/\s+/g, ' ').trim();

/** An element of the page: its opening tag, its declarative shadow root and the light DOM after it. */
function element(page, tag) {
  const start = page.indexOf(`<${tag}`);
  const end = page.indexOf(`</${tag}>`, start);
  if (start < 0 || end < 0) throw new Failure(`<${tag}> is not in the page Eleventy wrote`);
  const open = /^<[^>]*>/.exec(page.slice(start))[0];
  const inside = page.slice(start + open.length, end);
  const template = /^<template\b[^>]*\bshadowrootmode="open"[^>]*>/.exec(inside);
  if (!template)
    throw new Failure(`${words(open)} has no <template shadowrootmode="open"> declarative shadow root`);
  // The shadow root ends at the </template> that closes this one (an element inside may have its own).
  const tags = /<template\b|<\/template>/g;
  tags.lastIndex = template[0].length;
  let depth = 1;
  let match;
  while (depth > 0 && (match = tags.exec(inside))) depth += match[0] === '</template>' ? -1 : 1;
  if (depth > 0) throw new Failure(`${words(open)}: its declarative shadow root is never closed`);
  return {
    open: words(open),
    shadow: inside.slice(template[0].length, match.index),
    light: inside.slice(tags.lastIndex),
  };
}

/** Whether a version meets an engines range of the form ">=18" or ">=18.12.0" (what Eleventy and Lit write). */
function meets(version, range) {
  const wanted = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  if (!wanted) throw new Failure(`cannot read the engines range "${range}": check it by hand`);
  const have = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const need = Number(wanted[i + 1] ?? 0);
    if (have[i] !== need) return have[i] > need;
  }
  return true;
}

const temp = await mkdtemp(join(tmpdir(), 'server-renderer-'));
let summary = '';
try {
  summary = await check();
} catch (error) {
  if (!(error instanceof Failure)) throw error;
  say(`FAILED: ${error.message}`);
  if (error.details) console.log(error.details.trim().replace(/^/gm, '  '));
  process.exitCode = 1;
} finally {
  if (process.env.KEEP) say(`kept ${temp}`);
  else await rm(temp, { recursive: true, force: true });
}
if (!process.exitCode) say(`${summary} ok (${seconds(started)})`);

async function check() {
  const esm = (path) => import(new URL(`../dist/esm/${path}`, import.meta.url).href);
  const { helpFor, hotlinesFor } = await esm('content/region-help.js');
  const { hotlines } = await esm('content/hotlines.js');
  const { defaultFact } = await esm('content/facts.js');
  const en = {
    facts: (await esm('content/locales/en/facts.js')).facts,
    signs: (await esm('content/locales/en/signs.js')).signs,
    explainer: (await esm('content/locales/en/explainer.js')).explainer,
  };
  const fr = {
    signs: (await esm('content/locales/fr/signs.js')).signs,
    explainer: (await esm('content/locales/fr/explainer.js')).explainer,
  };

  // 1. Pack, copy the site, install the tarball with the site's pinned versions.
  const since = Date.now();
  const packed = await command(
    'npm',
    ['pack', '--ignore-scripts', '--pack-destination', temp, '--json'],
    root,
  );
  if (packed.code !== 0) throw new Failure('npm pack failed', packed.output);
  const tarball = JSON.parse(packed.output.slice(packed.output.indexOf('[')))[0].filename;
  const site = join(temp, 'eleventy');
  await cp(fixture, site, { recursive: true });
  const installed = await command(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(temp, tarball)],
    site,
  );
  if (installed.code !== 0) throw new Failure('npm install failed', installed.output);
  const pins = JSON.parse(await readFile(join(fixture, 'package.json'), 'utf8')).devDependencies;
  const versions = [];
  for (const [name, pinned] of Object.entries(pins)) {
    const manifest = JSON.parse(await readFile(join(site, 'node_modules', name, 'package.json'), 'utf8'));
    if (manifest.version !== pinned)
      throw new Failure(`${name} ${manifest.version} was installed, but the site pins ${pinned}`);
    const range = manifest.engines?.node ?? '>=0';
    if (!meets(process.version, range))
      throw new Failure(`${name} ${pinned} needs Node ${range}; this is Node ${process.version}`);
    versions.push(`${name} ${pinned} (Node ${range})`);
  }
  say(`installed ${tarball} with ${versions.join(', ')} on Node ${process.version} (${seconds(since)})`);

  // 2. Eleventy builds the page; the elements print no warning while it does.
  const building = Date.now();
  const built = await command(join(site, 'node_modules/.bin/eleventy'), [], site);
  if (built.code !== 0) throw new Failure(`eleventy exited with ${built.code}`, built.output);
  const warnings = built.output.split('\n').filter((line) => line.includes('[awareness-widgets]'));
  if (warnings.length) throw new Failure(`an element warned while Eleventy rendered it: ${warnings[0]}`);
  const page = await readFile(join(site, '_site/index.html'), 'utf8');
  for (const copied of ['awareness-widgets.js', 'locales/fr.js']) {
    const original = await readFile(join(site, 'node_modules/awareness-widgets/dist', copied), 'utf8');
    const served = await readFile(join(site, '_site/js', copied), 'utf8').catch(() => '');
    if (served !== original) throw new Failure(`_site/js/${copied} is not the package's dist/${copied}`);
  }
  say(
    `eleventy wrote _site/index.html (${(page.length / 1024).toFixed(0)} KB) and copied the drop-in script and French pack to _site/js/ (${seconds(building)})`,
  );

  // 3. Each element: a declarative shadow root, and the plain fallback still in the light DOM after it.
  const fallbacks = {
    'aw-hotline-banner': 'Worried about a child? The NSPCC and Childline can help.',
    'aw-fact-card': 'A fact about child sex trafficking, with its source.',
    'aw-indicator-explainer': 'Les signes à surveiller, et à qui parler au Canada.',
  };
  const rendered = {};
  for (const [tag, fallback] of Object.entries(fallbacks)) {
    const found = element(page, tag);
    if (!readable(found.light).includes(fallback))
      throw new Failure(`${found.open}: its plain fallback "${fallback}" is not kept after the shadow root`);
    if (readable(found.shadow).length < 40) throw new Failure(`${found.open}: its shadow root has no words`);
    rendered[tag] = found;
    say(`${found.open} has a declarative shadow root, its fallback kept after it`);
  }

  // 4. The banner holds the UK numbers the content gives, each as a tel: link.
  const calls = (list) =>
    list.flatMap((hotline) => hotline.channels.filter((channel) => channel.href.startsWith('tel:')));
  const hasNumbers = (found, channels, label) => {
    const text = readable(found.shadow);
    const missing = channels.filter(
      (channel) => !text.includes(channel.display) || !found.shadow.includes(`href="${channel.href}"`),
    );
    if (!channels.length || missing.length)
      throw new Failure(
        `${found.open}: ${label} ${missing.map((channel) => channel.display).join(', ') || '(none in the content)'} missing or not a tel: link`,
      );
    say(
      `${found.open} shows ${label} ${channels.map((channel) => channel.display).join(', ')} as tel: links`,
    );
  };
  hasNumbers(rendered['aw-hotline-banner'], calls(hotlinesFor('GB', 'public')), 'the UK numbers');

  // 5. The fact card holds the default figure, its sentence and its source.
  const card = rendered['aw-fact-card'];
  const fact = defaultFact();
  const source = fact.citation.source;
  const cardText = readable(card.shadow);
  for (const expected of [en.facts[fact.id].figure, en.facts[fact.id].sentence, source.organisation]) {
    if (!cardText.includes(words(expected))) throw new Failure(`${card.open}: "${expected}" is not shown`);
  }
  if (source.url && !card.shadow.includes(`href="${source.url}"`))
    throw new Failure(`${card.open}: no link to its source ${source.url}`);
  say(`${card.open} shows "${en.facts[fact.id].figure}" with its sentence and a link to ${source.shortName}`);

  // 6. The explainer speaks French: its title, framing and steps from the French pack, not the English ones.
  const explainer = rendered['aw-indicator-explainer'];
  const help = helpFor('CA').explainer.parent;
  const french = [
    fr.signs.sets['warning-signs'].title,
    fr.explainer.framing.parent,
    fr.explainer.whatToDo.parent.title,
    ...help.steps.map((step) => fr.explainer.whatToDo.parent.steps[step]),
  ];
  const explainerText = readable(explainer.shadow);
  const notFrench = french.filter((expected) => !explainerText.includes(words(expected)));
  if (notFrench.length) throw new Failure(`${explainer.open}: French words missing: "${notFrench[0]}"`);
  for (const english of [en.signs.sets['warning-signs'].title, en.explainer.framing.parent]) {
    if (explainerText.includes(words(english)))
      throw new Failure(`${explainer.open}: shows English "${english}"`);
  }
  say(`${explainer.open} shows ${french.length} French lines from content/locales/fr, no English`);
  hasNumbers(explainer, calls(help.contacts.map((id) => hotlines[id])), 'the Canadian numbers');

  // 7. No hole in the page: nothing a missing field would print, in its words or its attributes.
  const markup = page.replace(/<style>[\s\S]*?<\/style>/g, ' ');
  const hole = /\bundefined\b|\bnull\b|\[object Object\]|\bNaN\b/.exec(`${markup} ${readable(markup)}`);
  if (hole) throw new Failure(`the page has "${hole[0]}" in it`);
  say('no "undefined", "null", "[object Object]" or "NaN" in the page');

  return `Eleventy ${pins['@11ty/eleventy']} with @lit-labs/eleventy-plugin-lit ${pins['@lit-labs/eleventy-plugin-lit']} renders ${Object.keys(rendered).length} elements`;
}
