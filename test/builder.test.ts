/**
 * The embed builder (demo/builder.html), end to end: choose options in the real page, take the code it offers, paste
 * it into a blank page with the local drop-in file in place of the CDN copy, and check what a reader would see.
 * The integrity hash stays in the pasted code, so the browser itself checks it against the local file.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { facts as spanishFacts } from '../src/content/locales/es/facts.js';
import { hotlines as spanishHotlines } from '../src/content/locales/es/hotlines.js';
import { hotlines as frenchHotlines } from '../src/content/locales/fr/hotlines.js';
import { signs as englishSigns } from '../src/content/locales/en/signs.js';
import { hotlines as englishHotlines } from '../src/content/locales/en/hotlines.js';
import { OFFERED, SUMMARIES } from '../src/builder/choices.js';
import { judgeContact, judgeContacts, localContactLink } from '../src/builder/contacts.js';
import { contactParams, contactsFromParams, MAX_LOCAL_CONTACTS } from '../src/builder/iframe-url.js';
import { EMBEDDABLE } from '../src/embed/embed.js';
import { until } from './helpers/wait.js';
import { builderFrame, choose, chooseElement, closeBuilder, openBuilder } from './helpers/builder-page.js';

const CDN_SCRIPT =
  /https:\/\/cdn\.jsdelivr\.net\/npm\/awareness-widgets@([^/]+)\/dist\/awareness-widgets\.js/;

type Lit = HTMLElement & { updateComplete?: Promise<unknown> };
type AxeWindow = Window & {
  axe?: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string }[] }> };
};

function loadFrame(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

const scriptSnippet = (doc: Document) => doc.getElementById('snippet-script')!.textContent ?? '';
const iframeSnippet = (doc: Document) => doc.getElementById('snippet-iframe')!.textContent ?? '';

/** Pastes a snippet into a blank same-origin page, with the local drop-in file in place of the CDN URL. */
async function paste(snippet: string): Promise<{ doc: Document; frame: HTMLIFrameElement }> {
  expect(snippet).to.match(CDN_SCRIPT);
  // Every file the snippet names (the drop-in file and any locale file) from this server, integrity kept.
  const local = snippet.replace(
    /https:\/\/cdn\.jsdelivr\.net\/npm\/awareness-widgets@[^/]+\/dist\//g,
    '/dist/',
  );
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title></head><body><main>${local}</main></body></html>`;
  const loaded = loadFrame(frame);
  document.body.append(frame);
  await loaded;
  return { doc: frame.contentDocument!, frame };
}

/** Waits until the pasted element has upgraded and rendered, and returns the text in its shadow root. */
async function renderedText(doc: Document, tag: string, expected = ''): Promise<string> {
  const element = doc.querySelector<Lit>(tag);
  expect(element, `${tag} in the pasted page`).to.not.equal(null);
  await until(
    () => !!element!.shadowRoot?.textContent?.trim() && element!.shadowRoot!.textContent!.includes(expected),
    `${tag} renders ${expected ? `"${expected}" ` : ''}(the scripts ran and their integrity hashes matched)`,
  );
  await element!.updateComplete;
  return element!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('embed builder', () => {
  const pasted: HTMLIFrameElement[] = [];
  afterEach(() => {
    pasted.splice(0).forEach((frame) => frame.remove());
  });
  after(closeBuilder);

  it('pins the script to the version in package.json, with the integrity hash of the built file', async () => {
    const doc = await openBuilder();
    const snippet = scriptSnippet(doc);
    const { version } = await (await fetch('/package.json')).json();
    expect(snippet.match(CDN_SCRIPT)?.[1]).to.equal(version);
    const script = new DOMParser().parseFromString(snippet, 'text/html').querySelector('script')!;
    expect(script.getAttribute('integrity')).to.equal(await sha384('/dist/awareness-widgets.js'));
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
  });

  it('gives Canadian numbers, in the pasted page and in its fallback, when the region is Canada', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-hotline-banner');
    choose(doc, 'opt-region', 'CA');
    const snippet = scriptSnippet(doc);
    expect(snippet).to.contain('<aw-hotline-banner region="CA">');
    // The fallback (before the script runs) already has the Canadian numbers, not the U.S. ones.
    const fallback = new DOMParser()
      .parseFromString(snippet, 'text/html')
      .querySelector('aw-hotline-banner')!;
    expect(fallback.textContent).to.contain('1-833-900-1010');
    expect(fallback.textContent).not.to.contain('1-888-373-7888');

    const page = await paste(snippet);
    pasted.push(page.frame);
    const text = await renderedText(page.doc, 'aw-hotline-banner');
    expect(text).to.contain('1-833-900-1010');
    expect(text).not.to.contain('1-888-373-7888');
  });

  it('gives a Spanish banner for young people when those options are chosen', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-hotline-banner');
    choose(doc, 'opt-banner-audience', 'youth');
    choose(doc, 'opt-lang', 'es');
    const snippet = scriptSnippet(doc);
    expect(snippet).to.match(/<aw-hotline-banner[^>]* audience="youth"/);
    expect(snippet).to.match(/<aw-hotline-banner[^>]* lang="es"/);
    expect(snippet).to.contain(spanishHotlines.youthTitle);

    const page = await paste(snippet);
    pasted.push(page.frame);
    expect(await renderedText(page.doc, 'aw-hotline-banner', spanishHotlines.youthTitle)).to.contain(
      spanishHotlines.youthTitle,
    );
  });

  it('adds the locale file, pinned by its own hash, only for a language other than English', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-hotline-banner');
    choose(doc, 'opt-lang', 'fr');
    const snippet = scriptSnippet(doc);
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    const scripts = [...parsed.querySelectorAll('script')];
    expect(
      scripts.map((script) => new URL(script.src).pathname.replace(/^.*\/dist\//, 'dist/')),
    ).to.deep.equal(['dist/awareness-widgets.js', 'dist/locales/fr.js']);
    expect(scripts[1].getAttribute('integrity')).to.equal(await sha384('/dist/locales/fr.js'));
    const page = await paste(snippet);
    pasted.push(page.frame);
    expect(await renderedText(page.doc, 'aw-hotline-banner', frenchHotlines.title)).to.contain(
      frenchHotlines.title,
    );

    choose(doc, 'opt-lang', 'en');
    expect(scriptSnippet(doc)).to.not.contain('/locales/');
    choose(doc, 'opt-lang', '');
    expect(scriptSnippet(doc), "the page's language: English unless the site adds a file").to.not.contain(
      '/locales/',
    );
  });

  it('gives the chosen figure, in Spanish, on a fact card', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-fact-card');
    choose(doc, 'opt-choose-by', 'fact');
    choose(doc, 'opt-fact', 'every-state-2021');
    choose(doc, 'opt-lang', 'es');
    const snippet = scriptSnippet(doc);
    expect(snippet).to.contain('fact="every-state-2021"');
    const figure = spanishFacts['every-state-2021'].figure;
    expect(snippet).to.contain(figure);

    const page = await paste(snippet);
    pasted.push(page.frame);
    expect(await renderedText(page.doc, 'aw-fact-card', figure)).to.contain(figure);
  });

  it('gives the chosen set of signs for young people, and a quick exit when asked', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-indicator-explainer');
    choose(doc, 'opt-set', 'myths');
    choose(doc, 'opt-explainer-audience', 'youth');
    choose(doc, 'opt-add-quick-exit', true);
    const snippet = scriptSnippet(doc);
    expect(snippet).to.contain('set="myths"');

    const page = await paste(snippet);
    pasted.push(page.frame);
    expect(await renderedText(page.doc, 'aw-indicator-explainer')).to.contain(
      englishSigns.sets.myths.youthTitle,
    );
    expect(await renderedText(page.doc, 'aw-quick-exit')).to.not.equal('');
  });

  it('applies the brand colours to the pasted element', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-hotline-banner');
    choose(doc, 'opt-brand', true);
    choose(doc, 'opt-accent', '#6b2c91');
    choose(doc, 'opt-background', '#faf5fd');
    choose(doc, 'opt-text', '#2a1033');
    const page = await paste(scriptSnippet(doc));
    pasted.push(page.frame);
    await renderedText(page.doc, 'aw-hotline-banner');
    const style = page.frame.contentWindow!.getComputedStyle(page.doc.querySelector('aw-hotline-banner')!);
    expect(style.getPropertyValue('--aw-accent-color').trim()).to.equal('#6b2c91');
    expect(style.getPropertyValue('--aw-background-color').trim()).to.equal('#faf5fd');
    expect(style.getPropertyValue('--aw-text-color').trim()).to.equal('#2a1033');
  });

  it('escapes what a person types, so it stays one attribute value', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-quick-exit');
    const typed = 'https://example.org/?a=1&b="><script>alert(1)</script>';
    choose(doc, 'opt-href', typed);
    const snippet = scriptSnippet(doc);
    expect(snippet.match(/<script/g)).to.have.length(1);

    const page = await paste(snippet);
    pasted.push(page.frame);
    expect(page.doc.querySelectorAll('script')).to.have.length(1);
    expect(page.doc.querySelector('aw-quick-exit')!.getAttribute('href')).to.equal(typed);
    expect(page.doc.querySelector('aw-quick-exit a')!.getAttribute('href')).to.equal(typed);
  });

  it('gives an iframe for sites without scripts, with the same options', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-hotline-banner');
    choose(doc, 'opt-region', 'US');
    choose(doc, 'opt-lang', 'es');
    const frame = new DOMParser().parseFromString(iframeSnippet(doc), 'text/html').querySelector('iframe')!;
    const src = new URL(frame.getAttribute('src')!);
    // The site that serves the builder serves the embed page (npm CDNs send HTML as plain text).
    expect(`${src.origin}${src.pathname}`).to.equal(`${location.origin}/dist/embed.html`);
    expect(src.searchParams.get('element')).to.equal('hotline-banner');
    expect(src.searchParams.get('region')).to.equal('US');
    expect(src.searchParams.get('lang')).to.equal('es');
    expect(frame.getAttribute('title')).to.match(/\S/);
    expect(frame.getAttribute('loading')).to.equal('lazy');
    expect(frame.getAttribute('allow'), 'so the banner can copy a number').to.equal('clipboard-write');
    expect(frame.getAttribute('width')).to.equal('100%');
    expect(Number(frame.getAttribute('height'))).to.be.greaterThan(0);
  });

  it('the iframe code renders the same options from the local embed page', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-hotline-banner');
    choose(doc, 'opt-region', 'CA');
    choose(doc, 'opt-lang', 'es');
    const snippet = iframeSnippet(doc);
    expect(snippet).to.contain(`src="${location.origin}/dist/embed.html?`);
    const host = document.createElement('div');
    host.innerHTML = snippet; // the builder's own escaped output, as a partner page would hold it
    const frame = host.querySelector('iframe')!;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(host);
    try {
      await loaded;
      const banner = await until(
        () => !!frame.contentDocument?.querySelector('aw-hotline-banner'),
        'the embed page creates the banner',
      ).then(() => frame.contentDocument!.querySelector<Lit>('aw-hotline-banner'));
      const text = await renderedText(frame.contentDocument!, 'aw-hotline-banner');
      expect(banner!.getAttribute('lang')).to.equal('es');
      expect(text).to.contain('1-833-900-1010');
      expect(text).to.contain(spanishHotlines.title);
    } finally {
      host.remove();
    }
  });

  it('puts in the iframe code only what the embed page accepts, and says what it left out', async () => {
    const doc = await openBuilder();
    const everything: Record<string, () => void> = {
      'aw-hotline-banner': () => {
        choose(doc, 'opt-position', 'top');
        choose(doc, 'opt-dismissible', true);
        choose(doc, 'opt-banner-quick-exit', true);
      },
      'aw-fact-card': () => {
        choose(doc, 'opt-choose-by', 'topic');
        choose(doc, 'opt-rotate', true);
        choose(doc, 'opt-interval', '12');
        choose(doc, 'opt-variant', 'compact');
      },
      'aw-indicator-explainer': () => {
        choose(doc, 'opt-open', true);
        choose(doc, 'opt-heading-level', '3');
        choose(doc, 'opt-add-quick-exit', true);
      },
    };
    for (const [tag, setAll] of Object.entries(everything)) {
      chooseElement(doc, tag);
      setAll();
      choose(doc, 'opt-theme', 'dark');
      choose(doc, 'opt-brand', true);
      const src = new URL(
        new DOMParser().parseFromString(iframeSnippet(doc), 'text/html').querySelector('iframe')!.src,
      );
      const name = tag.replace(/^aw-/, '');
      const names = [...src.searchParams.keys()].filter((key) => key !== 'element');
      expect(
        names.filter((key) => !EMBEDDABLE[name].attributes.includes(key)),
        tag,
      ).to.deep.equal([]);
      expect(names, tag).to.include('theme');
      expect(doc.getElementById('iframe-note')!.textContent).to.contain('brand colours');
    }
    expect(doc.getElementById('iframe-note')!.textContent).to.contain('quick exit');

    chooseElement(doc, 'aw-quick-exit');
    expect(iframeSnippet(doc)).to.equal('');
    expect(doc.getElementById('iframe-note')!.textContent).to.contain('Use the script tag');
  });

  it('moves between the two code tabs with the arrow keys', async () => {
    const doc = await openBuilder();
    const scriptTab = doc.getElementById('tab-script')!;
    const iframeTab = doc.getElementById('tab-iframe')!;
    scriptTab.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(doc.activeElement).to.equal(iframeTab);
    expect(iframeTab.getAttribute('aria-selected')).to.equal('true');
    expect(doc.getElementById('panel-iframe')!.hidden).to.equal(false);
    expect(doc.getElementById('panel-script')!.hidden).to.equal(true);
    await sendKeys({ press: 'Home' });
    expect(doc.activeElement).to.equal(scriptTab);
    expect(doc.getElementById('panel-script')!.hidden).to.equal(false);
  });

  it('says the code was copied, or selects it when the clipboard is closed', async () => {
    const doc = await openBuilder();
    const button = doc.querySelector<HTMLButtonElement>('button[data-copy="snippet-script"]')!;
    button.click();
    const status = doc.getElementById('copy-status')!;
    await until(() => !!status.textContent, 'a status message after copying');
    expect(status.textContent).to.match(/Copied|selected/);
  });

  for (const tag of ['aw-hotline-banner', 'aw-fact-card', 'aw-indicator-explainer', 'aw-quick-exit']) {
    it(`has no accessibility violations with ${tag} chosen`, async function () {
      this.timeout(30000); // axe on the whole page, with a live element in it, is slow in Firefox
      const doc = await openBuilder();
      const win = builderFrame()!.contentWindow as AxeWindow;
      const axeScript = doc.createElement('script');
      axeScript.src = '/node_modules/axe-core/axe.min.js';
      const axeLoaded = new Promise((resolve) => axeScript.addEventListener('load', resolve, { once: true }));
      doc.head.append(axeScript);
      await axeLoaded;
      chooseElement(doc, tag);
      // Brand colours on, so their inputs and the contrast report are checked too.
      choose(doc, 'opt-brand', tag === 'aw-fact-card');
      const preview = doc.querySelector<Lit>(`#preview ${tag}`)!;
      await until(() => !!preview.shadowRoot?.textContent?.trim(), `${tag} preview renders`);
      await preview.updateComplete;
      const { violations } = await win.axe!.run(doc, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      expect(violations.map((violation) => `${violation.id} (${violation.help})`)).to.deep.equal([]);
    });
  }

  it('keeps the builder open when the quick exit in the preview is used', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-quick-exit');
    const exit = doc.querySelector<Lit>('#preview aw-quick-exit')!;
    await until(() => !!exit.shadowRoot?.querySelector('button'), 'the preview quick exit renders');
    exit.shadowRoot!.querySelector('button')!.click();
    await until(() => !!doc.getElementById('copy-status')!.textContent, 'the builder says what would happen');
    expect(doc.getElementById('copy-status')!.textContent).to.contain('https://www.google.com/');
    expect(builderFrame()!.contentWindow!.location.pathname).to.equal('/demo/builder.html');
  });

  it('labels every control', async () => {
    const doc = await openBuilder();
    const unlabelled = [...doc.querySelectorAll<HTMLInputElement>('input, select, textarea')].filter(
      (control) => control.labels?.length === 0 && !control.getAttribute('aria-label'),
    );
    expect(unlabelled.map((control) => control.id || control.name)).to.deep.equal([]);
  });

  it('fits a 320 px wide phone screen without sideways scrolling', async () => {
    const doc = await openBuilder(320);
    chooseElement(doc, 'aw-hotline-banner');
    choose(doc, 'opt-region', 'CA');
    await until(() => !!doc.querySelector<Lit>('#preview aw-hotline-banner')?.shadowRoot, 'preview upgrades');
    // Name what sticks out (inside shadow roots too), so a failure says where to look.
    const wide: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.getBoundingClientRect().right > 321 && !element.querySelector('*')) {
          wide.push(
            `${element.getRootNode() === doc ? '' : 'shadow '}${element.localName}.${element.className}`,
          );
        }
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(doc);
    expect(doc.documentElement.scrollWidth, `wider than the screen: ${wide.join(', ')}`).to.be.at.most(320);
  });
});

