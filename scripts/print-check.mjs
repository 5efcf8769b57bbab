// `npm test` part for the print kit (demo/print.html): Chromium's PDF of each kind on each paper has one page of
// the right size, its text holds the numbers, and the QR code, read from the PDF rendered to pixels, decodes to the
// hotline's web page (adults) or text line (young people). Firefox ESR, over WebDriver BiDi, prints each kind on each
// paper in English and Spanish and is checked the same way. With PRINT_PNG_DIR set, a PNG of each page is kept.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromiumArgs, findChromium, findFirefox } from './browsers.mjs';
import { startServer } from './serve.mjs';

// What a sheet must say, from the built content modules (the same ones the page uses), not typed here.
let content;
try {
  content = {
    ...(await import('../dist/esm/content/region-help.js')),
    ...(await import('../dist/esm/print/print-options.js')),
  };
} catch (error) {
  console.error(
    `print-check: cannot load dist/esm (run \`npm run build\` first): ${error.message.split('\n')[0]}`,
  );
  process.exit(1);
}
const { hotlinesFor, qrTarget } = content;

/**
 * The numbers a sheet of this kind prints: a poster or a flyer lists every line's call and text numbers (and a
 * letter form beside its digits) and the emergency number; a wallet card has the first line's number, the first
 * text line and the emergency number.
 */
function expected(kind, region, audience) {
  const shown = hotlinesFor(region, audience);
  const lines = shown.filter((hotline) => !hotline.emergency);
  const emergency = shown
    .filter((hotline) => hotline.emergency)
    .map((hotline) => hotline.channels[0].display);
  const spoken = (channel) => channel.kind === 'call' || channel.kind === 'text';
  const numbers =
    kind === 'cards'
      ? [
          lines[0].channels.find((channel) => channel.kind === 'call')?.display,
          lines.flatMap((hotline) => hotline.channels).find((channel) => channel.kind === 'text')?.display,
        ]
      : lines.flatMap((hotline) =>
          hotline.channels.filter(spoken).flatMap((channel) => [channel.display, channel.vanity]),
        );
  const target = qrTarget(region, audience);
  return {
    numbers: [...new Set([...numbers, ...emergency].filter(Boolean))],
    qr: target?.data,
  };
}

const SIZES = { letter: [612, 792], a4: [595.28, 841.89] };
const cases = [];
for (const kind of ['poster', 'flyer', 'cards']) {
  for (const paper of ['letter', 'a4']) {
    // A figure on the poster; a flyer in two languages has room for the lines and the strips alone.
    const fact = kind === 'poster' ? 'reports-2021' : '';
    cases.push({
      kind,
      paper,
      region: 'US',
      audience: 'public',
      language: 'en',
      second: 'es',
      fact,
      numbers: ['1-888-373-7888', '233733'],
      qr: 'https://humantraffickinghotline.org/',
    });
  }
}
cases.push({
  kind: 'poster',
  paper: 'a4',
  region: 'US',
  audience: 'youth',
  language: 'es',
  second: '',
  fact: '',
  numbers: ['1-888-373-7888', '233733', '911'],
  qr: 'sms:233733',
});
cases.push({
  kind: 'flyer',
  paper: 'a4',
  region: 'GB',
  audience: 'public',
  language: 'en',
  second: '',
  fact: '',
  numbers: ['08000 121 700', '999'],
  qr: 'https://www.modernslaveryhelpline.org/',
});

// Australia, New Zealand and Ireland, one sheet each, with what their content says.
for (const [kind, paper, region, audience] of [
  ['poster', 'a4', 'AU', 'public'],
  ['flyer', 'a4', 'NZ', 'youth'],
  ['cards', 'a4', 'IE', 'public'],
]) {
  cases.push({
    kind,
    paper,
    region,
    audience,
    language: 'en',
    second: '',
    fact: '',
    ...expected(kind, region, audience),
  });
}

// A region and a language added from content alone print too: French for Canada, and Mexico, whose only sourced
// numbers are 911 and the directory of child helplines.
cases.push({
  kind: 'poster',
  paper: 'letter',
  region: 'CA',
  audience: 'public',
  language: 'fr',
  second: '',
  fact: '',
  numbers: ['1-833-900-1010', '911'],
  qr: 'https://www.canadianhumantraffickinghotline.ca/',
});
cases.push({
  kind: 'cards',
  paper: 'letter',
  region: 'MX',
  audience: 'public',
  language: 'es',
  second: '',
  fact: '',
  numbers: ['911', 'childhelplineinternational.org'],
  qr: 'https://childhelplineinternational.org/',
});

// Firefox ESR prints each kind on each paper in English and Spanish (U.S.), checked the same way.
const firefoxCases = cases.filter((c) => c.region === 'US' && c.language === 'en' && c.second === 'es');

const work = mkdtempSync(join(tmpdir(), 'print-check-'));
const pngDir = process.env.PRINT_PNG_DIR;
if (pngDir) mkdirSync(pngDir, { recursive: true });
const server = await startServer({ root: '.' });
let checked = 0;
let failed = 0;
const fail = (name, message) => {
  failed++;
  console.error(`print-check: FAIL ${name}: ${message}`);
};
const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

