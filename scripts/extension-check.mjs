// `npm test` part that proves a region and a language are content alone. In a copy of the project it adds a fake
// region (`XA`, an ISO code reserved for private use) with two fake lines, and a fake language (`qaa`, a
// private-use language code), by editing files under src/content/ and nothing else; then it compiles the copy with
// the project's own tsc and Rollup settings and opens the built drop-in file and locale file in headless Chromium.
// The banner and the explainer must show the fake region's numbers and the fake language's words, untouched.
//
//   node scripts/extension-check.mjs
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './browsers.mjs';
import { startServer } from './serve.mjs';

const root = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'aw-extension-'));
const edited = [];

/** Replaces `anchor` with `replacement` once in a file of the copy; the anchor must be there. */
function edit(path, anchor, replacement) {
  const file = join(copy, path);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(anchor))
    throw new Error(`extension-check: ${path} no longer holds ${JSON.stringify(anchor)}`);
  writeFileSync(file, text.replace(anchor, replacement));
  edited.push(path);
}

const FAKE_NUMBER = '+99912345678';
const hotlineWords = (name) => `'xa-helpline': {
    name: '${name}',
    purpose: 'A fixture line for the extension check.',
    youthPurpose: 'A fixture line for the extension check.',
  },
  'xa-emergency': { name: 'Emergency' },
  'child-helpline-international': {`;

