// Runs the pages in headless Chromium (Debian's, found by scripts/browsers.mjs) through puppeteer-core. Every
// measured load gets a fresh browser context: an empty HTTP cache and no compiled-code cache, like a first visit.
import puppeteer from 'puppeteer-core';
import { largestSessionWindow } from './cls.mjs';
import { chromiumArgs, findChromium } from '../scripts/browsers.mjs';

export const DESKTOP = { width: 1280, height: 800, deviceScaleFactor: 1 };
// No `isMobile` emulation: with it, this Chromium reports no layout-shift entries at all (checked: the same page
// gives 0 with it and 0.51 without). A 390 px wide window with touch is the phone here.
export const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, hasTouch: true };
// A mid-range phone's CPU: the main thread slowed 4x (CDP `Emulation.setCPUThrottlingRate`, as Lighthouse's mobile
// preset does), set before the page is requested.
export const PHONE_SLOW = { ...PHONE, cpuSlowdown: 4 };

export async function launchBrowser() {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH.');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: chromiumArgs.filter((arg) => !arg.startsWith('--headless')),
  });
}

const median = (values) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
export const stats = (values) => ({
  median: median(values),
  min: values.length ? Math.min(...values) : null,
  max: values.length ? Math.max(...values) : null,
  runs: values.length,
});

/** Opens `url` in a fresh context and hands the page to `use`; records every request the page makes. */
export async function withPage(browser, url, { cpuSlowdown, ...viewport }, use) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    if (cpuSlowdown) {
      const session = await page.createCDPSession();
      await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    const requests = [];
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url, { waitUntil: 'load' });
    return await use(page, { requests, errors });
  } finally {
    await context.close();
  }
}

const shuffle = (list) => {
  const copy = [...list];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
};

/**
 * Render time (navigation start to the "rendered" mark of bench/pages.mjs) and JS heap after a forced GC, for each
 * page, `runs` times, in a random order per round so that no page always goes first.
 */
export async function measureRender(browser, origin, pages, runs) {
  const results = Object.fromEntries(
    Object.keys(pages).map((name) => [
      name,
      { rendered: [], fcp: [], heap: [], nodes: [], requests: [], errors: [] },
    ]),
  );
  for (let round = 0; round < runs; round++) {
    for (const name of shuffle(Object.keys(pages))) {
      await withPage(browser, origin + pages[name], DESKTOP, async (page, { requests, errors }) => {
        const timing = await page.evaluate(() => window.__bench);
        const session = await page.createCDPSession();
        await session.send('Performance.enable');
        await session.send('HeapProfiler.collectGarbage');
        await session.send('HeapProfiler.collectGarbage');
        const { metrics } = await session.send('Performance.getMetrics');
        const metric = (key) => metrics.find((entry) => entry.name === key)?.value;
        const result = results[name];
        result.rendered.push(timing.rendered);
        if (timing.firstContentfulPaint != null) result.fcp.push(timing.firstContentfulPaint);
        result.elements = timing.elements;
        result.heap.push(metric('JSHeapUsedSize'));
        result.nodes.push(metric('Nodes'));
        result.requests.push(...requests.slice(1)); // the first request is the document
        result.errors.push(...errors);
      });
    }
  }
  return results;
}

/** The script's own cost on an empty page: from its last byte received to its `load` event (parse, run, define). */
export async function measureParse(browser, origin, pageUrl, scripts, runs) {
  const results = Object.fromEntries(Object.keys(scripts).map((name) => [name, []]));
  for (let round = 0; round < runs; round++) {
    for (const name of shuffle(Object.keys(scripts))) {
      await withPage(browser, origin + pageUrl, DESKTOP, async (page) => {
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
        );
        const timing = await page.evaluate((src) => window.__parse(src), scripts[name]);
        results[name].push(timing.parseAndDefine);
      });
    }
  }
  return results;
}

/**
 * Time from a click to the next paint: the click's event timestamp to a task queued from the next animation frame
 * (the frame that shows the change has been produced by then). The Event Timing API's duration is kept too; it is
 * rounded to 8 ms and reported only from 16 ms up.
 */
