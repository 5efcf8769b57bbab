// Every test runs in Debian's headless Chromium and Firefox ESR against the real elements.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium, findFirefox } from './scripts/browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';

const chromium = findChromium();
const firefox = findFirefox();
if (!chromium || !firefox) {
  console.error(
    !chromium
      ? 'Chromium not found: install it with `apt-get install -y chromium` or set CHROME_PATH.'
      : 'Firefox ESR not found: install it with `apt-get install -y firefox-esr` or set FIREFOX_PATH.',
  );
  process.exit(1);
}

// BROWSERS=chromium (or firefox) runs one browser while working on a test; `npm test` runs both.
const only = process.env.BROWSERS;
const browsers = [];
if (!only || only.includes('chromium')) {
  browsers.push(
    chromeLauncher({ launchOptions: { executablePath: chromium, headless: true, args: chromiumArgs } }),
  );
}
if (!only || only.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  browsers,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countReporter()],
};
