// `npm run bench`: size, render cost, parse time, interaction, layout shift, memory, requests and Lighthouse for the
// drop-in file, each figure next to its target from shared/DESIGN.md. Writes bench/results/latest.json and the
// results block of docs/benchmarks.md. `npm run bench -- --quick` (fewer rounds, no Lighthouse, under two minutes)
// writes dist/bench/quick.json (not kept in git) and leaves the docs alone. `--no-lighthouse` skips Lighthouse only.
// `--page-shift-runs=N` (or BENCH_PAGE_SHIFT_RUNS=N) sets the runs of the whole-page layout shift (bench/page-shift.mjs,
// which also runs alone: `node bench/page-shift.mjs --runs=N`).
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import os from 'node:os';
import {
  DESKTOP,
  PHONE,
  launchBrowser,
  measureInteraction,
  measureLayoutShift,
  measureParse,
  measureRender,
  stats,
  withPage,
} from './browser.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { BUDGET_BROTLI_BYTES } from '../scripts/size.mjs';
import {
  LIT_ONLY_URL,
  fallbackSnippets,
  layoutShiftPage,
  loadExamples,
  mixedItems,
  mixedPage,
  parsePage,
  snapshotStatic,
  staticPage,
  visibleText,
  writePage,
} from './pages.mjs';
import { measurePageShift, pageShiftRuns } from './page-shift.mjs';
import { codeAt, cpuProfile, traceBreakdown } from './profile.mjs';
import { pageShiftTargets, renderMarkdown, targetsTable, writeDocs, writeReadmeSummary } from './report.mjs';
import { measureSizes, sizeBreakdown } from './sizes.mjs';
import { startServer } from '../scripts/serve.mjs';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const withLighthouse = !quick && !args.has('--no-lighthouse');
const ROUNDS = quick
  ? { render: 5, parse: 5, clicks: 6, layoutShift: 1, traces: 1, lighthouse: 0 }
  : { render: 21, parse: 15, clicks: 20, layoutShift: 5, traces: 5, lighthouse: 3 };
ROUNDS.pageShift = pageShiftRuns(process.argv.slice(2), quick ? 1 : 5);

// The script and examples under test: the real build, unless a harness developer points elsewhere.
const BUILT_SCRIPT = process.env.BENCH_SCRIPT ?? 'dist/awareness-widgets.js';
const BUILT_ESM = join(dirname(BUILT_SCRIPT), 'esm');
const BUILT_EXAMPLES = process.env.BENCH_EXAMPLES ?? 'dist/esm/examples.js';
// Everything is measured on a private copy of the build, so a rebuild by someone else during the run (which
// empties dist/esm and rewrites the drop-in file) cannot change what is measured halfway through.
const SNAPSHOT = 'dist/bench/snapshot';
const SCRIPT = `${SNAPSHOT}/${basename(BUILT_SCRIPT)}`;
const SNAPSHOT_ESM = `${SNAPSHOT}/esm`;
const SCRIPT_URL = `/${SCRIPT}`;
/** The line of code at a `dist/esm/...:line` location, read from the snapshot. */
const quoteCode = (location) => codeAt(location.replace(`${BUILT_ESM}/`, `${SNAPSHOT_ESM}/`));

