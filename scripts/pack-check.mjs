// What `npm pack` would publish, checked against what a user needs: fails, listing each file, when the tarball
// misses something an export, an import or the README's CDN paths reach, or carries something nothing reaches
// (gallery, builder or print-page code, stale builds), or ships a source map whose sources are neither inside it
// nor in the tarball. Run after `npm run build`; it reads the build, it does not make one.
//
//   node scripts/pack-check.mjs          checks, and prints the size and file count
//   node scripts/pack-check.mjs --list   also prints every file with its size
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path/posix';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// --ignore-scripts: `prepack` would rebuild; this checks the build that is there.
const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
});
const [pack] = JSON.parse(output);
const shipped = new Map(pack.files.map((file) => [file.path, file.size]));
const problems = [];

/** Package files an exports target names: one path, or every shipped file a `*` pattern matches. */
function targets(pattern) {
  const path = normalize(pattern.replace(/^\.\//, ''));
  if (!path.includes('*')) return [path];
  const [before, after] = path.split('*');
  const matches = [...shipped.keys()].filter(
    (file) => file.startsWith(before) && file.endsWith(after) && file.length >= before.length + after.length,
  );
  if (!matches.length) problems.push(`missing: nothing matches the export ${pattern}`);
  return matches;
}

/** Every string an exports entry points to (conditions nest). */
const exportTargets = (value) =>
  typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(exportTargets);

// What a user reaches: the package's documents, each export (with its types), main/module/types, the manifest.
const entries = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);
for (const target of Object.values(pkg.exports).flatMap(exportTargets))
  targets(target).forEach((path) => entries.add(path));
for (const field of ['main', 'module', 'types', 'customElements'])
  if (pkg[field]) entries.add(normalize(pkg[field]));
// Files the README's CDN and embedding paths name, which no export needs to list (a CDN serves any file).
const CDN = [
  'dist/awareness-widgets.js',
  'dist/awareness-widgets.js.map',
  'dist/awareness-widgets.js.sri',
  'dist/embed.html',
  'dist/embed.js',
  'dist/embed.js.map',
  'dist/embed-helper.js',
];
CDN.forEach((path) => entries.add(path));
for (const path of shipped.keys())
  if (/^dist\/locales\/[^/]+\.js(\.map|\.sri)?$/.test(path)) entries.add(path);
for (const path of shipped.keys()) if (/^dist\/content\/.+\.json$/.test(path)) entries.add(path);

// Follow relative imports from each reached module (JavaScript and declarations) to the files they load.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bexport\s*\*\s*from\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const reached = new Set();
const queue = [...entries];
while (queue.length) {
  const path = queue.shift();
  if (reached.has(path)) continue;
  reached.add(path);
  if (!shipped.has(path)) {
    problems.push(`missing: ${path}`);
    continue;
  }
  // A module's declarations go with it; a declaration's module may (a types-only module compiles to `export {}`).
  if (/\.js$/.test(path) && path.startsWith('dist/esm/')) queue.push(path.replace(/\.js$/, '.d.ts'));
  if (path.endsWith('.d.ts') && shipped.has(path.replace(/\.d\.ts$/, '.js')))
    queue.push(path.replace(/\.d\.ts$/, '.js'));
  if (!/\.(m?js|d\.ts)$/.test(path)) continue;
  const text = readFileSync(join(root, path), 'utf8');
  for (const [, specifier] of text.matchAll(IMPORT)) {
    let target = normalize(join(dirname(path), specifier));
    if (path.endsWith('.d.ts')) target = target.replace(/\.js$/, '.d.ts');
    queue.push(target);
  }
  const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
  if (map && !map.startsWith('data:')) queue.push(normalize(join(dirname(path), map)));
}

for (const path of shipped.keys())
  if (!reached.has(path)) problems.push(`unexpected: ${path} (no export, import or CDN path reaches it)`);

// Source maps: each source is in the map (sourcesContent) or in the tarball.
for (const path of shipped.keys()) {
  if (!path.endsWith('.map')) continue;
  const map = JSON.parse(readFileSync(join(root, path), 'utf8'));
  (map.sources ?? []).forEach((source, index) => {
    if (typeof map.sourcesContent?.[index] === 'string') return;
    const file = normalize(join(dirname(path), map.sourceRoot ?? '', source));
    if (!shipped.has(file)) problems.push(`map without its source: ${path} names ${source}, not shipped`);
  });
}

for (const field of ['repository', 'homepage', 'bugs'])
  if (!pkg[field]) problems.push(`package.json has no "${field}"`);

if (process.argv.includes('--list'))
  for (const [path, size] of shipped) console.log(`${String(size).padStart(9)}  ${path}`);

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
if (problems.length) {
  console.error(`pack-check: ${problems.length} problem(s) in ${pack.filename}:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `pack-check: ${pack.filename} ok: ${pack.entryCount} files, ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked; every file is reached and every map carries its sources.`,
);
