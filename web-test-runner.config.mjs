// Every test runs in Debian's headless Chromium and Firefox ESR against the real elements.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupJson from '@rollup/plugin-json';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium, findFirefox } from './scripts/browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { mediaFeaturesPlugin } from './scripts/media-features-plugin.mjs';
import { hostPagesMiddleware } from './test/embedding/host-pages.mjs';

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
      createPage: firefoxPage,
    }),
  );
}

/**
 * A Firefox page whose `setViewport` works on every Firefox ESR that Debian ships. puppeteer-core sends the viewport
 * size and a screen-orientation override as two WebDriver BiDi commands at once; Firefox ESR 140 (bookworm's on some
 * mirrors) does not know the second and rejects it while the first is still being applied. Only that one unknown
 * command is tolerated, as puppeteer-core already tolerates the touch override, and then the page must reach the
 * asked width within a few seconds; any other error, or a size that never arrives, still fails.
 */
async function firefoxPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      const message = String(error?.message ?? error);
      if (!(message.includes('setScreenOrientationOverride') && message.includes('unknown command')))
        throw error;
      if (viewport) {
        await page.waitForFunction((width) => window.innerWidth === width, { timeout: 5000 }, viewport.width);
      }
    }
  };
  return page;
}

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build, as the drop-in file ships it: no "Lit is in dev mode" notice in every test file's log.
  nodeResolve: { exportConditions: ['production'] },
  // Host pages for the embedding tests (test/embedding/): real pages with real CSS, some with a strict CSP header.
  middleware: [hostPagesMiddleware()],
  // `syllable` (readability test) is ESM, but its dependencies `pluralize` and `normalize-strings` are CommonJS and
  // `normalize-strings` requires a JSON file: convert just those for the browser.
  mimeTypes: { '**/node_modules/normalize-strings/**/*.json': 'js' },
  plugins: [
    fromRollup(rollupJson)({ include: ['**/node_modules/normalize-strings/**/*.json'] }),
    fromRollup(rollupCommonjs)({
      // Hoist requires instead of wrapping them, so each module gets a plain default export.
      strictRequires: false,
      include: ['**/node_modules/pluralize/**', '**/node_modules/normalize-strings/**'],
    }),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    mediaFeaturesPlugin(),
  ],
  browsers,
  // One test file at a time: a page left in the background gets no animation frames, and fixtures wait on them.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countReporter()],
};
