// Size of the drop-in file against Lit alone and against components a partner might pick instead. Every script is
// bundled with the plugins of rollup.config.mjs (node-resolve with Lit's production build, terser), as an IIFE;
// CSS that an alternative needs is compressed with Sass. All measured by scripts/size.mjs: raw, gzip -9, brotli -q 11.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import * as sass from 'sass';
import config from '../rollup.config.mjs';
import { measure } from '../scripts/size.mjs';
import { decodeMappings } from './profile.mjs';

const require = createRequire(import.meta.url);
const dropInConfig = config.find((entry) => entry.output.file === 'dist/awareness-widgets.js');
const OUT = 'dist/bench';

const versionOf = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;

/** Bundles one fixture exactly like the drop-in file (plus any `extraPlugins`) and returns the output path. */
async function bundle(input, name, extraPlugins = []) {
  const file = `${OUT}/${name}.js`;
  const build = await rollup({
    input,
    plugins: [...extraPlugins, ...dropInConfig.plugins],
    // `npm run build` runs rollup with --silent; warnings (e.g. templates the HTML minifier skips) are not the bench's.
    onwarn: () => {},
  });
  await build.write({ ...dropInConfig.output, file, sourcemap: false });
  await build.close();
  return file;
}

/** Compresses CSS the same way for every alternative: Sass, `style: 'compressed'`. */
function compressCss(source, name) {
  const file = `${OUT}/${name}.css`;
  const result = sass.compileString(source, {
    loadPaths: ['node_modules'],
    style: 'compressed',
    quietDeps: true,
    silenceDeprecations: ['import'],
  });
  writeFileSync(file, result.css);
  return file;
}

const sum = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

export async function measureSizes(dropInPath = dropInConfig.output.file) {
  mkdirSync(OUT, { recursive: true });
  const litOnly = await bundle('bench/fixtures/lit-only.js', 'lit-only');
  const shoelaceJs = await bundle('bench/fixtures/shoelace-alert.js', 'shoelace-alert');
  const shoelaceCss = compressCss(
    readFileSync(require.resolve('@shoelace-style/shoelace/dist/themes/light.css'), 'utf8'),
    'shoelace-light-theme',
  );
  const govukJs = await bundle('bench/fixtures/govuk-exit-this-page.js', 'govuk-exit-this-page');
  const govukCss = compressCss(
    '@use "govuk-frontend/dist/govuk/components/exit-this-page";',
    'govuk-exit-this-page',
  );

  const rows = [
    {
      id: 'drop-in',
      name: 'awareness-widgets drop-in file (4 elements, English)',
      js: measure(dropInPath),
    },
    // What a page in another language loads: the drop-in file and that language's pack, two files.
    ...localePacks(dropInPath).map(({ code, path }) => ({
      id: `drop-in-${code}`,
      name: `a page in "${code}": drop-in file + locales/${code}.js`,
      js: measure(dropInPath),
      pack: measure(path),
    })),
    { id: 'lit-only', name: `Lit ${versionOf('lit')} alone, one trivial element`, js: measure(litOnly) },
    {
      id: 'shoelace-alert',
      name: `Shoelace ${versionOf('@shoelace-style/shoelace')} <sl-alert> + light theme CSS`,
      js: measure(shoelaceJs),
      css: measure(shoelaceCss),
    },
    {
      id: 'govuk-exit-this-page',
      name: `govuk-frontend ${versionOf('govuk-frontend')} "Exit this page" + its CSS`,
      js: measure(govukJs),
      css: measure(govukCss),
    },
  ];
  for (const row of rows) row.total = row.css || row.pack ? sum(row.js, row.css ?? row.pack) : row.js;
  const dropIn = rows[0].total;
  for (const row of rows) {
    row.dropInRatio = {
      raw: dropIn.raw / row.total.raw,
      gzip: dropIn.gzip / row.total.gzip,
      brotli: dropIn.brotli / row.total.brotli,
    };
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await measureSizes()) console.log(JSON.stringify(row));
}

/** The locale packs built beside the drop-in file (`dist/locales/<code>.js`), in name order. */
function localePacks(dropInPath) {
  const dir = resolvePath(dirname(dropInPath), 'locales');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => ({ code: name.replace(/\.js$/, ''), path: resolvePath(dir, name) }));
}

/** The group a source of the drop-in file belongs to, for the breakdown. */
function groupOf(source) {
  if (source.includes('node_modules/')) return 'Lit (lit-html, lit-element, reactive-element)';
  const path = source.replace(/^.*?esm\//, 'src/').replace(/\.js$/, '.ts');
  const locale = path.match(/^src\/content\/locales\/([a-z]{2,3})\//);
  if (locale) return `strings and content text, ${locale[1]} (src/content/locales/${locale[1]}/)`;
  if (path.startsWith('src/content/'))
    return 'content data (src/content/*.ts: facts, hotlines, signs, sources)';
  if (path.startsWith('src/core/')) return 'shared core (src/core/)';
  const element = path.match(/^src\/elements\/([^/]+)\//);
  if (element) return `<aw-${element[1]}> (src/elements/${element[1]}/)`;
  return `entry modules (${path})`;
}

/**
 * What the drop-in file is made of: each byte of the minified file attributed, through its source map, to the module
 * it came from, by group and by file. Brotli per group is that group's bytes compressed alone (the parts add up to
 * more than the whole file, since brotli shares context across a file).
 */
export function sizeBreakdown(scriptPath) {
  const code = readFileSync(scriptPath, 'utf8');
  const map = JSON.parse(readFileSync(`${scriptPath}.map`, 'utf8'));
  const lines = code.split('\n');
  const mapped = decodeMappings(map.mappings);
  const bySource = new Map();
  const add = (source, text) => bySource.set(source, (bySource.get(source) ?? '') + text);
  // Text before a line's first mapping (a template literal's CSS or HTML running over several lines) belongs to the
  // source of the last mapping before it.
  let current = '(unmapped)';
  lines.forEach((line, index) => {
    const segments = mapped[index] ?? [];
    add(current, `${line.slice(0, segments[0]?.column ?? line.length)}\n`);
    segments.forEach((segment, position) => {
      const end = position + 1 < segments.length ? segments[position + 1].column : line.length;
      current = map.sources[segment.source];
      add(current, line.slice(segment.column, end));
    });
  });
  const brotli = (text) =>
    brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const groups = new Map();
  for (const [source, text] of bySource) {
    const group = source === '(unmapped)' ? '(wrapper, unmapped)' : groupOf(source);
    groups.set(group, (groups.get(group) ?? '') + text);
  }
  const total = Buffer.byteLength(code);
  return {
    groups: [...groups.entries()]
      .map(([group, text]) => ({
        group,
        raw: Buffer.byteLength(text),
        share: Buffer.byteLength(text) / total,
        brotli: brotli(text),
      }))
      .sort((a, b) => b.raw - a.raw),
    files: [...bySource.entries()]
      .map(([source, text]) => ({
        source: source.replace(/^.*?esm\//, 'src/').replace(/^(\.\.\/)+/, ''),
        raw: Buffer.byteLength(text),
      }))
      .sort((a, b) => b.raw - a.raw)
      .slice(0, 12),
  };
}
