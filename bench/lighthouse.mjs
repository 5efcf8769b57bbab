// Lighthouse on the demo gallery, run programmatically: chrome-launcher starts Debian's Chromium (the CHROME_PATH
// that scripts/browsers.mjs finds) with the flags every other run here uses, Lighthouse drives it over its debugging
// port. Default config (mobile form factor, simulated throttling), three categories.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromiumArgs, findChromium } from '../scripts/browsers.mjs';

const require = createRequire(import.meta.url);
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

export async function runLighthouse(url) {
  const chromePath = findChromium();
  process.env.CHROME_PATH = chromePath;
  const { default: lighthouse } = await import('lighthouse');
  // The chrome-launcher that this Lighthouse version was written against (a nested copy), not any other.
  const launcherPath = require.resolve('chrome-launcher', { paths: [require.resolve('lighthouse')] });
  const chromeLauncher = await import(pathToFileURL(launcherPath).href);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumArgs, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'silent',
      onlyCategories: CATEGORIES,
    });
    const { lhr } = result;
    const failing = (category) =>
      lhr.categories[category].auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
        )
        .map((audit) => ({
          id: audit.id,
          title: audit.title,
          score: audit.score,
          value: audit.displayValue ?? '',
          // What the console said: the one audit whose items are worth reading in the report.
          items:
            audit.id === 'errors-in-console'
              ? (audit.details?.items ?? []).map((item) =>
                  `${item.source ?? ''}: ${item.description ?? ''} ${item.sourceLocation?.url ?? ''}`.slice(
                    0,
                    300,
                  ),
                )
              : undefined,
        }));
    return {
      version: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
      scores: Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round(lhr.categories[category].score * 100)]),
      ),
      metrics: {
        firstContentfulPaint: lhr.audits['first-contentful-paint']?.numericValue,
        largestContentfulPaint: lhr.audits['largest-contentful-paint']?.numericValue,
        totalBlockingTime: lhr.audits['total-blocking-time']?.numericValue,
        cumulativeLayoutShift: lhr.audits['cumulative-layout-shift']?.numericValue,
      },
      notPassing: Object.fromEntries(CATEGORIES.map((category) => [category, failing(category)])),
      runtimeError: lhr.runtimeError ?? null,
    };
  } finally {
    await chrome.kill();
  }
}
