// `npm run size`: raw, gzip and brotli bytes of the drop-in file against Lit alone built the same way, their
// ratio, and a failing exit when the drop-in file is over the budget in shared/DESIGN.md (24 KB brotli).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET_BROTLI_BYTES = 24 * 1024;
const files = { 'drop-in': 'dist/awareness-widgets.js', 'lit alone': 'dist/size/lit-only.js' };

export function measure(path) {
  const raw = readFileSync(path);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!Object.values(files).every(existsSync)) execSync('npm run build', { stdio: 'inherit' });
  const sizes = Object.fromEntries(Object.entries(files).map(([name, path]) => [name, measure(path)]));
  const pad = (value, width) => String(value).padStart(width);
  console.log(`${'bundle'.padEnd(10)} ${pad('raw', 8)} ${pad('gzip', 8)} ${pad('brotli', 8)}`);
  for (const [name, size] of Object.entries(sizes)) {
    console.log(`${name.padEnd(10)} ${pad(size.raw, 8)} ${pad(size.gzip, 8)} ${pad(size.brotli, 8)}`);
  }
  const ratio = (key) => (sizes['drop-in'][key] / sizes['lit alone'][key]).toFixed(2);
  console.log(
    `${'ratio'.padEnd(10)} ${pad(ratio('raw'), 8)} ${pad(ratio('gzip'), 8)} ${pad(ratio('brotli'), 8)}`,
  );
  const brotli = sizes['drop-in'].brotli;
  if (brotli > BUDGET_BROTLI_BYTES) {
    console.error(`size: drop-in file is ${brotli} bytes brotli, over the budget of ${BUDGET_BROTLI_BYTES}.`);
    process.exit(1);
  }
  console.log(`size: drop-in file is ${brotli} bytes brotli, within the budget of ${BUDGET_BROTLI_BYTES}.`);
}