const started = Date.now();
const step = (message) => console.log(`bench: ${message} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

if (!existsSync(BUILT_SCRIPT) || !existsSync(BUILT_EXAMPLES)) {
  step('no build found, running npm run build');
  execSync('npm run build', { stdio: 'inherit' });
}
rmSync(SNAPSHOT, { recursive: true, force: true });
mkdirSync(SNAPSHOT, { recursive: true });
cpSync(BUILT_SCRIPT, SCRIPT);
if (existsSync(`${BUILT_SCRIPT}.map`)) cpSync(`${BUILT_SCRIPT}.map`, `${SCRIPT}.map`);
if (existsSync(BUILT_ESM)) cpSync(BUILT_ESM, SNAPSHOT_ESM, { recursive: true });
// The whole-page measure also loads a language file (for a prerendered element in another language) and reads the
// prerendered cases.
const BUILT_LOCALES = join(dirname(BUILT_SCRIPT), 'locales');
if (existsSync(BUILT_LOCALES)) cpSync(BUILT_LOCALES, `${SNAPSHOT}/locales`, { recursive: true });
const BUILT_CASES = join(dirname(BUILT_SCRIPT), 'prerendered', 'cases.json');
const prerenderedCases = existsSync(BUILT_CASES) ? JSON.parse(readFileSync(BUILT_CASES, 'utf8')) : null;
const EXAMPLES = process.env.BENCH_EXAMPLES ?? `${SNAPSHOT_ESM}/examples.js`;

const git = (...command) => {
  try {
    return execFileSync('git', command, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

const environment = {
  loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
  cores: os.cpus().length,
  memoryGB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
  os: `${os.type()} ${os.release()}`,
  node: process.versions.node,
  commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
  dirty: git('status', '--porcelain', '--', 'src') !== '',
  script: BUILT_SCRIPT,
  scriptBuilt: statSync(BUILT_SCRIPT)
    .mtime.toISOString()
    .replace(/\.\d+Z$/, 'Z'),
};

step('building and measuring sizes');
const sizes = await measureSizes(SCRIPT);
const sizeParts = existsSync(`${SCRIPT}.map`) ? sizeBreakdown(SCRIPT) : null;

const server = await startServer();
// Lighthouse loads the gallery, which reads dist/ too: it gets its own copy of demo/ and the snapshot of dist/.
const SITE = `${SNAPSHOT}/site`;
cpSync('demo', `${SITE}/demo`, { recursive: true });
cpSync(SCRIPT, `${SITE}/dist/${basename(SCRIPT)}`);
if (existsSync(`${SCRIPT}.map`)) cpSync(`${SCRIPT}.map`, `${SITE}/dist/${basename(SCRIPT)}.map`);
if (existsSync(SNAPSHOT_ESM)) cpSync(SNAPSHOT_ESM, `${SITE}/dist/esm`, { recursive: true });
// The gallery's Spanish and French examples load their language files: without them Lighthouse logs two 404s.
if (existsSync(`${SNAPSHOT}/locales`))
  cpSync(`${SNAPSHOT}/locales`, `${SITE}/dist/locales`, { recursive: true });
const siteServer = await startServer({ root: SITE });
const origin = server.url.replace(/\/$/, '');
const browser = await launchBrowser();
environment.browser = (await browser.version()).replace('/', ' ');

try {
  // Pages: the live one from the examples, then its static copies captured from what it rendered.
  const groups = await loadExamples(EXAMPLES);
  const items = mixedItems(groups, 100);
  const livePage = writePage('live.html', mixedPage(items, SCRIPT_URL));
  const mix = Object.entries(
    items.reduce((counts, item) => ({ ...counts, [item.tag]: (counts[item.tag] ?? 0) + 1 }), {}),
  )
    .map(([tag, count]) => `${count} ${tag}`)
    .join(', ');

  step('capturing the static equivalent of the live page');
  const captured = await withPage(browser, origin + livePage, DESKTOP, async (page) => {
    await page.evaluate(() => window.__bench);
    const snapshot = await page.evaluate(snapshotStatic);
    const text = await page.evaluate(visibleText);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    return { snapshot, text, height };
  });
  const flatPage = writePage('static-flat.html', staticPage(captured.snapshot.flat, 'flat'));
  const dsdPage = writePage('static-dsd.html', staticPage(captured.snapshot.dsd, 'dsd'));
  const staticCheck = await withPage(browser, origin + flatPage, DESKTOP, async (page) => {
    await page.evaluate(() => window.__bench);
    return {
      text: await page.evaluate(visibleText),
      height: await page.evaluate(() => document.documentElement.scrollHeight),
    };
  });
  const sameText = staticCheck.text === captured.text;
  const check =
    `the flat static page shows ${sameText ? 'the same' : 'DIFFERENT'} visible text as the live page ` +
    `(${captured.text.length} characters${sameText ? '' : ` live, ${staticCheck.text.length} static`}); page height ` +
    `${captured.height} px live, ${staticCheck.height} px static.`;

  step(`render cost and memory, ${ROUNDS.render} rounds`);
  const renderRuns = await measureRender(
    browser,
    origin,
    { live: livePage, flat: flatPage, dsd: dsdPage },
    ROUNDS.render,
  );
  const paired = (a, b) => a.map((value, index) => value / b[index]);
  const render = {
    elements: renderRuns.live.elements,
    mix,
    check,
    pages: Object.fromEntries(
      Object.entries(renderRuns).map(([name, value]) => [
        name,
        {
          rendered: stats(value.rendered),
          fcp: stats(value.fcp),
          heap: stats(value.heap),
          nodes: stats(value.nodes),
        },
      ]),
    ),
    ratio: stats(paired(renderRuns.live.rendered, renderRuns.flat.rendered)),
    ratioDsd: stats(paired(renderRuns.live.rendered, renderRuns.dsd.rendered)),
    heapRatio: stats(paired(renderRuns.live.heap, renderRuns.flat.heap)),
    errors: [...new Set(renderRuns.live.errors)],
  };

  step(`script parse and define, ${ROUNDS.parse} rounds`);
  const parseRuns = await measureParse(
    browser,
    origin,
    writePage('parse.html', parsePage()),
    { 'drop-in file': SCRIPT_URL, 'Lit alone (one trivial element)': LIT_ONLY_URL },
    ROUNDS.parse,
  );
  const parse = {
    scripts: Object.fromEntries(Object.entries(parseRuns).map(([name, values]) => [name, stats(values)])),
    ratio: stats(paired(parseRuns['drop-in file'], parseRuns['Lit alone (one trivial element)'])),
  };

  step(`interaction, ${ROUNDS.clicks} clicks per control`);
  const interactionRuns = await measureInteraction(
    browser,
    origin,
    livePage,
    {
      'explainer disclosure': () => {
        for (const host of document.querySelectorAll('aw-indicator-explainer')) {
          const control = host.shadowRoot?.querySelector('summary, button[aria-expanded]');
          if (control) return control;
        }
        return null;
      },
      'fact card next': () => {
        for (const host of document.querySelectorAll('aw-fact-card')) {
          const buttons = [...(host.shadowRoot?.querySelectorAll('button') ?? [])];
          const next = buttons.find((button) =>
            /next|siguiente/i.test(
              `${button.getAttribute('aria-label') ?? ''} ${button.textContent} ${button.getAttribute('part') ?? ''}`,
            ),
          );
          if (next) return next;
        }
        return null;
      },
    },
    ROUNDS.clicks,
  );
  const interaction = Object.fromEntries(
    Object.entries(interactionRuns).map(([name, value]) => [
      name,
      value.found ? { ...value, stats: stats(value.nextPaint) } : value,
    ]),
  );

  step(`layout shift, ${ROUNDS.layoutShift} rounds per viewport`);
  const fallback = fallbackSnippets(groups);
  const shiftPage = writePage('layout-shift.html', layoutShiftPage(fallback.snippets, SCRIPT_URL));
  const shiftRuns = await measureLayoutShift(
    browser,
    origin,
    shiftPage,
    { 'desktop 1280×800': DESKTOP, 'phone 390×844': PHONE },
    ROUNDS.layoutShift,
  );
  // The same page as the README says to paste it (defer in the head): the usual case on a fast connection.
  const deferRuns = await measureLayoutShift(
    browser,
    origin,
    writePage(
      'layout-shift-defer.html',
      layoutShiftPage(fallback.snippets, SCRIPT_URL, { deferInHead: true }),
    ),
    { 'desktop 1280×800': DESKTOP, 'phone 390×844': PHONE },
    ROUNDS.layoutShift,
  );
  // The same measure with one snippet per page, to tell which element moves the page.
  const perSnippet = [];
  for (const [index, snippet] of fallback.snippets.entries()) {
    const url = writePage(`layout-shift-${index + 1}.html`, layoutShiftPage([snippet], SCRIPT_URL));
    const runs = await measureLayoutShift(browser, origin, url, { desktop: DESKTOP, phone: PHONE }, 1);
    perSnippet.push({
      element: snippet.match(/<(aw-[a-z-]+)/)?.[1] ?? 'unknown',
      desktop: runs.desktop.cls[0],
      phone: runs.phone.cls[0],
      sources: [...new Set([...runs.desktop.sources, ...runs.phone.sources])].filter(Boolean),
      heightDesktop: runs.desktop.heights[0],
      heightPhone: runs.phone.heights[0],
    });
  }
  const layoutShift = {
    withDefer: Object.fromEntries(
      Object.entries(deferRuns).map(([name, value]) => [
        name,
        { clsMax: Math.max(...value.cls), runs: value.cls.length, sources: value.sources.filter(Boolean) },
      ]),
    ),
    perSnippet,
    source: fallback.source,
    snippets: fallback.snippets.length,
    viewports: Object.fromEntries(
      Object.entries(shiftRuns).map(([name, value]) => [
        name,
        {
          clsMax: Math.max(...value.cls),
          clsMedian: stats(value.cls).median,
          clsAfterScriptMax: Math.max(...value.clsAfterScript),
          runs: value.cls.length,
          sources: value.sources.filter(Boolean),
          firstPaintBeforeScript: value.firstPaintBeforeScript,
        },
      ]),
    ),
  };

  step(`whole-page layout shift, ${ROUNDS.pageShift} runs per page and viewport`);
  const pageShift = await measurePageShift(
    browser,
    origin,
    {
      scriptUrl: SCRIPT_URL,
      esmDir: SNAPSHOT_ESM,
      localesUrl: `/${SNAPSHOT}/locales`,
      cases: prerenderedCases,
    },
    ROUNDS.pageShift,
  );

  const extraRequests = [
    ...renderRuns.live.requests,
    ...Object.values(shiftRuns).flatMap((value) => value.requests),
    ...Object.values(deferRuns).flatMap((value) => value.requests),
  ]
    .map((request) => request.url)
    .filter((url) => url !== origin + SCRIPT_URL);
  const requests = { count: extraRequests.length, urls: [...new Set(extraRequests)] };

  step(`tracing the live and static pages, ${ROUNDS.traces} rounds, and one CPU profile`);
  const traces = { live: [], flat: [] };
  for (let round = 0; round < ROUNDS.traces; round++) {
    traces.live.push(await traceBreakdown(browser, origin, livePage, SCRIPT, dirname(BUILT_SCRIPT)));
    traces.flat.push(await traceBreakdown(browser, origin, flatPage));
  }
  const activityMedians = (runs) =>
    Object.fromEntries(
      [...new Set(runs.flatMap((run) => Object.keys(run.cpu)))].map((activity) => [
        activity,
        stats(runs.map((run) => run.cpu[activity] ?? 0)).median,
      ]),
    );
  const profile = {
    trace: {
      runs: ROUNDS.traces,
      live: activityMedians(traces.live),
      flat: activityMedians(traces.flat),
      liveTotal: stats(traces.live.map((run) => run.cpuTotal)),
      flatTotal: stats(traces.flat.map((run) => run.cpuTotal)),
      // Forced style and layout on the live page by caller: the median over the traced loads, largest first.
      forced: [...new Set(traces.live.flatMap((run) => Object.keys(run.forced)))]
        .map((caller) => ({
          caller,
          code: quoteCode(caller.replace(/^.* forced at /, '')),
          ms: stats(traces.live.map((run) => run.forced[caller] ?? 0)).median,
        }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 8),
      ratio: stats(
        paired(
          traces.live.map((run) => run.cpuTotal),
          traces.flat.map((run) => run.cpuTotal),
        ),
      ),
    },
    cpu: await cpuProfile(browser, origin, livePage, SCRIPT_URL, SCRIPT, dirname(BUILT_SCRIPT)),
  };

  let lighthouse = { skipped: quick ? 'quick run' : 'run with --no-lighthouse' };
  if (withLighthouse) {
    step(`Lighthouse, ${ROUNDS.lighthouse} runs`);
    try {
      const runs = [];
      for (let index = 0; index < ROUNDS.lighthouse; index++)
        runs.push(await runLighthouse(`${siteServer.url}demo/index.html`));
      const last = runs.at(-1);
      lighthouse = {
        ...last,
        runs: runs.length,
        scores: Object.fromEntries(
          Object.keys(last.scores).map((category) => [
            category,
            stats(runs.map((run) => run.scores[category])).median,
          ]),
        ),
        allScores: runs.map((run) => run.scores),
      };
    } catch (error) {
      lighthouse = { skipped: `Lighthouse failed: ${String(error?.message ?? error).split('\n')[0]}` };
    }
  }

  const dropIn = sizes.find((row) => row.id === 'drop-in');
  const litOnly = sizes.find((row) => row.id === 'lit-only');
  const sizeRatio = dropIn.total.brotli / litOnly.total.brotli;
  const worstShift = Math.max(...Object.values(layoutShift.viewports).map((value) => value.clsMax));
  // The goal and the budget of each target in shared/DESIGN.md; the size budget is the one CI checks.
  const upTo = (value, goal, budget) => ({ pass: value <= goal, withinBudget: value <= budget });
  const targets = [
    {
      what: 'drop-in file, brotli',
      measured: `${dropIn.total.brotli.toLocaleString('en-US')} B`,
      target: '≤ 16 KB goal (24 KB budget)',
      ...upTo(dropIn.total.brotli, 16 * 1024, BUDGET_BROTLI_BYTES),
    },
    {
      what: 'drop-in file ÷ Lit alone, brotli',
      measured: `${sizeRatio.toFixed(3)}x`,
      target: '≤ 3x (budget 4x)',
      ...upTo(sizeRatio, 3, 4),
    },
    {
      what: '100 elements ÷ same content as static HTML, time to rendered',
      measured: `${render.ratio.median.toFixed(3)}x`,
      target: '≤ 1.5x (budget 2x)',
      ...upTo(render.ratio.median, 1.5, 2),
    },
    {
      what: '100 elements ÷ static HTML, main-thread CPU time (less sensitive to a busy machine)',
      measured: `${profile.trace.ratio.median.toFixed(3)}x`,
      target: '≤ 1.5x (budget 2x)',
      ...upTo(profile.trace.ratio.median, 1.5, 2),
    },
    {
      what: 'layout shift when the script upgrades fallback content',
      measured: worstShift.toFixed(4),
      target: '0 (budget 0.05)',
      ...upTo(worstShift, 0, 0.05),
    },
    ...pageShiftTargets(pageShift),
    {
      what: 'requests besides the document and the script',
      measured: String(requests.count),
      target: '0',
      ...upTo(requests.count, 0, 0),
    },
    {
      what: 'Lighthouse accessibility (demo gallery)',
      measured: lighthouse.skipped ? 'not run' : String(lighthouse.scores.accessibility),
      target: '100',
      pass: !lighthouse.skipped && lighthouse.scores.accessibility === 100,
      skipped: Boolean(lighthouse.skipped),
    },
  ];

  const results = {
    mode: quick ? 'quick' : 'full',
    environment,
    rounds: ROUNDS,
    targets,
    sizes,
    sizeBreakdown: sizeParts,
    render,
    parse,
    interaction,
    layoutShift,
    pageShift,
    requests,
    lighthouse,
    profile,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    loadAverageAtEnd: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
  mkdirSync('bench/results', { recursive: true });
  const jsonPath = quick ? 'dist/bench/quick.json' : 'bench/results/latest.json';
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);

  const markdown = renderMarkdown(results);
  console.log(`\n${markdown}\n`);
  if (render.errors.length) console.log(`Page errors on the live page: ${render.errors.join(' | ')}`);
  console.log(targetsTable(targets));
  if (!quick && !process.env.BENCH_SCRIPT) {
    await writeDocs(markdown);
    await writeReadmeSummary(results);
  }
  step(
    `done: ${jsonPath}${quick || process.env.BENCH_SCRIPT ? '' : ', docs/benchmarks.md and the README summary'}`,
  );
} finally {
  await browser.close();
  await server.close();
  await siteServer.close();
}
