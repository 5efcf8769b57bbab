// Prints the Subresource Integrity hash of the drop-in file, for pinning a CDN copy with `integrity="..."`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'dist/awareness-widgets.js';

export function integrityOf(path = FILE) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const integrity = integrityOf();
  writeFileSync(`${FILE}.sri`, `${integrity}\n`);
  console.log(`${FILE}  integrity="${integrity}"`);
}