/** Fills one local-contact row of the builder the way a person types it. */
function fillContact(doc: Document, row: number, name: string, address: string, detail = ''): void {
  choose(doc, `contact${row}-name`, name);
  choose(doc, `contact${row}-address`, address);
  choose(doc, `contact${row}-detail`, detail);
}

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const HOSTILE_DETAIL = '"><script>alert(2)</script>';

/** The element's own `<a slot="local-contact">` links in a snippet, parsed as a page would hold them. */
function slottedLinks(snippet: string, tag = 'aw-hotline-banner'): HTMLAnchorElement[] {
  const element = new DOMParser().parseFromString(snippet, 'text/html').querySelector(tag)!;
  return [...element.querySelectorAll<HTMLAnchorElement>(':scope > a[slot="local-contact"]')];
}

describe('embed builder: lists from the content', () => {
  after(closeBuilder);

  it('offers every region, language, audience, set, topic and figure the content has, and no other', async () => {
    const doc = await openBuilder();
    const values = (id: string) =>
      [...doc.getElementById(id)!.querySelectorAll('option')].map((option) => option.value);
    expect(values('opt-region')).to.deep.equal([...OFFERED.regions]);
    expect(values('opt-lang')).to.deep.equal([...OFFERED.languages]);
    expect(values('opt-banner-audience')).to.deep.equal([...OFFERED.bannerAudiences]);
    expect(values('opt-explainer-audience')).to.deep.equal([...OFFERED.explainerAudiences]);
    expect(values('opt-set')).to.deep.equal([...OFFERED.sets]);
    expect(values('opt-topic')).to.deep.equal([...OFFERED.topics]);
    expect(values('opt-fact')).to.deep.equal([...OFFERED.facts]);
    // Each set is named by the title the explainer itself shows.
    expect(doc.querySelector('#opt-set option[value="myths"]')!.textContent).to.contain(
      englishSigns.sets.myths.title,
    );
  });

  it('says what each element is for, in the words of its examples file', async () => {
    const doc = await openBuilder();
    for (const tag of OFFERED.elements) {
      chooseElement(doc, tag);
      expect(doc.getElementById('element-summary')!.textContent, tag).to.equal(SUMMARIES[tag]);
    }
  });
});

