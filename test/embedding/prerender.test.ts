/**
 * Prerendered elements (declarative shadow DOM from `@lit-labs/ssr`, written by scripts/prerender.mjs at build time)
 * on a realistic page: the reader sees the finished, styled widget before any script runs, and when the drop-in
 * file arrives after the page has painted, the element takes over without changing a word, a link or a pixel of
 * height. Layout shift is measured in Chromium (Firefox has no Layout Instability API); the rest runs in both.
 */
import { expect } from '@open-wc/testing';
import { SHIFT_RECORDER, contactLinks, frames, sleep, until, visibleText, withTimeout } from './harness.js';

interface Case {
  name: string;
  tag: string;
  attributes: Record<string, string>;
  html: string;
  /** A banner fixed to an edge stands first in the body, as the README asks. */
  edge?: 'top';
}

type ShiftWindow = Window & typeof globalThis & { __shifts: number[] };

let cases: Case[] = [];

before(async () => {
  cases = await (await fetch('/dist/prerendered/cases.json')).json();
});

/** A school's page: a header, an article, the prerendered element inside it, more text below. */
function schoolPage(markup: string, edge?: 'top'): string {
  const paragraph = '<p>Our school works with families to keep every child safe, at school and online.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { padding: 1rem; }</style>
    ${SHIFT_RECORDER}</head>
    <body>${edge ? markup : ''}<header><h1>Lincoln Park School</h1><nav><a href="#news">News</a></nav></header>
    <main><article><h2>Keeping children safe</h2>${paragraph}${edge ? '' : markup}${paragraph}${paragraph}</article></main></body></html>`;
}

async function openPrerendered(markup: string, width: number, height: number, edge?: 'top') {
  const frame = document.createElement('iframe');
  frame.title = 'prerendered page under test';
  frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: ${height}px; border: 0;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = schoolPage(markup, edge);
  document.body.append(frame);
  await withTimeout(loaded, 'loading the prerendered page');
  await frames();
  return { frame, window: frame.contentWindow as ShiftWindow, document: frame.contentDocument! };
}

describe('prerendered elements (declarative shadow DOM)', () => {
  for (const viewport of [
    { name: 'phone', width: 390, height: 700 },
    { name: 'desktop', width: 1024, height: 768 },
  ]) {
    it(`read complete before the script and take over without a change, on a ${viewport.name}`, async () => {
      expect(cases.length).to.be.at.least(6);
      expect(cases.map((each) => each.name)).to.include('banner-top');
      for (const each of cases) {
        const page = await openPrerendered(each.html, viewport.width, viewport.height, each.edge);
        try {
          const element = page.document.querySelector(each.tag)!;
          expect(page.window.customElements.get(each.tag), 'no script yet').to.equal(undefined);
          expect(element.shadowRoot, `${each.name}: painted from declarative shadow DOM`).to.not.equal(null);
          const textBefore = visibleText(element);
          const linksBefore = contactLinks(element).map((link) => link.getAttribute('href'));
          const heightBefore = element.getBoundingClientRect().height;
          expect(textBefore, each.name).to.not.match(/\bundefined\b|\bnull\b/);
          expect(textBefore.length, each.name).to.be.greaterThan(20);
          if (each.tag === 'aw-hotline-banner') expect(linksBefore.length, each.name).to.be.greaterThan(1);

          await sleep(50);
          const shiftsBefore = page.window.__shifts.length;
          // A page in Spanish or French loads its language file beside the drop-in file, as the README says.
          if (each.attributes.lang) {
            const pack = page.document.createElement('script');
            pack.src = `${location.origin}/dist/locales/${each.attributes.lang}.js`;
            const packed = new Promise((resolve) => pack.addEventListener('load', resolve, { once: true }));
            page.document.body.append(pack);
            await withTimeout(packed, `${each.name}: the language file loads`);
          }
          const script = page.document.createElement('script');
          script.src = `${location.origin}/dist/awareness-widgets.js`;
          const ran = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
          page.document.body.append(script);
          await withTimeout(ran, `${each.name}: the drop-in file loads`);
          await until(() => !!page.window.customElements.get(each.tag), `${each.name} is defined`);
          await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
          await frames();

          expect(
            element.shadowRoot!.querySelectorAll('[part~="base"]').length,
            `${each.name}: one copy`,
          ).to.equal(1);
          expect(visibleText(element), `${each.name}: same words`).to.equal(textBefore);
          expect(
            contactLinks(element).map((link) => link.getAttribute('href')),
            `${each.name}: same links`,
          ).to.deep.equal(linksBefore);
          expect(element.getBoundingClientRect().height, `${each.name}: same height`).to.be.closeTo(
            heightBefore,
            0.5,
          );
          // Chromium records layout shifts; in Firefox the list stays empty and the words, links and height above
          // carry the check.
          const shift = page.window.__shifts.slice(shiftsBefore).reduce((sum, value) => sum + value, 0);
          expect(shift, `${each.name}: layout shift when the script takes over`).to.equal(0);
        } finally {
          page.frame.remove();
        }
      }
    });
  }
});