/** Thrown when the browser gives no PDF at all, as opposed to a PDF that fails a check. */
class NoPdf extends Error {}

/** Prints one sheet in `browser` and checks its PDF; `label` names the browser in the output ('' for Chromium). */
async function checkSheet(browser, label, c) {
  const name = `${label ? `${label} ` : ''}${c.kind}-${c.paper}-${c.region}-${c.audience}-${c.language}${c.second ? `-${c.second}` : ''}`;
  const base = name.replace(' ', '-');
  const page = await browser.newPage();
  let pdf;
  let dense;
  try {
    const query = new URLSearchParams({
      kind: c.kind,
      paper: c.paper,
      region: c.region,
      audience: c.audience,
      language: c.language,
      'second-language': c.second,
      fact: c.fact,
    });
    await page.goto(`${server.url}demo/print.html?${query}`, { waitUntil: 'load' });
    await page.waitForSelector('#print-form[data-ready]');
    // The page's own verdict: a sheet it could not fit says so beside the preview.
    const fitProblem = await page.$eval('#fit-status', (status) => status.textContent.trim());
    if (fitProblem) fail(name, `the page says: ${fitProblem}`);
    dense = await page.$eval('.sheet', (sheet) => sheet.dataset.dense);
    try {
      pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    } catch (error) {
      throw new NoPdf(firstLine(error));
    }
  } finally {
    await page.close();
  }
  checked++;
  const file = join(work, `${base}.pdf`);
  writeFileSync(file, pdf);
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  if (doc.numPages !== 1) fail(name, `${doc.numPages} pages, expected 1`);
  const first = await doc.getPage(1);
  const [, , width, height] = first.view;
  const [w, h] = SIZES[c.paper];
  if (Math.abs(width - w) > 1 || Math.abs(height - h) > 1)
    fail(name, `page is ${width} x ${height} pt, expected ${w} x ${h}`);
  const text = (await first.getTextContent()).items.map((item) => item.str).join(' ');
  for (const number of c.numbers) if (!text.includes(number)) fail(name, `the PDF's text lacks ${number}`);
  // The address printed beside the code, for readers who cannot scan: it may wrap anywhere in a narrow box.
  const address = qrTarget(c.region, c.audience)?.channel.display.replace(/\s+/g, '');
  if (address && !text.replace(/\s+/g, '').includes(address))
    fail(name, `the PDF's text lacks the code's address ${address}`);
  // The page as pixels (poppler's pdftoppm), grey, then read by jsQR.
  // A sheet of cards has eight codes: read the first card's (top left, 17 x 15 mm from the corner, at 200 dpi).
  const crop = c.kind === 'cards' ? ['-x', '125', '-y', '110', '-W', '700', '-H', '460'] : [];
  execFileSync('pdftoppm', ['-r', '200', '-gray', ...crop, '-singlefile', file, join(work, base)]);
  const pgm = readFileSync(join(work, `${base}.pgm`));
  const header = pgm.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  const [cols, rows] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(cols * rows * 4);
  for (let i = 0; i < cols * rows; i++) {
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = pixels[i];
    rgba[i * 4 + 3] = 255;
  }
  const found = jsQR(rgba, cols, rows);
  if (!found) fail(name, 'no QR code could be read from the page');
  else if (found.data !== c.qr) fail(name, `the QR code says ${found.data}, expected ${c.qr}`);
  if (pngDir) {
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', file, join(work, base)]);
    copyFileSync(join(work, `${base}.png`), join(pngDir, `${base}.png`));
  }
  console.log(
    `print-check: ${name}: ${doc.numPages} page, ${width.toFixed(1)} x ${height.toFixed(1)} pt, type step ${dense}, QR ${found?.data}`,
  );
}

/**
 * Runs `list` in one browser. A browser that is missing, does not start, or gives no PDF for its first sheet is
 * reported in one line and its sheets are left unchecked; any later error is a problem with that sheet.
 */
async function run(label, launch, list) {
  const title = label || 'chromium';
  let browser;
  try {
    browser = await launch();
  } catch (error) {
    console.log(
      `print-check: ${title}: cannot start, ${list.length} sheets not checked: ${firstLine(error)}`,
    );
    if (!label) failed++;
    return;
  }
  let printed = false;
  try {
    for (const c of list) {
      try {
        await checkSheet(browser, label, c);
        printed = true;
      } catch (error) {
        if (error instanceof NoPdf && !printed && label) {
          console.log(
            `print-check: ${title}: cannot print to PDF here, ${list.length} sheets not checked: ${error.message}`,
          );
          return;
        }
        fail(`${label ? `${label} ` : ''}${c.kind}-${c.paper}-${c.region}`, firstLine(error));
      }
    }
  } finally {
    await browser.close().catch(() => {});
  }
}

try {
  await run(
    '',
    () => puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs }),
    cases,
  );
  const firefox = findFirefox();
  if (firefox)
    await run(
      'firefox',
      () => puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true }),
      firefoxCases,
    );
  else console.log(`print-check: firefox: Firefox ESR not found, ${firefoxCases.length} sheets not checked`);
} finally {
  await server.close();
}
console.log(`print-check: ${checked} sheets checked, ${failed} problems`);
process.exit(failed ? 1 : 0);
