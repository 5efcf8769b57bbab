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

// Off a terminal (CI, `| tee`, a log file), the output is plain text: no progress bar, and none of the cursor and
// colour codes wtr's terminal writes anyway (it erases its empty progress area, and colours when CI is set).
const onTerminal = Boolean(process.stdout.isTTY);
if (!onTerminal) {
  const ESC = String.fromCharCode(27);
  const codes = new RegExp(`${ESC}\\[[0-?]*[ -/]*[@-~]|${ESC}[@-Z\\\\-_]`, 'g');
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = (chunk, ...rest) =>
      write(typeof chunk === 'string' ? chunk.replace(codes, '') : chunk, ...rest);
  }
}

/**
 * The stock `emulateMedia` command, asked of Firefox (WebDriver BiDi has no media emulation), fails and the test
 * reports itself skipped, but wtr also logs the error with a full stack trace in the log of a green run. That one
 * error is not logged again here; every other error still is.
 */
function quietUnsupportedEmulation() {
  return {
    name: 'quiet-unsupported-emulation',
    serverStart({ logger }) {
      const logError = logger.error.bind(logger);
      logger.error = (...messages) => {
        const [error] = messages;
        const unsupported =
          messages.length === 1 &&
          error?.name === 'UnsupportedOperation' &&
          String(error.message).includes('CDP support is required');
        if (!unsupported) logError(...messages);
      };
    },
  };
}

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
 * asked width within a few seconds (asked once more if it does not); any other error, or a size that never arrives,
 * still fails.
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
      if (!viewport) return;
      const reached = (timeout) =>
        page.waitForFunction((width) => window.innerWidth === width, { timeout }, viewport.width);
      // On a busy machine the width sometimes never arrives (seen once in CI, Firefox): ask once more and wait longer.
      await reached(5000).catch(async () => {
        await setViewport(viewport).catch(() => {});
        await reached(15000);
      });
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
    quietUnsupportedEmulation(),
  ],
  browsers,
  // One test file at a time: a page left in the background gets no animation frames, and fixtures wait on them.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  // Failures and browser logs per file; a progress bar only on a terminal; the count as the last line (npm test).
  staticLogging: !onTerminal,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: onTerminal }), countReporter()],
  // The warnings the gallery's deliberately wrong examples print ("[awareness-widgets] ... is not valid") are what
  // those examples show; they are left out of the log. BROWSER_LOGS=all shows them.
  filterBrowserLogs: ({ type, args }) =>
    process.env.BROWSER_LOGS === 'all' ||
    !(type === 'warn' && String(args[0]).startsWith('[awareness-widgets] ')),
};
