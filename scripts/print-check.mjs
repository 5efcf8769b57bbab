// `npm test` part for the print kit (demo/print.html): Chromium's PDF of each kind on each paper has one page of
// the right size, its text holds the numbers, and the QR code, read from the PDF rendered to pixels, decodes to the
// hotline's web page (adults) or text line (young people). With PRINT_PNG_DIR set, a PNG of each page is kept.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromiumArgs, findChromium } from './browsers.mjs';
import { startServer } from './serve.mjs';

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

const work = mkdtempSync(join(tmpdir(), 'print-check-'));
const pngDir = process.env.PRINT_PNG_DIR;
if (pngDir) mkdirSync(pngDir, { recursive: true });
const server = await startServer({ root: '.' });
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: chromiumArgs,
});
let failed = 0;
const fail = (name, message) => {
  failed++;
  console.error(`print-check: FAIL ${name}: ${message}`);
};
try {
  for (const c of cases) {
    const name = `${c.kind}-${c.paper}-${c.region}-${c.audience}-${c.language}${c.second ? `-${c.second}` : ''}`;
    const page = await browser.newPage();
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
    const dense = await page.$eval('.sheet', (sheet) => sheet.dataset.dense);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    const file = join(work, `${name}.pdf`);
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
    // The page as pixels (poppler's pdftoppm), grey, then read by jsQR.
    // A sheet of cards has eight codes: read the first card's (top left, 17 x 15 mm from the corner, at 200 dpi).
    const crop = c.kind === 'cards' ? ['-x', '125', '-y', '110', '-W', '700', '-H', '460'] : [];
    execFileSync('pdftoppm', ['-r', '200', '-gray', ...crop, '-singlefile', file, join(work, name)]);
    const pgm = readFileSync(join(work, `${name}.pgm`));
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
      execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', file, join(work, name)]);
      copyFileSync(join(work, `${name}.png`), join(pngDir, `${name}.png`));
    }
    console.log(
      `print-check: ${name}: ${doc.numPages} page, ${width.toFixed(1)} x ${height.toFixed(1)} pt, type step ${dense}, QR ${found?.data}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `print-check: ${cases.length - failed >= 0 ? cases.length : 0} sheets checked, ${failed} problems`,
);
process.exit(failed ? 1 : 0);
