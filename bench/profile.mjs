// Where the time goes, measured rather than guessed: a Chrome trace of one load (main-thread time by activity:
// script, style, layout, paint, HTML parsing) and a V8 CPU profile (top functions by self time, mapped back to the
// TypeScript sources through the drop-in file's source map when there is one).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DESKTOP } from './browser.mjs';

const ACTIVITY = {
  EvaluateScript: 'script',
  FunctionCall: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'V8.GCScavenger': 'garbage collection',
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  TimerFire: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  FireAnimationFrame: 'script',
  ParseHTML: 'HTML parsing',
  ParseAuthorStyleSheet: 'style',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
};

/** Main-thread time by activity from navigation start to the page's "rendered" mark, in ms. */
/** The line of code at `file:line`, trimmed, to quote a caller in the report. */
export function codeAt(location) {
  const match = location?.match(/^(.*):(\d+)$/);
  if (!match || !existsSync(match[1])) return '';
  return (readFileSync(match[1], 'utf8').split('\n')[Number(match[2]) - 1] ?? '').trim().slice(0, 120);
}

export async function traceBreakdown(browser, origin, pageUrl, scriptPath, displayDir) {
  const locate = scriptPath ? sourceMapFor(scriptPath, displayDir) : null;
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(DESKTOP);
    await page.tracing.start({
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.stack',
        'v8',
        'blink.user_timing',
        'loading',
      ],
    });
    await page.goto(origin + pageUrl, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench);
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    const events = trace.traceEvents ?? trace;
    // The page's main thread is the one that recorded the "rendered" mark; time starts at its navigationStart.
    const rendered = events.find(
      (event) => event.name === 'rendered' && event.cat?.includes('blink.user_timing'),
    );
    if (!rendered) throw new Error(`no "rendered" mark in the trace of ${pageUrl}`);
    const { pid, tid } = rendered;
    const navigation = events.filter((event) => event.pid === pid && event.name === 'navigationStart');
    const from = navigation.length
      ? Math.max(...navigation.filter((e) => e.ts <= rendered.ts).map((e) => e.ts))
      : 0;
    const end = rendered.ts;
    const totals = {};
    // Count only outermost activity events, so nested ones (a function call inside a script evaluation) are not
    // counted twice.
    const top = events
      .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && ACTIVITY[event.name])
      .filter((event) => event.ts >= from && event.ts <= end)
      .sort((a, b) => a.ts - b.ts);
    // Thread time (`tdur`) is CPU time the main thread got, which other processes on a busy machine do not inflate.
    const cpu = {};
    let coveredUntil = 0;
    for (const event of top) {
      if (event.ts < coveredUntil) continue;
      coveredUntil = event.ts + (event.dur ?? 0);
      const activity = ACTIVITY[event.name];
      totals[activity] = (totals[activity] ?? 0) + (event.dur ?? 0) / 1000;
      cpu[activity] = (cpu[activity] ?? 0) + (event.tdur ?? event.dur ?? 0) / 1000;
    }
    // Style and layout that a script forced (read a size or a computed style after a change): the trace gives
    // these a stack; the top frame in our script, mapped through the source map, names the caller.
    const forced = {};
    for (const event of top.length ? events : []) {
      if (event.pid !== pid || event.tid !== tid || event.ph !== 'X') continue;
      if (event.name !== 'Layout' && event.name !== 'UpdateLayoutTree') continue;
      if (event.ts < from || event.ts > end) continue;
      const stack = event.args?.beginData?.stackTrace ?? event.args?.data?.stackTrace;
      if (!stack?.length) continue;
      const frame = stack[0];
      const where =
        (locate && frame.url?.endsWith(scriptPath) && locate(frame.lineNumber - 1, frame.columnNumber - 1)) ||
        `${frame.url.replace(origin, '')}:${frame.lineNumber}:${frame.columnNumber}`;
      const key = `${event.name === 'Layout' ? 'layout' : 'style'} forced at ${where}`;
      forced[key] = (forced[key] ?? 0) + (event.tdur ?? event.dur ?? 0) / 1000;
    }
    const sum = (values) => Object.values(values).reduce((total, value) => total + value, 0);
    return { wall: totals, cpu, wallTotal: sum(totals), cpuTotal: sum(cpu), forced };
  } finally {
    await context.close();
  }
}

// --- source maps, just enough to name a position -------------------------------------------------------------
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  let name = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        sourceLine += values[2];
        sourceColumn += values[3];
        if (values.length >= 5) name += values[4];
        segments.push({ column, source, sourceLine, sourceColumn, name: values.length >= 5 ? name : -1 });
      }
    }
    lines.push(segments);
  }
  return lines;
}

export function sourceMapFor(scriptPath, displayDir) {
  const mapPath = `${scriptPath}.map`;
  if (!existsSync(mapPath)) return null;
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  const lines = decodeMappings(map.mappings);
  return (line, column) => {
    const segments = lines[line] ?? [];
    let found = null;
    for (const segment of segments) {
      if (segment.column > column) break;
      found = segment;
    }
    if (!found) return null;
    // Sources are relative to the map's folder (dist/): dist/esm/... for our modules, node_modules/... for Lit.
    const source = join(displayDir ?? dirname(mapPath), map.sources[found.source]);
    return `${source}:${found.sourceLine + 1}`;
  };
}

/** Top functions by self time while the page loads and renders, with the page's own script mapped to sources. */
export async function cpuProfile(browser, origin, pageUrl, scriptUrl, scriptPath, displayDir, top = 15) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(DESKTOP);
    const session = await page.createCDPSession();
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    await page.goto(origin + pageUrl, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench);
    const { profile } = await session.send('Profiler.stop');
    const locate = sourceMapFor(scriptPath, displayDir);
    const selfTime = new Map();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const deltas = profile.timeDeltas;
    profile.samples.forEach((id, index) => {
      const node = byId.get(id);
      const frame = node.callFrame;
      const ours = frame.url.endsWith(scriptUrl);
      const where = ours && locate ? locate(frame.lineNumber, frame.columnNumber) : null;
      if (frame.functionName === '(idle)') return;
      const key = `${frame.functionName || '(anonymous)'}  ${where ?? (frame.url ? frame.url.replace(origin, '') : '')}${where || !frame.url ? '' : `:${frame.lineNumber + 1}`}`;
      selfTime.set(key, (selfTime.get(key) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
    });
    const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0);
    return {
      totalMs: total,
      top: [...selfTime.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([fn, ms]) => ({
          function: fn,
          selfMs: Number(ms.toFixed(2)),
          share: Number((ms / total).toFixed(3)),
        })),
    };
  } finally {
    await context.close();
  }
}
