// Turns bench results into the tables printed by `npm run bench` and written into docs/benchmarks.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const int = (value) => Math.round(value).toLocaleString('en-US');
const ms = (value) => (value == null ? 'n/a' : `${value.toFixed(1)} ms`);
const ratio = (value) => (value == null ? 'n/a' : `${value.toFixed(2)}x`);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`]
    .concat(rows.map((row) => `| ${row.join(' | ')} |`))
    .join('\n');

export function targetsTable(targets) {
  return table(
    ['what', 'measured', 'target', 'result'],
    targets.map((target) => [
      target.what,
      target.measured,
      target.target,
      // PASS: the goal is met. "budget": within the budget, short of the goal. MISS: over the budget too.
      target.skipped ? 'not run' : target.pass ? 'PASS' : target.withinBudget ? 'budget' : '**MISS**',
    ]),
  );
}

/**
 * Whole-page layout shift, one row per page and viewport: the Core Web Vitals score (largest session window), median
 * and max of the runs, and the verdict on the max (PASS at the goal, "budget" within the budget, MISS over it).
 * `compact` leaves out the shifted nodes (for the README).
 */
export function pageShiftTable(pageShift, { compact = false } = {}) {
  const header = ['page', 'viewport', 'CLS median', 'CLS max', `within ${pageShift.budget}`];
  return table(
    compact
      ? header
      : [...header, 'runs', 'shifted nodes (largest window)', 'heights, fallback → rendered (px)'],
    pageShift.results.map((row) => {
      const cells = [
        row.page,
        row.viewport,
        row.score.median.toFixed(4),
        row.score.max.toFixed(4),
        row.withinBudget ? `yes${row.atGoal ? ' (goal: 0)' : ''}` : '**no**',
      ];
      return compact
        ? cells
        : [
            ...cells,
            String(row.score.runs) + (row.firstPaintBeforeScript ? '' : ' (no paint seen before the script)'),
            row.sources.join(', ') || 'none',
            row.heights.map((each) => `${each.element} ${each.before} → ${each.after}`).join(', '),
          ];
    }),
  );
}

/** The target rows for the whole page: the worst page × viewport (max of runs), plain snippets and prerendered. */
export function pageShiftTargets(pageShift) {
  const groups = [
    ['plain snippets', (row) => !row.page.includes('prerendered')],
    ['prerendered snippets', (row) => row.page.includes('prerendered')],
  ];
  return groups
    .map(([label, belongs]) => [label, pageShift.results.filter(belongs)])
    .filter(([, rows]) => rows.length)
    .map(([label, rows]) => {
      const worst = rows.reduce((a, b) => (b.score.max > a.score.max ? b : a));
      return {
        what: `whole-page layout shift (Core Web Vitals score), school page from the builder's ${label}, worst page × viewport`,
        measured: `${worst.score.max.toFixed(4)} (${worst.page}, ${worst.viewport.split(' ')[0]})`,
        target: `${pageShift.goal} (budget ${pageShift.budget})`,
        pass: rows.every((row) => row.atGoal),
        withinBudget: rows.every((row) => row.withinBudget),
      };
    });
}

