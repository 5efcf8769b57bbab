/**
 * The embed builder's prerendered code (demo/builder.html, third tab), as a partner uses it: choose options, take
 * the code, paste it into a school's page with the script held back. The reader already sees the finished element,
 * styled, in the chosen language, with working tel: links; then the drop-in file arrives after the page has
 * painted and takes over without changing a word, a link or a pixel. Layout shift is measured with Chromium's
 * Layout Instability API (Firefox has none); everything else runs in both browsers.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_CHOICES, type Choices } from '../src/builder/choices.js';
import { optionsFrom } from '../src/builder/options.js';
import { prerenderedMarkup } from '../src/builder/prerendered.js';
import { factsByTopic } from '../src/content/facts.js';
import { facts as englishFacts } from '../src/content/locales/en/facts.js';
import { hotlines as englishHotlines } from '../src/content/locales/en/hotlines.js';
import { quickExit as englishQuickExit } from '../src/content/locales/en/quick-exit.js';
import { signs as englishSigns } from '../src/content/locales/en/signs.js';
import { hotlines as spanishHotlines } from '../src/content/locales/es/hotlines.js';
import { SHIFT_RECORDER, contactLinks, frames, sleep, until, withTimeout } from './embedding/harness.js';
import { builderFrame, choose, chooseElement, closeBuilder, openBuilder } from './helpers/builder-page.js';
import { partOf, partsOf } from './helpers/element.js';

type Lit = HTMLElement & { updateComplete?: Promise<unknown> };
type PageWindow = Window &
  typeof globalThis & {
    __shifts: number[];
    axe?: {
      run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string }[] }>;
    };
  };

const measuresShifts = () => !!PerformanceObserver.supportedEntryTypes?.includes('layout-shift');

// ---- The builder, used as a person does ------------------------------------------------------------------------

/** The prerendered code once the builder has made it for the options chosen last. */
async function prerenderedCode(doc: Document): Promise<string> {
  const code = doc.getElementById('snippet-prerendered')!;
  await until(
    () => !code.closest('pre')!.hasAttribute('aria-busy') && !!code.textContent,
    'the builder makes the prerendered code',
  );
  return code.textContent!;
}

// ---- A partner's page ------------------------------------------------------------------------------------------

/** The snippet's script tags (to load later, as a slow network would) and the rest, which is pasted. */
function split(snippet: string): { markup: string; scripts: HTMLScriptElement[] } {
  const lines = snippet.split('\n');
  const scripts = lines.filter((line) => line.startsWith('<script'));
  const parsed = new DOMParser().parseFromString(scripts.join('\n'), 'text/html');
  return {
    markup: lines.filter((line) => !line.startsWith('<script')).join('\n'),
    scripts: [...parsed.querySelectorAll('script')],
  };
}

/** Where the code is pasted: in the article, or first or last in the body (where a fixed banner goes). */
type Place = 'article' | 'first' | 'last';

/** A school's page: a header, an article with the pasted code in it (or at an end of the body), more text. */
function schoolPage(markup: string, place: Place): string {
  const paragraph = '<p>Our school works with families to keep every child safe, at school and online.</p>';
  const inArticle = place === 'article' ? markup : '';
  // Longer than any window here, as a real page is: a scroll bar appearing would narrow the page by itself.
  const more = paragraph.repeat(30);
  const article = `<main><article><h2>Keeping children safe</h2>${paragraph}${inArticle}${more}</article></main>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>Lincoln Park School</title>
    <style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main, header { padding: 1rem; }</style>
    ${SHIFT_RECORDER}</head>
    <body>${place === 'first' ? markup : ''}<header><h1>Lincoln Park School</h1><nav><a href="#news">News</a></nav></header>
    ${article}${place === 'last' ? markup : ''}</body></html>`;
}

interface Page {
  frame: HTMLIFrameElement;
  window: PageWindow;
  document: Document;
  close(): void;
}

async function openPage(
  markup: string,
  width: number,
  height: number,
  place: Place = 'article',
): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.title = 'partner page under test';
  frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: ${height}px; border: 0; background: #fff;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = schoolPage(markup, place);
  document.body.append(frame);
  await withTimeout(loaded, 'the partner page loads');
  await frames();
  return {
    frame,
    window: frame.contentWindow as PageWindow,
    document: frame.contentDocument!,
    close: () => frame.remove(),
  };
}

