// Whole-page layout shift, scored as Core Web Vitals score it (the largest session window, bench/cls.mjs), on a
// school's page made from the embed builder's snippets, the drop-in file added at the end of the body after the
// page has painted. Pages: the plain snippets with and without a top banner and, when the build wrote
// dist/prerendered/cases.json, the same page with its elements prerendered. Viewports: a phone (390 px, CPU slowed
// 4x) and a desktop (1280 px). `npm run bench` runs it with the rest:
//
//   node bench/page-shift.mjs [--runs=N]     this part alone (BENCH_PAGE_SHIFT_RUNS=N works too; default 2),
//                                            printed and written to dist/bench/page-shift.json, docs left alone
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DESKTOP, PHONE_SLOW, launchBrowser, measureLayoutShift, stats } from './browser.mjs';
import { builderSnippets, prerenderedSnippets, schoolPage, writePage } from './pages.mjs';

/** Design budget and goal for a whole page (shared/DESIGN.md). */
export const PAGE_SHIFT_BUDGET = 0.05;
export const PAGE_SHIFT_GOAL = 0;
export const PAGE_SHIFT_VIEWPORTS = {
  'phone 390×844, 4x CPU slowdown': PHONE_SLOW,
  'desktop 1280×800': DESKTOP,
};

/** Runs per page and viewport: one of `flags` (`--page-shift-runs=N`), else BENCH_PAGE_SHIFT_RUNS, else `fallback`. */
export function pageShiftRuns(argv, fallback, flags = ['--page-shift-runs']) {
  const flag = argv.find((arg) => flags.includes(arg.split('=')[0]) && /=\d+$/.test(arg));
  const value = Number(flag?.split('=')[1] ?? process.env.BENCH_PAGE_SHIFT_RUNS ?? fallback);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * Writes the pages and measures each on each viewport `runs` times. `build` is a snapshot of the build:
 * `{ scriptUrl, esmDir, localesUrl, cases }` (`cases` the parsed cases.json, or null).
 */
export async function measurePageShift(browser, origin, build, runs) {
  const plain = await builderSnippets(build.esmDir);
  const pages = [
    { name: 'school page', snippets: plain.snippets, topBanner: false, scripts: [build.scriptUrl] },
    {
      name: 'school page + top banner',
      snippets: plain.snippets,
      topBanner: true,
      scripts: [build.scriptUrl],
    },
  ];
  let prerendered = null;
  if (build.cases?.length) {
    prerendered = prerenderedSnippets(build.cases, plain.snippets);
    const scripts = [...prerendered.langs.map((code) => `${build.localesUrl}/${code}.js`), build.scriptUrl];
    pages.push(
      { name: 'school page, prerendered', snippets: prerendered.snippets, topBanner: false, scripts },
      {
        name: 'school page, prerendered + top banner',
        snippets: prerendered.snippets,
        topBanner: true,
        scripts,
      },
    );
  }
  const results = [];
  for (const [index, each] of pages.entries()) {
    const url = writePage(`school-${index + 1}.html`, schoolPage(each));
    // 1 s after the last element rendered: a later shift would open a window of its own anyway.
    const measured = await measureLayoutShift(browser, origin, url, PAGE_SHIFT_VIEWPORTS, runs, {
      settleMs: 1000,
    });
    for (const [viewport, value] of Object.entries(measured)) {
      const score = stats(value.windows);
      results.push({
        page: each.name,
        url,
        viewport,
        score,
        scores: value.windows,
        sum: stats(value.cls),
        withinBudget: score.max <= PAGE_SHIFT_BUDGET,
        atGoal: score.max <= PAGE_SHIFT_GOAL,
        sources: value.windowSources.filter(Boolean),
        firstPaintBeforeScript: value.firstPaintBeforeScript,
        // Each element's height before the script and after it rendered, in page order.
        heights: value.heights.map(([before, after], at) => ({
          element: [...(each.topBanner ? ['top banner'] : []), 'fact card', 'explainer', 'banner'][at],
          before: Math.round(before),
          after: Math.round(after),
        })),
      });
    }
  }
  return {
    runs,
    budget: PAGE_SHIFT_BUDGET,
    goal: PAGE_SHIFT_GOAL,
    source: plain.source,
    prerendered: prerendered
      ? {
          cases: prerendered.cases,
          langs: prerendered.langs,
        }
      : null,
    results,
  };
}

/** Copies what the pages load into `dir`: the drop-in file, dist/esm, the language files and the prerendered cases. */
export function snapshotBuild(
  dir,
  { script = 'dist/awareness-widgets.js', esm = 'dist/esm', locales = 'dist/locales' } = {},
) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(script, `${dir}/awareness-widgets.js`);
  if (existsSync(esm)) cpSync(esm, `${dir}/esm`, { recursive: true });
  if (existsSync(locales)) cpSync(locales, `${dir}/locales`, { recursive: true });
  const casesPath = 'dist/prerendered/cases.json';
  return {
    scriptUrl: `/${dir}/awareness-widgets.js`,
    esmDir: `${dir}/esm`,
    localesUrl: `/${dir}/locales`,
    cases: existsSync(casesPath) ? JSON.parse(readFileSync(casesPath, 'utf8')) : null,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { startServer } = await import('../scripts/serve.mjs');
  const { pageShiftTable } = await import('./report.mjs');
  const runs = pageShiftRuns(process.argv.slice(2), 2, ['--runs', '--page-shift-runs']);
  const build = snapshotBuild('dist/bench/page-shift-snapshot');
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const started = Date.now();
    const pageShift = await measurePageShift(browser, server.url.replace(/\/$/, ''), build, runs);
    mkdirSync('dist/bench', { recursive: true });
    writeFileSync('dist/bench/page-shift.json', `${JSON.stringify(pageShift, null, 2)}\n`);
    console.log(pageShiftTable(pageShift));
    console.log(
      `page-shift: ${runs} run${runs === 1 ? '' : 's'} per page and viewport, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