export function renderMarkdown(results) {
  const { environment, sizes, render, parse, interaction, layoutShift, requests, lighthouse, profile } =
    results;
  const out = [];
  out.push(
    `Measured ${environment.date} (${results.mode} run) on ${environment.cpuModel}, ${environment.cores} cores, ` +
      `${environment.memoryGB} GB memory, ${environment.os}; ${environment.browser}, Node ${environment.node}; ` +
      `load average ${environment.loadAverageAtStart.join(' / ')} (1/5/15 min) at the start, ` +
      `${results.loadAverageAtEnd.join(' / ')} at the end. ` +
      `Drop-in file built from commit ${environment.commit}${environment.dirty ? ' with uncommitted changes' : ''} ` +
      `(${environment.script}, built ${environment.scriptBuilt}).`,
  );
  out.push('### Targets', targetsTable(results.targets));

  out.push(
    '### Size',
    'Every script bundled like the drop-in file (rollup + node-resolve + terser, IIFE); CSS compressed with Sass. ' +
      'Gzip level 9, brotli quality 11. "Drop-in ÷" is the drop-in file over that row, brotli.',
    table(
      ['bundle', 'raw', 'gzip', 'brotli', 'drop-in ÷ (brotli)'],
      sizes.map((row) => [
        row.name +
          (row.css ? ` (JS ${int(row.js.brotli)} + CSS ${int(row.css.brotli)} brotli)` : '') +
          (row.pack ? ` (${int(row.js.brotli)} + ${int(row.pack.brotli)} brotli)` : ''),
        int(row.total.raw),
        int(row.total.gzip),
        `${int(row.total.brotli)} (${kb(row.total.brotli)})`,
        ratio(row.dropInRatio.brotli),
      ]),
    ),
  );

  if (results.sizeBreakdown) {
    out.push(
      'What the drop-in file is made of: every byte of the minified file attributed to its module through the ' +
        'source map. Brotli per group is the group compressed alone, so the groups add up to more than the file.',
      table(
        ['part', 'raw bytes', 'share of raw', 'brotli alone'],
        results.sizeBreakdown.groups
          .filter((group) => group.raw >= 200)
          .map((group) => [
            group.group,
            int(group.raw),
            `${(group.share * 100).toFixed(1)}%`,
            int(group.brotli),
          ]),
      ),
      `Largest modules (raw bytes in the minified file): ${results.sizeBreakdown.files
        .slice(0, 6)
        .map((file) => `${file.source.replace(/^src\//, 'dist/esm/')} ${int(file.raw)}`)
        .join(', ')}.`,
    );
  }

  const r = render.pages;
  out.push(
    '### Render cost: 100 elements',
    `${render.elements} elements (${render.mix}), each page loaded ${r.live.rendered.runs} times in a fresh browser ` +
      'context, in random order per round. "Rendered" = `load`, every element defined and its `updateComplete` ' +
      'settled, then two animation frames; on a static page, `load` + two frames. Times from navigation start; ' +
      'medians (min–max). Ratios are the median of the ratios of each round.',
    table(
      [
        'page',
        'rendered',
        'first contentful paint',
        'ratio to static (flat)',
        'JS heap after GC',
        'DOM nodes',
      ],
      [
        ['live: drop-in script + 100 elements', 'live'],
        ['static HTML, one stylesheet (flat)', 'flat'],
        ['static HTML, declarative shadow DOM', 'dsd'],
      ].map(([label, key]) => [
        label,
        `${ms(r[key].rendered.median)} (${ms(r[key].rendered.min)}–${ms(r[key].rendered.max)})`,
        ms(r[key].fcp.median),
        key === 'live'
          ? `${ratio(render.ratio.median)} (rounds: ${ratio(render.ratio.min)}–${ratio(render.ratio.max)})`
          : key === 'dsd'
            ? `${ratio(render.ratioDsd.median)} (live ÷ dsd)`
            : '1.00x',
        mb(r[key].heap.median),
        int(r[key].nodes.median),
      ]),
    ),
    `Static copy check: ${render.check}`,
  );

  out.push(
    '### Script parse and define',
    'On an empty page that has painted, the script is added; time from its last byte received (Resource Timing ' +
      '`responseEnd`) to its `load` event, which fires once it has been parsed and run (every element defined). ' +
      'Fresh context each time, so no code cache.',
    table(
      ['script', 'median', 'min–max'],
      Object.entries(parse.scripts).map(([name, value]) => [
        name,
        ms(value.median),
        `${ms(value.min)}–${ms(value.max)}`,
      ]),
    ),
    `Ratio drop-in ÷ Lit alone (median of paired runs): ${ratio(parse.ratio.median)}.`,
  );

  out.push(
    '### Interaction to next paint',
    'On the 100-element page: time from the click event’s timestamp to a task queued from the next animation ' +
      'frame. The Event Timing API’s duration (8 ms steps, reported from 16 ms) is shown when the browser reported one.',
    table(
      ['control', 'clicked', 'median', 'max', 'Event Timing'],
      Object.entries(interaction).map(([name, value]) =>
        value.found
          ? [
              name,
              value.target.replace(/\|/g, '\\|'),
              ms(value.stats.median),
              ms(value.stats.max),
              value.eventTiming.length
                ? `${value.eventTiming.length} clicks ≥ 16 ms (max ${value.eventTiming.reduce((a, b) => Math.max(a, b), 0)} ms)`
                : 'every click < 16 ms',
            ]
          : [name, 'not found on the page', 'n/a', 'n/a', 'n/a'],
      ),
    ),
  );

  out.push(
    '### Layout shift when the script upgrades fallback content',
    `Fallback content from ${layoutShift.source}; the script is added after the first paint. Cumulative layout ` +
      'shift from navigation to 500 ms after every element has rendered (`layout-shift` entries without recent input).',
    table(
      ['viewport', 'CLS (max of runs)', 'CLS after the script (max)', 'runs', 'shifted nodes'],
      Object.entries(layoutShift.viewports).map(([name, value]) => [
        name,
        value.clsMax.toFixed(4),
        value.clsAfterScriptMax.toFixed(4),
        String(value.runs),
        value.sources.join(', ') || 'none',
      ]),
    ),
  );

  if (results.pageShift) {
    const { pageShift } = results;
    const cases = Object.entries(pageShift.prerendered?.cases ?? {})
      .map(([element, name]) => `${element}: \`${name}\``)
      .join(', ');
    const langs = pageShift.prerendered?.langs ?? [];
    const prerenderedNote = pageShift.prerendered
      ? `; prerendered pages use \`dist/prerendered/cases.json\` (${cases}` +
        (langs.length ? `, with the ${langs.join(', ')} language file loaded before the drop-in file)` : ')')
      : '; no `dist/prerendered/cases.json`, so no prerendered page';
    out.push(
      '### Whole-page layout shift (Core Web Vitals)',
      "A school's page (header, article, footer) holding the embed builder's snippets: a fact card, a warning-signs " +
        'explainer and an inline hotline banner, and on the "top banner" pages a `position="top"` banner first in ' +
        `the body. Snippets from ${pageShift.source}` +
        prerenderedNote +
        '. The drop-in file is added at the end of the body once the page has painted. Score: layout-shift entries ' +
        'without recent input, grouped into session windows (a window ends after a 1 s gap or at 5 s), the largest ' +
        `window's sum, from navigation to 1 s after every element rendered. ${pageShift.runs} run${pageShift.runs === 1 ? '' : 's'} per page and ` +
        `viewport, each in a fresh browser context. Budget ${pageShift.budget}, goal ${pageShift.goal}; the verdict ` +
        'is on the max.',
      pageShiftTable(pageShift),
    );
  }

  if (layoutShift.withDefer) {
    out.push(
      'The same page with the script in the head with `defer`, as the README says to paste it:',
      table(
        ['viewport', 'CLS (max of runs)', 'runs', 'shifted nodes'],
        Object.entries(layoutShift.withDefer).map(([name, value]) => [
          name,
          value.clsMax.toFixed(4),
          String(value.runs),
          value.sources.join(', ') || 'none',
        ]),
      ),
    );
  }

  if (layoutShift.perSnippet?.length) {
    out.push(
      'One snippet per page (one run each), to tell which element moves the page:',
      table(
        [
          'element',
          'CLS desktop',
          'height desktop (fallback → rendered)',
          'CLS phone',
          'height phone',
          'shifted nodes',
        ],
        layoutShift.perSnippet.map((row) => [
          `\`<${row.element}>\``,
          row.desktop.toFixed(4),
          `${Math.round(row.heightDesktop[0])} → ${Math.round(row.heightDesktop[1])} px`,
          row.phone.toFixed(4),
          `${Math.round(row.heightPhone[0])} → ${Math.round(row.heightPhone[1])} px`,
          row.sources.join(', ') || 'none',
        ]),
      ),
    );
  }

  out.push(
    '### Requests',
    `Requests other than the document and the drop-in script, over every load of the live and layout-shift pages: ` +
      `${requests.count}${requests.count ? ` (${requests.urls.join(', ')})` : ''}.`,
  );

  if (lighthouse.skipped) {
    out.push('### Lighthouse', `Not run: ${lighthouse.skipped}.`);
  } else {
    out.push(
      '### Lighthouse',
      `Lighthouse ${lighthouse.version} on \`demo/index.html\` (the gallery, every example live, served from a copy of demo/ and of the measured build), ` +
        `${lighthouse.formFactor} form factor, ${lighthouse.throttling} throttling, ${lighthouse.runs} runs (median).`,
      table(
        ['category', 'score', 'audits scoring under 0.9 (last run)'],
        Object.entries(lighthouse.scores).map(([category, score]) => [
          category,
          String(score),
          lighthouse.notPassing[category]
            .filter((audit) => audit.score < 0.9)
            .map((audit) => {
              const value = audit.value ? ` (${audit.value})` : '';
              const items = audit.items?.length ? `: ${audit.items.join('; ')}` : '';
              return `${audit.title}${value}${items}`.replace(/\|/g, '\\|');
            })
            .join('; ') || 'none',
        ]),
      ),
    );
  }

  if (profile) {
    out.push(
      '### Where the time goes',
      `Main-thread CPU time (trace events' thread time, which a busy machine does not inflate) by activity, from ` +
        `navigation start to "rendered", medians of ${profile.trace.runs} traced loads of each page. Ratio of the ` +
        `totals (median of paired loads): ${ratio(profile.trace.ratio.median)}.`,
      table(
        ['activity', 'live', 'static (flat)'],
        [...new Set([...Object.keys(profile.trace.live), ...Object.keys(profile.trace.flat)])]
          .map((activity) => [
            activity,
            ms(profile.trace.live[activity] ?? 0),
            ms(profile.trace.flat[activity] ?? 0),
          ])
          .concat([['**total**', ms(profile.trace.liveTotal.median), ms(profile.trace.flatTotal.median)]]),
      ),
      profile.trace.forced?.length
        ? [
            'Style and layout forced by script on the live page (the trace records a stack for these; the caller ' +
              'is mapped through the source map to the compiled module in dist/esm), median CPU time per load:',
            table(
              ['forced by', 'code', 'CPU time'],
              profile.trace.forced.map((entry) => [
                entry.caller.replace(/\|/g, '\\|'),
                entry.code ? `\`${entry.code.replace(/\|/g, '\\|').replace(/`/g, "'")}\`` : '',
                ms(entry.ms),
              ]),
            ),
          ].join('\n\n')
        : 'No style or layout was forced by script on the live page.',
      'Top functions by self time on the live page (V8 CPU profile, 100 µs sampling; positions in the drop-in file ' +
        'mapped to sources through its source map).',
      table(
        ['function', 'self time', 'share'],
        profile.cpu.top.map((entry) => [
          `\`${entry.function.replace(/\|/g, '\\|')}\``,
          ms(entry.selfMs),
          `${(entry.share * 100).toFixed(1)}%`,
        ]),
      ),
    );
  }
  return out.join('\n\n');
}