/** Adds the snippet's scripts, each from this server in place of the CDN, integrity kept, and waits for each. */
async function runScripts(page: Page, scripts: HTMLScriptElement[], tag: string): Promise<void> {
  for (const original of scripts) {
    const script = page.document.createElement('script');
    script.src = original.src.replace(/^https:\/\/cdn\.jsdelivr\.net\/npm\/awareness-widgets@[^/]+\//, '/');
    script.integrity = original.integrity;
    script.crossOrigin = 'anonymous';
    const ran = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error(`${script.src} did not load`)), { once: true });
    });
    page.document.body.append(script);
    await withTimeout(ran, `${script.src} loads (its integrity hash matches)`);
  }
  await until(() => !!page.window.customElements.get(tag), `${tag} is defined`);
  for (const element of page.document.querySelectorAll<Lit>(
    'aw-hotline-banner, aw-fact-card, aw-indicator-explainer, aw-quick-exit',
  )) {
    await element.updateComplete;
  }
  await frames();
}

/**
 * The element's words as one string, for comparing two renders: text nodes joined as they are read, whitespace
 * collapsed. (Lit's comment markers split text into more nodes than a parsed page has; that is not a change.)
 */
function words(element: Element, glue = ''): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    else if (node.nodeName === 'SLOT') {
      const assigned = (node as HTMLSlotElement).assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach((child) =>
        parts.push(child.textContent ?? ''),
      );
    } else if (!['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.nodeName)) {
      node.childNodes.forEach(walk);
      if ((node as Element).shadowRoot) walk((node as Element).shadowRoot!);
    }
  };
  element.shadowRoot?.childNodes.forEach(walk);
  return parts.join(glue).replace(/\s+/g, ' ').trim();
}

const base = (element: Element) => partOf(element, 'base')!;
const hrefs = (element: Element) => contactLinks(element).map((link) => link.getAttribute('href'));
const shiftSince = (page: Page, from: number) =>
  page.window.__shifts.slice(from).reduce((sum, value) => sum + value, 0);

// ---- The cases ---------------------------------------------------------------------------------------------------

interface Case {
  name: string;
  tag: string;
  choose(doc: Document): void;
  /** Words the element shows in the chosen language, and words it must not show. */
  shows: string[];
  never?: string[];
  tel: string[];
  place?: Place;
  /**
   * Fixed to the window: the host holds no room before the script; after it, a bottom banner's host keeps the
   * banner's height at the very end of the page, where nothing follows to move. Its box must stay put instead.
   */
  fixed?: boolean;
  /** The address its quick exit (its own, or the banner's) leaves for. */
  exit?: string;
}

const runawayFact = factsByTopic('runaways')[0];