describe('embed builder: the site’s own local contacts', () => {
  const pasted: HTMLIFrameElement[] = [];
  afterEach(() => {
    pasted.splice(0).forEach((frame) => frame.remove());
  });
  after(closeBuilder);

  const contactsBox = (doc: Document) =>
    doc.getElementById('contact1-name')!.closest<HTMLElement>('fieldset[data-for]')!;

  it('offers three rows for the banner and the explainer, and none for the fact card or the quick exit', async () => {
    const doc = await openBuilder();
    expect(doc.querySelectorAll('input[id$="-address"][id^="contact"]').length).to.equal(MAX_LOCAL_CONTACTS);
    for (const tag of OFFERED.elements) {
      chooseElement(doc, tag);
      const offered = tag === 'aw-hotline-banner' || tag === 'aw-indicator-explainer';
      expect(contactsBox(doc).hidden, tag).to.equal(!offered);
      if (offered) expect(contactsBox(doc).getBoundingClientRect().height, tag).to.be.greaterThan(0);
    }
  });

  it('writes each contact as a slotted link, escaped, first in the fallback with its number and detail', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-hotline-banner');
    fillContact(doc, 1, HOSTILE_NAME, '+1 (555) 555-0100', HOSTILE_DETAIL);
    fillContact(doc, 2, 'Our safeguarding lead', 'https://example.org/safeguarding');
    const snippet = scriptSnippet(doc);
    expect(snippet.match(/<script/g), 'only the drop-in script tag').to.have.length(1);
    expect(snippet).to.not.contain('<img');
    const links = slottedLinks(snippet);
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'tel:+15555550100',
      'https://example.org/safeguarding',
    ]);
    expect(links[0].textContent).to.equal(HOSTILE_NAME);
    expect(links[0].dataset.detail).to.equal(HOSTILE_DETAIL);
    expect(links[1].hasAttribute('data-detail')).to.equal(false);

    // Without the script, a reader sees the label, each name with its number, then the national lines.
    const fallback = new DOMParser()
      .parseFromString(snippet, 'text/html')
      .querySelector('aw-hotline-banner')!;
    expect(fallback.querySelectorAll('img, script').length).to.equal(0);
    const text = fallback.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(englishHotlines.localLabel);
    expect(text).to.contain(`${HOSTILE_NAME}: +15555550100, ${HOSTILE_DETAIL}`);
    expect(text.indexOf('Our safeguarding lead')).to.be.lessThan(text.indexOf('1-888-373-7888'));

    // The explainer takes the same links; the fact card does not.
    chooseElement(doc, 'aw-indicator-explainer');
    expect(slottedLinks(scriptSnippet(doc), 'aw-indicator-explainer')).to.have.length(2);
    chooseElement(doc, 'aw-fact-card');
    expect(scriptSnippet(doc)).to.not.contain('local-contact');
  });

  it('shows the contacts in the preview and in the pasted page, as text', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-hotline-banner');
    fillContact(doc, 1, HOSTILE_NAME, 'tel:+15555550100', 'Monday to Friday');
    fillContact(doc, 2, 'County help line', 'help@county.example.org');
    const preview = doc.querySelector<Lit>('#preview aw-hotline-banner')!;
    expect(preview.querySelectorAll('a[slot="local-contact"]')).to.have.length(2);
    expect(doc.querySelectorAll('#preview img')).to.have.length(0);
    await until(
      () => !!preview.shadowRoot?.textContent?.includes('County help line'),
      'the preview shows the contacts',
    );

    const page = await paste(scriptSnippet(doc));
    pasted.push(page.frame);
    const text = await renderedText(page.doc, 'aw-hotline-banner', 'County help line');
    expect(text).to.contain(HOSTILE_NAME);
    expect(page.doc.querySelectorAll('img')).to.have.length(0);
    expect(
      [...page.doc.querySelectorAll('aw-hotline-banner > a[slot="local-contact"]')].map((link) =>
        link.getAttribute('href'),
      ),
    ).to.deep.equal(['tel:+15555550100', 'mailto:help@county.example.org']);
  });

  it('refuses a link that is not a phone, text, email or web address, says why next to the field, and leaves it out', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-hotline-banner');
    const message = () => doc.getElementById('contact1-message')!;
    const address = doc.getElementById('contact1-address')!;
    expect(address.getAttribute('aria-describedby')).to.contain('contact1-message');
    for (const refused of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
    ]) {
      fillContact(doc, 1, 'Not a contact', refused);
      expect(message().textContent, refused).to.contain('only phone numbers');
      expect(address.getAttribute('aria-invalid'), refused).to.equal('true');
      expect(scriptSnippet(doc), refused).to.not.contain('Not a contact');
      expect(scriptSnippet(doc).toLowerCase(), refused).to.not.contain(refused.slice(0, 8).toLowerCase());
      expect(iframeSnippet(doc), refused).to.not.contain('contact1');
    }
    fillContact(doc, 1, 'Our help page', '/help');
    expect(message().textContent).to.contain('https://');
    expect(scriptSnippet(doc)).to.not.contain('Our help page');
    fillContact(doc, 1, 'No number yet', '');
    expect(message().textContent).to.contain('Add a phone number');
    expect(scriptSnippet(doc)).to.not.contain('No number yet');
    fillContact(doc, 1, 'Lincoln Park school counsellor', '555-555-0100');
    expect(message().textContent).to.equal('');
    expect(address.hasAttribute('aria-invalid')).to.equal(false);
    expect(slottedLinks(scriptSnippet(doc))[0].getAttribute('href')).to.equal('tel:5555550100');
  });

  it('keeps a good contact when another row is refused', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-indicator-explainer');
    fillContact(doc, 1, 'Bad', 'javascript:alert(1)');
    fillContact(doc, 3, 'Parish safeguarding lead', 'www.parish.example.org/safeguarding', 'Sundays');
    expect(doc.getElementById('contact1-message')!.textContent).to.not.equal('');
    expect(doc.getElementById('contact3-message')!.textContent).to.equal('');
    const links = slottedLinks(scriptSnippet(doc), 'aw-indicator-explainer');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
      ['Parish safeguarding lead', 'https://www.parish.example.org/safeguarding'],
    ]);
  });

  it('puts the contacts in the iframe URL, and the embed page shows the same ones', async () => {
    const doc = await openBuilder();
    chooseElement(doc, 'aw-hotline-banner');
    choose(doc, 'opt-region', 'CA');
    choose(doc, 'opt-lang', 'fr');
    fillContact(doc, 1, HOSTILE_NAME, '+1 555 555 0100', HOSTILE_DETAIL);
    fillContact(doc, 2, 'Our safeguarding lead', 'https://example.org/safeguarding', 'Lundi au vendredi');
    fillContact(doc, 3, 'Refused', 'javascript:alert(3)');
    const written = slottedLinks(scriptSnippet(doc)).map((link) => ({
      href: link.getAttribute('href'),
      name: link.textContent,
      detail: link.getAttribute('data-detail'),
    }));
    expect(written).to.have.length(2);
    const snippet = iframeSnippet(doc);
    expect(snippet).to.not.contain('javascript');
    expect(doc.getElementById('iframe-note')!.textContent).to.not.contain('contact');

    const host = document.createElement('div');
    host.innerHTML = snippet; // the builder's own escaped output, as a partner page would hold it
    const frame = host.querySelector('iframe')!;
    const loaded = loadFrame(frame);
    document.body.append(host);
    try {
      await loaded;
      await until(() => !!frame.contentDocument?.querySelector('aw-hotline-banner'), 'the embed page builds');
      const banner = frame.contentDocument!.querySelector<Lit>('aw-hotline-banner')!;
      const shown = [...banner.querySelectorAll(':scope > a[slot="local-contact"]')].map((link) => ({
        href: link.getAttribute('href'),
        name: link.textContent,
        detail: link.getAttribute('data-detail'),
      }));
      expect(shown).to.deep.equal(written);
      const text = await renderedText(frame.contentDocument!, 'aw-hotline-banner', 'Our safeguarding lead');
      expect(text).to.contain(HOSTILE_NAME);
      expect(text).to.contain('1-833-900-1010');
      expect(frame.contentDocument!.querySelectorAll('img')).to.have.length(0);
    } finally {
      host.remove();
    }
  });
});

