// Type-checks small strict TypeScript projects (React 19, Preact, Vue 3) against the packed package, as a new
// user's would be: `npm pack` into a temporary folder, each fixture of test/typed-projects/<framework>/ copied
// beside it, the tarball and the fixture's pinned versions installed from the registry, then `tsc --noEmit`
// (`vue-tsc` for Vue). Each project must pass with its src/ files, and must fail with each file of bad/ added, with
// the error that file's first line expects (`// expect: ...`), so a typing that accepts anything cannot pass.
// Run after `npm run build`: the tarball is packed from the build that is there (`--ignore-scripts`).
//
//   node scripts/typed-projects.mjs [react] [preact] [vue]   (default: all three)
//   KEEP=1 node scripts/typed-projects.mjs                   keeps the temporary folder and prints its path
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test/typed-projects');
const ALL = ['react', 'preact', 'vue'];
const chosen = process.argv.slice(2).filter((name) => !name.startsWith('-'));
const frameworks = chosen.length ? chosen : ALL;
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs a command; resolves with its exit code and output instead of throwing on a non-zero exit. */
async function command(file, args, cwd) {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

const temp = await mkdtemp(join(tmpdir(), 'typed-'));
let failed = 0;
try {
  const packed = await command(
    'npm',
    ['pack', '--ignore-scripts', '--pack-destination', temp, '--json'],
    root,
  );
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.output}`);
  const tarball = join(temp, JSON.parse(packed.output.slice(packed.output.indexOf('[')))[0].filename);

  const results = await Promise.all(frameworks.map((framework) => check(framework, tarball)));
  for (const { framework, ok, line, details } of results) {
    console.log(`typed-projects: ${framework} ${ok ? 'ok' : 'FAILED'}: ${line}`);
    if (!ok) {
      failed++;
      console.log(details.replace(/^/gm, '  '));
    }
  }
} finally {
  if (process.env.KEEP) console.log(`typed-projects: kept ${temp}`);
  else await rm(temp, { recursive: true, force: true });
}
console.log(
  `typed-projects: ${frameworks.length - failed} of ${frameworks.length} projects type-check as expected (${seconds(started)})`,
);
process.exit(failed ? 1 : 0);

async function check(framework, tarball) {
  const since = Date.now();
  const dir = join(temp, framework);
  await cp(join(fixtures, framework), dir, { recursive: true });
  const installed = await command(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball],
    dir,
  );
  if (installed.code !== 0)
    return { framework, ok: false, line: 'npm install failed', details: installed.output };
  const checker = join(dir, 'node_modules/.bin', framework === 'vue' ? 'vue-tsc' : 'tsc');
  const typecheck = (project) => command(checker, ['--noEmit', '--pretty', 'false', '-p', project], dir);

  // 1. The good project: no error at all.
  const good = await typecheck('tsconfig.json');
  if (good.code !== 0)
    return { framework, ok: false, line: 'the correct usage does not type-check', details: good.output };

  // 2. The same project with every bad file: each fails with its own expected error, and src/ still has none.
  const bad = (await readdir(join(dir, 'bad'))).sort();
  const expected = new Map();
  for (const name of bad) {
    const first = (await readFile(join(dir, 'bad', name), 'utf8')).split('\n')[0];
    const expectation = /expect:\s*(.+?)\s*(?:-->)?$/.exec(first)?.[1];
    if (!expectation)
      return { framework, ok: false, line: `bad/${name} has no "expect:" line`, details: first };
    expected.set(name, expectation);
  }
  const config = JSON.parse(await readFile(join(dir, 'tsconfig.json'), 'utf8'));
  await writeFile(
    join(dir, 'tsconfig.bad.json'),
    JSON.stringify({ extends: './tsconfig.json', include: [...config.include, 'bad/*'] }),
  );
  const withBad = await typecheck('tsconfig.bad.json');
  const errors = withBad.output.split('\n').filter((line) => /error TS\d+/.test(line));
  const problems = [];
  if (withBad.code === 0) problems.push('the project with bad/ passed');
  for (const [name, expectation] of expected) {
    const mine = errors.filter((line) => line.startsWith(`bad/${name}(`));
    if (!mine.some((line) => line.includes(expectation)))
      problems.push(
        `bad/${name}: expected "${expectation}", got ${mine.length ? mine.join(' | ') : 'no error'}`,
      );
  }
  const elsewhere = errors.filter((line) => !line.startsWith('bad/'));
  if (elsewhere.length) problems.push(...elsewhere);
  if (problems.length)
    return {
      framework,
      ok: false,
      line: 'a wrong usage was not caught as expected',
      details: problems.join('\n'),
    };
  const codes = [...new Set(errors.map((line) => /error (TS\d+)/.exec(line)[1]))].join(', ');
  return {
    framework,
    ok: true,
    line: `correct usage passes; ${bad.length} wrong usages fail as expected (${codes}) (${seconds(since)})`,
  };
}