export async function measureInteraction(browser, origin, pageUrl, targets, clicks) {
  const results = {};
  await withPage(browser, origin + pageUrl, DESKTOP, async (page) => {
    await page.evaluate(() => window.__bench);
    await page.evaluate(() => {
      window.__events = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === 'click') window.__events.push(entry.duration);
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: false });
      window.__nextPaint = new Promise(() => {});
      document.addEventListener(
        'click',
        (event) => {
          const start = event.timeStamp;
          window.__nextPaint = new Promise((resolve) =>
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0)),
          );
        },
        { capture: true },
      );
    });
    for (const [name, find] of Object.entries(targets)) {
      const handle = await page.evaluateHandle(find);
      const element = handle.asElement();
      if (!element) {
        results[name] = { found: false };
        continue;
      }
      const description = await element.evaluate(
        (node) =>
          `${node.getRootNode().host?.localName ?? ''} ${node.localName} "${node.textContent.trim().slice(0, 40)}"`,
      );
      await element.evaluate((node) => node.scrollIntoView({ block: 'center' }));
      const times = [];
      await page.evaluate(() => (window.__events = []));
      for (let index = 0; index < clicks; index++) {
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30))),
        );
        await element.click();
        times.push(await page.evaluate(() => window.__nextPaint));
      }
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      const eventTiming = await page.evaluate(() => window.__events);
      results[name] = { found: true, target: description, nextPaint: times, eventTiming };
    }
  });
  return results;
}

/**
 * Layout shift on a page whose fallback content is upgraded by a script added after the first paint, measured from
 * navigation to `settleMs` after every element has rendered: `cls` sums every shift without recent input, `windows`
 * is the Core Web Vitals score (the largest session window, bench/cls.mjs) of each run.
 */
export async function measureLayoutShift(browser, origin, pageUrl, viewports, runs, { settleMs = 500 } = {}) {
  const results = {};
  for (const [name, viewport] of Object.entries(viewports)) {
    results[name] = {
      cls: [],
      windows: [],
      windowSources: new Set(),
      clsAfterScript: [],
      sources: new Set(),
      requests: [],
      firstPaintBeforeScript: true,
    };
    for (let round = 0; round < runs; round++) {
      await withPage(browser, origin + pageUrl, viewport, async (page, { requests }) => {
        await page.waitForFunction(() => window.__scriptAddedAt !== undefined);
        await page.waitForFunction(
          () => customElements.get('aw-fact-card') || customElements.get('aw-hotline-banner'),
        );
        await page.evaluate(() => window.__settled());
        await page.evaluate((wait) => new Promise((resolve) => setTimeout(resolve, wait)), settleMs);
        const outcome = await page.evaluate(() => ({
          shifts: window.__shifts,
          scriptAddedAt: window.__scriptAddedAt,
          firstPaintBeforeScript: window.__firstPaintBeforeScript,
          heightsBefore: window.__heightsBefore,
          heightsAfter: window.__heights(),
        }));
        const counted = outcome.shifts.filter((shift) => !shift.hadRecentInput);
        const sum = (list) => list.reduce((total, shift) => total + shift.value, 0);
        const result = results[name];
        result.cls.push(sum(counted));
        const largest = largestSessionWindow(counted);
        result.windows.push(largest.value);
        largest.entries.forEach((shift) =>
          shift.sources.forEach((source) => result.windowSources.add(source)),
        );
        result.clsAfterScript.push(sum(counted.filter((shift) => shift.startTime >= outcome.scriptAddedAt)));
        counted.forEach((shift) => shift.sources.forEach((source) => result.sources.add(source)));
        result.firstPaintBeforeScript &&= outcome.firstPaintBeforeScript;
        result.heights = (outcome.heightsBefore ?? []).map((before, index) => [
          before,
          outcome.heightsAfter[index],
        ]);
        result.requests.push(...requests.slice(1));
      });
    }
    results[name].sources = [...results[name].sources];
    results[name].windowSources = [...results[name].windowSources];
  }
  return results;
}