try {
  for (const path of [
    'src',
    'scripts',
    'bench/fixtures',
    'tsconfig.json',
    'tsconfig.build.json',
    'rollup.config.mjs',
    'package.json',
  ]) {
    cpSync(join(root, path), join(copy, path), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

  // A region: its code, what it shows, and its lines with a source each.
  // Anchors are the lists' openings, so the check holds however many regions and languages the content adds.
  edit('src/content/regions.ts', 'export const REGION_CODES = [', "export const REGION_CODES = ['XA', ");
  edit('src/content/regions.ts', 'Object.freeze({\n', "Object.freeze({\n  XA: 'qaa',\n");
  edit(
    'src/content/region-help.ts',
    '} satisfies Record<RegionCode',
    `  XA: {
    banner: { public: ['xa-helpline', 'xa-emergency'], youth: ['xa-helpline', 'xa-emergency'] },
    explainer: sameForAll(['xa-helpline', 'xa-emergency']),
  },
} satisfies Record<RegionCode`,
  );
  // A line's id is its key in the data: no list of ids to extend.
  edit(
    'src/content/hotlines.ts',
    "} satisfies Record<string, Omit<Hotline, 'id'>>;",
    `  'xa-helpline': {
    channels: [{ kind: 'call', display: '999 1234 5678', href: 'tel:${FAKE_NUMBER}' }],
  },
  'xa-emergency': {
    emergency: true,
    channels: [{ kind: 'call', display: '555', href: 'tel:555' }],
  },
} satisfies Record<string, Omit<Hotline, 'id'>>;`,
  );
  edit(
    'src/content/hotline-reviews.ts',
    '} satisfies Record<HotlineId, HotlineReview>;',
    `  'xa-helpline': {
    organisation: 'Fixture helpline',
    region: 'XA',
    sources: [{ organisation: 'Fixture', shortName: 'Fixture', title: 'Fixture', url: 'https://example.org/' }],
    verified: '2026-12-03',
  },
  'xa-emergency': {
    organisation: 'Fixture emergency',
    region: 'XA',
    sources: [{ organisation: 'Fixture', shortName: 'Fixture', title: 'Fixture', url: 'https://example.org/' }],
    verified: '2026-12-03',
    shortCodes: ['555'],
  },
} satisfies Record<HotlineId, HotlineReview>;`,
  );
  for (const code of ['en', 'es', 'fr']) {
    edit(
      `src/content/locales/${code}/hotlines.ts`,
      "'child-helpline-international': {",
      hotlineWords('Fixture helpline'),
    );
  }

  // A language: a folder typed as Messages (English's words with a marked title), and its code in the lists.
  cpSync(join(copy, 'src/content/locales/en'), join(copy, 'src/content/locales/qaa'), { recursive: true });
  edited.push('src/content/locales/qaa/');
  edit(
    'src/content/locales/qaa/index.ts',
    'export const en = {',
    "import type { Messages } from '../index.js';\n\nexport const qaa: Messages = {",
  );
  edit(
    'src/content/locales/qaa/hotlines.ts',
    "title: 'Worried about a child? Get help.'",
    "title: 'QAA: worried about a child?'",
  );
  edit('src/content/locales/qaa/hotlines.ts', "name: 'Fixture helpline'", "name: 'QAA fixture helpline'");
  edit(
    'src/content/locales/index.ts',
    'export const SUPPORTED_LOCALES = [',
    "export const SUPPORTED_LOCALES = ['qaa', ",
  );
  edit(
    'src/content/locales/all.ts',
    "import type { LocaleCode, Messages } from './index.js';",
    "import type { LocaleCode, Messages } from './index.js';\nimport { qaa } from './qaa/index.js';",
  );
  edit(
    'src/content/locales/all.ts',
    'Record<LocaleCode, Messages>> = { ',
    'Record<LocaleCode, Messages>> = { qaa, ',
  );

  const outside = edited.filter((path) => !path.startsWith('src/content/'));
  if (outside.length) throw new Error(`extension-check: edited outside src/content: ${outside.join(', ')}`);

  // The project's own build steps, in the copy: types, the locale entries, every bundle.
  const run = (command, args) =>
    execFileSync(command, args, { cwd: copy, stdio: ['ignore', 'ignore', 'inherit'] });
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
  run('node', ['scripts/locale-entries.mjs']);
  // Only the two files a page loads here (the drop-in file and the fake language's), built by the project's config.
  writeFileSync(
    join(copy, 'rollup.extension.config.mjs'),
    "import configs from './rollup.config.mjs';\n" +
      "export default configs.filter(({ output }) => output.file === 'dist/awareness-widgets.js' || output.file === 'dist/locales/qaa.js');\n",
  );
  run('npx', ['rollup', '-c', 'rollup.extension.config.mjs', '--silent']);

  writeFileSync(
    join(copy, 'extension.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Extension check</title>
<script src="dist/awareness-widgets.js" defer></script>
<script src="dist/locales/qaa.js" defer></script></head><body>
<aw-hotline-banner id="banner" region="XA" lang="en"></aw-hotline-banner>
<aw-indicator-explainer id="explainer" region="xa" lang="en"></aw-indicator-explainer>
<aw-hotline-banner id="own-language" region="XA"></aw-hotline-banner>
</body></html>`,
  );

  const server = await startServer({ root: copy });
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs,
  });
  const problems = [];
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server.url}extension.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.querySelector('#own-language')?.shadowRoot?.textContent?.includes('QAA'),
      { timeout: 10000 },
    );
    const seen = await page.evaluate(() =>
      Object.fromEntries(
        ['banner', 'explainer', 'own-language'].map((id) => {
          const root = document.getElementById(id).shadowRoot;
          return [
            id,
            {
              text: root.textContent,
              hrefs: [...root.querySelectorAll('a')].map((link) => link.getAttribute('href')),
            },
          ];
        }),
      ),
    );
    for (const id of ['banner', 'explainer', 'own-language']) {
      if (!seen[id].hrefs.includes(`tel:${FAKE_NUMBER}`))
        problems.push(`${id} does not link the fake region's line`);
      if (!seen[id].hrefs.includes('tel:555'))
        problems.push(`${id} does not link the fake region's emergency number`);
      if (seen[id].hrefs.includes('tel:911')) problems.push(`${id} shows a U.S. number for the fake region`);
    }
    if (!seen.banner.text.includes('Fixture helpline'))
      problems.push('the banner lacks the line’s English name');
    if (!seen['own-language'].text.includes('QAA: worried about a child?')) {
      problems.push('the fake region does not speak its fake language');
    }
    if (!seen['own-language'].text.includes('QAA fixture helpline'))
      problems.push('the fake language lacks its words');
    problems.push(...errors.map((error) => `page error: ${error}`));
  } finally {
    await browser.close();
    await server.close();
  }
  if (problems.length) {
    for (const problem of problems) console.error(`extension-check: FAIL ${problem}`);
    process.exit(1);
  }
  console.log(
    `extension-check: region XA and language qaa added by editing ${new Set(edited).size} files, all under src/content (${[...new Set(edited)].map((path) => relative('src/content', path)).join(', ')}); the built banner and explainer show them.`,
  );
} finally {
  rmSync(copy, { recursive: true, force: true });
}