const CASES: Case[] = [
  {
    name: 'a U.S. banner for the public, with the school counsellor',
    tag: 'aw-hotline-banner',
    choose: (doc) => {
      choose(doc, 'opt-region', 'US');
      choose(doc, 'contact1-name', 'Lincoln Park school counsellor');
      choose(doc, 'contact1-address', '+1 555 555 0100');
      choose(doc, 'contact1-detail', 'Monday to Friday');
    },
    shows: [
      englishHotlines.title,
      englishHotlines.localLabel,
      'Lincoln Park school counsellor',
      'Monday to Friday',
    ],
    tel: ['tel:+15555550100', 'tel:+18883737888', 'tel:911'],
  },
  {
    name: 'a Spanish banner for young people',
    tag: 'aw-hotline-banner',
    choose: (doc) => {
      choose(doc, 'opt-banner-audience', 'youth');
      choose(doc, 'opt-lang', 'es');
    },
    shows: [spanishHotlines.youthTitle],
    never: [englishHotlines.youthTitle, englishHotlines.title],
    tel: ['tel:+18883737888', 'tel:911'],
  },
  {
    name: 'a UK warning-signs explainer for educators',
    tag: 'aw-indicator-explainer',
    choose: (doc) => {
      choose(doc, 'opt-region', 'GB');
      choose(doc, 'opt-explainer-audience', 'educator');
    },
    shows: [englishSigns.sets['warning-signs'].title],
    never: ['1-888-373-7888'],
    tel: ['tel:+448000121700', 'tel:999'],
  },
  {
    name: 'a banner readers can close, with a quick exit',
    tag: 'aw-hotline-banner',
    choose: (doc) => {
      choose(doc, 'opt-dismissible', true);
      choose(doc, 'opt-banner-quick-exit', true);
    },
    shows: [englishHotlines.title, englishQuickExit.label],
    tel: ['tel:+18883737888', 'tel:911'],
    exit: 'https://www.google.com/',
  },
  {
    name: 'a banner fixed to the bottom of the window, last in the page',
    tag: 'aw-hotline-banner',
    choose: (doc) => choose(doc, 'opt-position', 'bottom'),
    shows: [englishHotlines.title],
    tel: ['tel:+18883737888', 'tel:911'],
    place: 'last',
    fixed: true,
  },
  {
    name: 'a quick exit pinned to the corner of the window, first in the page',
    tag: 'aw-quick-exit',
    choose: (doc) => {
      choose(doc, 'opt-exit-position', 'fixed');
      choose(doc, 'opt-href', '/package.json?left=quickly');
    },
    shows: [englishQuickExit.label],
    tel: [],
    exit: `${location.origin}/package.json?left=quickly`,
    place: 'first',
    fixed: true,
  },
  {
    name: 'a fact card on runaways',
    tag: 'aw-fact-card',
    choose: (doc) => {
      choose(doc, 'opt-choose-by', 'topic');
      choose(doc, 'opt-topic', 'runaways');
    },
    shows: [englishFacts[runawayFact.id].sentence],
    tel: [],
  },
];

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 700 },
  { name: 'desktop', width: 1024, height: 768 },
];