/** Writes the generated block between the results markers of docs/benchmarks.md, formatted like the repo. */
export async function writeDocs(markdown, path = 'docs/benchmarks.md') {
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const current = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  const before = current.slice(0, current.indexOf(start) + start.length);
  const after = current.slice(current.indexOf(end));
  const options = (await prettier.resolveConfig(path)) ?? {};
  const formatted = await prettier.format(`${before}\n\n${markdown}\n\n${after}`, {
    ...options,
    parser: 'markdown',
  });
  writeFileSync(path, formatted);
}

/**
 * Replaces the summary between `<!-- benchmarks:summary:start -->` and `...:end -->` in the README (inside the
 * benchmarks section). Only that block is formatted and written; the rest of the README is left byte for byte.
 */
export async function writeReadmeSummary(results, path = 'README.md') {
  const start = '<!-- benchmarks:summary:start -->';
  const end = '<!-- benchmarks:summary:end -->';
  const current = readFileSync(path, 'utf8');
  if (!current.includes(start) || !current.includes(end)) return false;
  const { environment } = results;
  const block = [
    `Last full run: ${environment.date.slice(0, 10)}, ${environment.cpuModel} (${environment.cores} cores), ` +
      `${environment.browser}.`,
    targetsTable(results.targets),
    ...(results.pageShift
      ? [
          `Whole-page layout shift on a school page made from the builder's snippets (Core Web Vitals score, ` +
            `${results.pageShift.runs} run${results.pageShift.runs === 1 ? '' : 's'} each; details in docs/benchmarks.md):`,
          pageShiftTable(results.pageShift, { compact: true }),
        ]
      : []),
  ].join('\n\n');
  const options = (await prettier.resolveConfig(path)) ?? {};
  const formatted = (await prettier.format(block, { ...options, parser: 'markdown' })).trim();
  const before = current.slice(0, current.indexOf(start) + start.length);
  const after = current.slice(current.indexOf(end));
  writeFileSync(path, `${before}\n\n${formatted}\n\n${after}`);
  return true;
}
