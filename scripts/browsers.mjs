// Finds the browsers the tests run in, the same way for `npm test`, the benchmarks and CI.
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path) => path && existsSync(path));
}

/** Flags that let Debian's Chromium run headless as root on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

// Run directly (`node scripts/browsers.mjs`), it fails with one line per missing browser.
if (import.meta.url === `file://${process.argv[1]}`) {
  let missing = false;
  if (!findChromium()) {
    console.error('Chromium not found: install it with `apt-get install -y chromium` or set CHROME_PATH.');
    missing = true;
  }
  if (!findFirefox()) {
    console.error(
      'Firefox ESR not found: install it with `apt-get install -y firefox-esr` or set FIREFOX_PATH.',
    );
    missing = true;
  }
  // The print kit's check (scripts/print-check.mjs) reads its PDFs as pixels with poppler's pdftoppm.
  if (!['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].some((path) => existsSync(path))) {
    console.error('pdftoppm not found: install it with `apt-get install -y poppler-utils`.');
    missing = true;
  }
  process.exit(missing ? 1 : 0);
}