describe('the builder’s snippet writers (pure)', () => {
  it('turn a phone number, an email address and a web address into links, and refuse the rest', () => {
    const judged = (address: string) => judgeContact({ name: 'A', address, detail: '' });
    expect(judged('(555) 555-0100')?.contact?.link.href).to.equal('tel:5555550100');
    expect(judged('+44 20 7946 0000')?.contact?.link.href).to.equal('tel:+442079460000');
    expect(judged('sms:+15555550100')?.contact?.link.kind).to.equal('text');
    expect(judged('help@school.example.org')?.contact?.link.href).to.equal('mailto:help@school.example.org');
    expect(judged('school.example.org/help')?.contact?.link.href).to.equal('https://school.example.org/help');
    expect(judged('555.555.0100')?.contact?.link.href).to.equal('tel:5555550100');
    for (const refused of [
      'javascript:alert(1)',
      'data:,x',
      'file:///etc/passwd',
      'tel:',
      '/help',
      'tel:%E0',
    ]) {
      const result = judged(refused);
      expect(result?.contact, refused).to.equal(null);
      expect(result?.message, refused).to.match(/\S/);
    }
    expect(judgeContact({ name: '', address: '', detail: '' })).to.equal(null);
    expect(
      judgeContacts(Array(5).fill({ name: 'A', address: '5555550100', detail: '' })).contacts,
    ).to.have.length(MAX_LOCAL_CONTACTS);
  });

  it('escape names and details, so markup in them stays text', () => {
    const { contact } = judgeContact({
      name: HOSTILE_NAME,
      address: 'https://example.org/?a=1&b="><x>',
      detail: HOSTILE_DETAIL,
    })!;
    const markup = localContactLink(contact!);
    const host = document.createElement('div');
    host.innerHTML = markup;
    expect(host.children).to.have.length(1);
    const link = host.querySelector('a')!;
    expect(link.textContent).to.equal(HOSTILE_NAME);
    expect(link.dataset.detail).to.equal(HOSTILE_DETAIL);
    expect(link.getAttribute('href')).to.equal(contact!.link.href);
    expect(host.querySelectorAll('img, script, x')).to.have.length(0);
  });

  it('write the contacts into the iframe URL and read back the same ones', () => {
    const { contacts } = judgeContacts([
      { name: HOSTILE_NAME, address: '+1 555 555 0100', detail: HOSTILE_DETAIL },
      { name: 'Lead', address: 'https://example.org/lead', detail: '' },
    ]);
    const params = new URLSearchParams(contactParams(contacts));
    const back = contactsFromParams(new URLSearchParams(params.toString()));
    expect(back.refused).to.deep.equal([]);
    expect(back.contacts).to.deep.equal(contacts);
  });
});