describe('embed builder: the prerendered code', function () {
  this.timeout(30000);
  after(closeBuilder);

  for (const each of CASES) {
    describe(each.name, () => {
      let snippet = '';
      let plain = '';
      const pages: Page[] = [];
      before(async () => {
        const doc = await openBuilder();
        chooseElement(doc, each.tag);
        each.choose(doc);
        snippet = await prerenderedCode(doc);
        plain = doc.getElementById('snippet-script')!.textContent!;
      });
      afterEach(() => pages.splice(0).forEach((page) => page.close()));

      it('is the script-tag code with the element drawn in it: same scripts, same tag, same fallback', () => {
        const prerendered = split(snippet);
        const script = split(plain);
        // The same files, the language file (if any) first, so the element has its words when it takes over.
        const tags = (scripts: HTMLScriptElement[]) => scripts.map((tag) => tag.outerHTML);
        expect(tags(prerendered.scripts)).to.have.members(tags(script.scripts));
        expect(prerendered.scripts.at(-1)!.src).to.match(/\/dist\/awareness-widgets\.js$/);
        expect(prerendered.markup).to.contain('<template shadowroot="open" shadowrootmode="open"><style>');
        // The plain element with its fallback, once the template is taken out of it.
        expect(prerendered.markup.replace(/<template shadowroot[^]*<\/template>\n/, '\n').trim()).to.equal(
          script.markup.trim(),
        );
        expect(prerendered.markup, "Lit's comment markers are left out").to.not.contain('<!--');
      });

      it('reads complete, styled and in its language before the script runs', async () => {
        const page = await openPage(split(snippet).markup, 1024, 768, each.place);
        pages.push(page);
        const element = page.document.querySelector<Lit>(each.tag)!;
        expect(page.window.customElements.get(each.tag), 'no script yet').to.equal(undefined);
        expect(element.shadowRoot, 'a shadow root from the declarative template').to.not.equal(null);
        // Nested elements too (a banner's quick exit), each painted from its own template.
        const text = words(element, ' ');
        for (const shown of each.shows) expect(text).to.contain(shown);
        for (const absent of each.never ?? []) expect(text).to.not.contain(absent);
        expect(text).to.not.match(/\bundefined\b|\bnull\b/);
        const links = hrefs(element);
        for (const tel of each.tel) expect(links).to.include(tel);
        // The element's own CSS applies: its host is a block (a custom element is inline without it), and its
        // root box takes the theme's line height.
        expect(page.window.getComputedStyle(element).display).to.equal('block');
        expect(page.window.getComputedStyle(base(element)).lineHeight).to.not.equal('normal');
        // The plain fallback is in the page, but the shadow root keeps it out of sight.
        const fallback = [...element.children].filter((child) => child.localName !== 'template');
        expect(fallback.length).to.be.greaterThan(0);
        expect(
          fallback.filter((child) => child.getClientRects().length > 0).map((child) => child.outerHTML),
        ).to.deep.equal([]);
      });

      const { exit } = each;
      if (exit) {
        /** The painted quick exit's button (the element's own, or the banner's). */
        const exitButton = (page: Page) => {
          const element = page.document.querySelector<Lit>(each.tag)!;
          const exits = [element, ...element.shadowRoot!.querySelectorAll('aw-quick-exit')].filter(
            (node) => node.localName === 'aw-quick-exit',
          );
          expect(exits).to.have.length(1);
          return exits[0].shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!;
        };

        it('has a quick exit that already leads to its address before the script runs', async () => {
          const page = await openPage(split(snippet).markup, 1024, 768, each.place);
          pages.push(page);
          const button = exitButton(page);
          expect(button.textContent!.trim()).to.equal(englishQuickExit.label);
          const form = button.form;
          expect(form, 'the button submits a form').to.not.equal(null);
          const address = new URL(form!.action);
          address.search = new URLSearchParams(new FormData(form!) as unknown as string[][]).toString();
          expect(address.href).to.equal(exit);
        });

        if (new URL(exit).origin === location.origin) {
          it('leaves for that address when its button is pressed, before the script runs', async () => {
            const page = await openPage(split(snippet).markup, 1024, 768, each.place);
            pages.push(page);
            const left = new Promise((resolve) =>
              page.frame.addEventListener('load', resolve, { once: true }),
            );
            exitButton(page).click();
            await withTimeout(left, 'the quick exit leaves the page');
            expect(page.frame.contentWindow!.location.href).to.equal(exit);
          });
        }
      }

      it('has no accessibility violations before the script runs', async () => {
        const page = await openPage(split(snippet).markup, 1024, 768, each.place);
        pages.push(page);
        const axe = page.document.createElement('script');
        axe.src = '/node_modules/axe-core/axe.min.js';
        const loaded = new Promise((resolve) => axe.addEventListener('load', resolve, { once: true }));
        page.document.head.append(axe);
        await withTimeout(loaded, 'axe loads');
        expect(page.window.customElements.get(each.tag), 'still no script').to.equal(undefined);
        const { violations } = await page.window.axe!.run(page.document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        expect(violations.map((violation) => `${violation.id} (${violation.help})`)).to.deep.equal([]);
      });

      for (const viewport of VIEWPORTS) {
        it(`is taken over by the script with the same words, links and height, on a ${viewport.name}`, async () => {
          const { markup, scripts } = split(snippet);
          const page = await openPage(markup, viewport.width, viewport.height, each.place);
          pages.push(page);
          const element = page.document.querySelector<Lit>(each.tag)!;
          const text = words(element);
          const links = hrefs(element);
          const height = element.getBoundingClientRect().height;
          const box = base(element).getBoundingClientRect();
          expect(text.length).to.be.greaterThan(10);
          await sleep(50);
          await runScripts(page, scripts, each.tag);
          expect(partsOf(element, 'base').length, 'one copy, not two').to.equal(1);
          expect(element.shadowRoot!.querySelector('template, style'), 'the painted copy is gone').to.equal(
            null,
          );
          expect(words(element)).to.equal(text);
          expect(hrefs(element)).to.deep.equal(links);
          const after = base(element).getBoundingClientRect();
          expect(
            [after.top, after.left, after.width, after.height].map(Math.round),
            'the box stays put',
          ).to.deep.equal([box.top, box.left, box.width, box.height].map(Math.round));
          if (!each.fixed) expect(element.getBoundingClientRect().height).to.be.closeTo(height, 0.5);
        });

        it(`does not move the page when the script takes over, on a ${viewport.name}`, async function () {
          if (!measuresShifts()) this.skip(); // Firefox has no Layout Instability API to measure a shift with.
          const { markup, scripts } = split(snippet);
          const page = await openPage(markup, viewport.width, viewport.height, each.place);
          pages.push(page);
          await sleep(50);
          const before = page.window.__shifts.length;
          await runScripts(page, scripts, each.tag);
          await sleep(100);
          expect(shiftSince(page, before)).to.equal(0);
        });
      }
    });
  }
});

/** The preview's elements, serialized as the builder would, for options the builder does not offer prerendered. */
async function prerenderedPreview(doc: Document, choices: Partial<Choices>): Promise<string> {
  const options = optionsFrom({ ...DEFAULT_CHOICES, ...choices });
  const elements = [...doc.querySelectorAll<Lit>('#preview > *')];
  for (const element of elements) await element.updateComplete;
  return prerenderedMarkup(elements, options);
}

describe('embed builder: the Prerendered tab', function () {
  this.timeout(30000);
  after(closeBuilder);

  it('is the third tab, reached with the arrow keys, and says when to use the plain code', async () => {
    const doc = await openBuilder();
    doc.getElementById('tab-iframe')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    const tab = doc.getElementById('tab-prerendered')!;
    expect(doc.activeElement).to.equal(tab);
    expect(tab.getAttribute('aria-selected')).to.equal('true');
    const panel = doc.getElementById('panel-prerendered')!;
    expect(panel.hidden).to.equal(false);
    const { version } = await (await fetch('/package.json')).json();
    expect(panel.textContent).to.contain(`version ${version}`);
    expect(panel.textContent).to.contain('<template>');
    expect(panel.textContent).to.contain("'unsafe-inline'");
    expect(await prerenderedCode(doc)).to.contain('<aw-hotline-banner region="US"><template');
    expect(doc.getElementById('prerendered-size')!.textContent).to.match(/about \d+ KB/);
  });

  it('copies the code, or selects it when the clipboard is closed', async () => {
    const doc = await openBuilder();
    await prerenderedCode(doc);
    doc.getElementById('tab-prerendered')!.click();
    const button = doc.querySelector<HTMLButtonElement>('button[data-copy="snippet-prerendered"]')!;
    expect(button.disabled).to.equal(false);
    button.click();
    const status = doc.getElementById('copy-status')!;
    await until(() => !!status.textContent, 'a status message after copying');
    expect(status.textContent).to.match(/Copied|selected/);
  });

  it('has no accessibility violations with the tab open', async () => {
    const doc = await openBuilder();
    const axeScript = doc.createElement('script');
    axeScript.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => axeScript.addEventListener('load', resolve, { once: true }));
    doc.head.append(axeScript);
    await withTimeout(loaded, 'axe loads');
    doc.getElementById('tab-prerendered')!.click();
    await prerenderedCode(doc);
    const win = builderFrame()!.contentWindow as PageWindow;
    const { violations } = await win.axe!.run(doc, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    expect(violations.map((violation) => `${violation.id} (${violation.help})`)).to.deep.equal([]);
  });
});

describe('embed builder: a banner fixed to the top, prerendered', function () {
  this.timeout(30000);
  after(closeBuilder);

  it('is offered, written as a server writes it (standing in the flow until the script fixes it)', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-hotline-banner');
    choose(doc, 'opt-position', 'top');
    const code = await prerenderedCode(doc);
    expect(code).to.contain('shadowrootmode="open"');
    expect(code).to.match(/class="[^"]*\bbanner top\b[^"]*\bprerendered\b/);
    expect(doc.getElementById('prerendered-note')!.hidden).to.equal(true);
    expect(doc.querySelector<HTMLButtonElement>('button[data-copy="snippet-prerendered"]')!.hidden).to.equal(
      false,
    );
  });

  it('takes over without moving the page, first in the body, on a phone and a desktop', async function () {
    if (!measuresShifts()) this.skip(); // Firefox has no Layout Instability API to measure a shift with.
    const doc = await openBuilder();
    chooseElement(doc, 'aw-hotline-banner');
    choose(doc, 'opt-position', 'top');
    const markup = await prerenderedPreview(doc, { tag: 'aw-hotline-banner', bannerPosition: 'top' });
    expect(markup).to.contain('shadowrootmode="open"');
    const { scripts } = split(doc.getElementById('snippet-script')!.textContent!);
    for (const viewport of VIEWPORTS) {
      const page = await openPage(markup, viewport.width, viewport.height, 'first');
      try {
        await sleep(50);
        const before = page.window.__shifts.length;
        await runScripts(page, scripts, 'aw-hotline-banner');
        await sleep(100);
        expect(shiftSince(page, before), viewport.name).to.equal(0);
      } finally {
        page.close();
      }
    }
  });
});
