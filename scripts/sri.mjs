// Prints the Subresource Integrity hash of the drop-in file and of each locale file, for pinning a CDN copy with
// `integrity="..."`, and writes each beside its file (`<file>.sri`) for the builder to read.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = 'dist/awareness-widgets.js';
const LOCALES = 'dist/locales';

export function integrityOf(path = FILE) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const locales = readdirSync(LOCALES)
    .filter((name) => name.endsWith('.js'))
    .map((name) => `${LOCALES}/${name}`);
  for (const file of [FILE, ...locales]) {
    const integrity = integrityOf(file);
    writeFileSync(`${file}.sri`, `${integrity}\n`);
    console.log(`${file}  integrity="${integrity}"`);
  }
}
