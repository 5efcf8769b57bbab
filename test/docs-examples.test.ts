/**
 * The usage examples in docs/examples/, tried the way a site uses them: the plain HTML page and the WordPress
 * block in a browser with the built drop-in file; React 19, Vue 3 and a one-element bundler import as bundled by
 * `node scripts/build-examples.mjs` (esbuild, resolving `awareness-widgets/...` through package.json `exports`).
 * Every example runs in its own same-origin frame, so what one defines cannot help another. The plain page and the
 * WordPress block are also read with the script blocked, as a reader whose browser never runs it sees them, and the
 * local-contact markup the element pages show is tried as written.
 */
import { expect } from '@open-wc/testing';
import './helpers/all-locales.js';
import { until } from './helpers/wait.js';
import { factsByTopic } from '../src/content/facts.js';
import { hotlineById } from '../src/content/hotlines.js';
import { builtInLocales } from '../src/content/locales/all.js';
import { helpFor } from '../src/content/region-help.js';
import { LOCAL_CONTACTS_EXAMPLE } from '../src/elements/hotline-banner/hotline-banner.examples.js';
import type { ContactDetail, ToggleDetail } from '../src/index.js';

type Lit = HTMLElement & { updateComplete?: Promise<unknown> };
interface ExampleModule {
  mount(container: Element, props?: Record<string, unknown>): unknown;
}
type ExampleWindow = Window & { example?: ExampleModule; exampleError?: string };

const frames: HTMLIFrameElement[] = [];

async function open(frame: HTMLIFrameElement): Promise<HTMLIFrameElement> {
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

/** A blank page that imports one bundled example and exposes its `mount`. */
async function openBundle(name: string): Promise<{ win: ExampleWindow; doc: Document }> {
  const bundle = `/dist/examples/${name}.js`;
  const response = await fetch(bundle, { method: 'HEAD' });
  expect(response.ok, `${bundle} exists: run node scripts/build-examples.mjs after npm run build`).to.equal(
    true,
  );
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><title>${name}</title></head><body><div id="root"></div>
    <script type="module">
      import * as example from '${bundle}';
      window.example = example;
    </script></body></html>`;
  await open(frame);
  const win = frame.contentWindow as ExampleWindow;
  await until(() => !!win.example, `${name} example loads`);
  return { win, doc: frame.contentDocument! };
}

async function shadowText(element: Lit | null, what: string): Promise<string> {
  expect(element, what).to.not.equal(null);
  await until(() => !!element!.shadowRoot?.textContent?.trim(), `${what} renders`);
  await element!.updateComplete;
  return element!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

/**
 * A page (or a pasted block, put in a page) with every script taken out and a policy that runs none, as for a reader
 * whose browser blocks them.
 */
async function openWithoutScript(html: string): Promise<Document> {
  const page = new DOMParser().parseFromString(html, 'text/html');
  page.querySelectorAll('script').forEach((script) => script.remove());
  const policy = page.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "script-src 'none'";
  page.head.prepend(policy);
  page.documentElement.lang ||= 'en-US';
  page.title ||= 'Post';
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html>${page.documentElement.outerHTML}`;
  const doc = (await open(frame)).contentDocument!;
  expect(doc.querySelectorAll('script').length, 'no script left').to.equal(0);
  return doc;
}

/** The hrefs of the visible links inside an element that its script never upgraded. */
function visibleLinks(element: Element | null, what: string): string[] {
  expect(element, what).to.not.equal(null);
  expect(element!.shadowRoot, `${what} was not upgraded`).to.equal(null);
  const box = element!.getBoundingClientRect();
  expect(box.width * box.height, `${what} takes room on the page`).to.be.greaterThan(0);
  return [...element!.querySelectorAll('a[href]')]
    .filter((link) => link.getBoundingClientRect().height > 0)
    .map((link) => link.getAttribute('href')!);
}

/** Every number and address of these hotlines, in order. */
const hrefsOf = (ids: readonly string[]) =>
  ids.flatMap((id) => hotlineById(id)!.channels.map((each) => each.href));

describe('usage examples in docs/examples', () => {
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('plain HTML: every element on the page renders from the one script tag', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/docs/examples/plain.html';
    const doc = (await open(frame)).contentDocument!;
    for (const tag of ['aw-quick-exit', 'aw-fact-card', 'aw-indicator-explainer', 'aw-hotline-banner']) {
      expect(await shadowText(doc.querySelector<Lit>(tag), tag)).to.not.equal('');
    }
    expect(await shadowText(doc.querySelector<Lit>('aw-hotline-banner'), 'banner')).to.contain(
      '1-888-373-7888',
    );
  });

  it('WordPress Custom HTML block: the pasted block renders in Spanish inside a theme page', async () => {
    const block = await (await fetch('/docs/examples/wordpress-custom-html-block.html')).text();
    const local = block.replace(
      /https:\/\/cdn\.jsdelivr\.net\/npm\/awareness-widgets@[^/]+\/dist\//g,
      '/dist/',
    );
    expect(local).to.contain('src="/dist/awareness-widgets.js"');
    expect(local, 'the Spanish words are their own file').to.contain('src="/dist/locales/es.js"');
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en-US"><head><title>Post</title></head><body class="wp-site-blocks"><article class="entry-content">${local}</article></body></html>`;
    const doc = (await open(frame)).contentDocument!;
    const text = await shadowText(doc.querySelector<Lit>('aw-hotline-banner'), 'banner');
    expect(text).to.contain('Pida ayuda');
  });

  it('plain HTML without the script: every element shows its fallback, with the numbers as links', async () => {
    const doc = await openWithoutScript(await (await fetch('/docs/examples/plain.html')).text());
    const words = builtInLocales.en;
    const help = helpFor('US');
    expect(visibleLinks(doc.querySelector('aw-hotline-banner'), 'banner')).to.deep.equal(
      hrefsOf(help.banner.public),
    );
    expect(visibleLinks(doc.querySelector('aw-indicator-explainer'), 'explainer')).to.deep.equal(
      hrefsOf(help.explainer.parent.contacts),
    );
    expect(doc.querySelector('aw-indicator-explainer')!.textContent).to.contain(
      words.signs.sets['warning-signs'].title,
    );
    const fact = factsByTopic('runaways')[0];
    const card = doc.querySelector('aw-fact-card');
    expect(visibleLinks(card, 'fact card')).to.deep.equal([fact.citation.source.url]);
    expect(card!.textContent).to.contain(words.facts[fact.id].figure);
    expect(visibleLinks(doc.querySelector('aw-quick-exit'), 'quick exit')).to.deep.equal([
      'https://www.google.com/',
    ]);
    expect(doc.body.textContent).to.not.match(/\bundefined\b|\bnull\b/);
  });

  it('WordPress block without the script: the banner shows its Spanish words and every number', async () => {
    const doc = await openWithoutScript(
      await (await fetch('/docs/examples/wordpress-custom-html-block.html')).text(),
    );
    const banner = doc.querySelector('aw-hotline-banner');
    expect(visibleLinks(banner, 'banner')).to.deep.equal(hrefsOf(helpFor('US').banner.public));
    expect(banner!.textContent).to.contain(builtInLocales.es.hotlines.title);
    expect(banner!.textContent).to.not.contain('In an emergency');
  });

  // Where each element lists its contacts: the whole banner; the explainer's "What to do" (its items cite sources).
  for (const [page, tag, contacts] of [
    ['hotline-banner', 'aw-hotline-banner', '[part~="base"]'],
    ['indicator-explainer', 'aw-indicator-explainer', '[part~="what-to-do"]'],
  ]) {
    it(`the ${page} page's local-help markup, pasted as written, shows the site's contacts before the national lines`, async () => {
      const html = await (await fetch(`/docs/elements/${page}.html`)).text();
      const section = new DOMParser()
        .parseFromString(html, 'text/html')
        .getElementById('local-help-heading')?.parentElement;
      expect(section, 'a "Your own local help" section').to.not.equal(undefined);
      const markup = section!.querySelector('pre code')!.textContent!;
      // The links shown are the gallery's, so the page cannot show other markup than the example it points to.
      const links = (text: string) =>
        [
          ...new DOMParser().parseFromString(text, 'text/html').querySelectorAll('a[slot="local-contact"]'),
        ].map((link) => link.outerHTML);
      expect(links(markup)).to.deep.equal(links(LOCAL_CONTACTS_EXAMPLE));
      expect(
        section!.querySelector('a[href="#example-local-contacts"]'),
        'a link to the live example',
      ).to.not.equal(null);

      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><head><title>Local help</title>
        <script src="/dist/awareness-widgets.js"></script></head><body>${markup}</body></html>`;
      const doc = (await open(frame)).contentDocument!;
      const element = doc.querySelector<Lit>(tag);
      const text = await shadowText(element, tag);
      expect(text).to.contain(builtInLocales.en.hotlines.localLabel);
      const shown = [...element!.shadowRoot!.querySelector(contacts)!.querySelectorAll('a[href]')].map(
        (link) => link.getAttribute('href'),
      );
      expect(shown.slice(0, 2)).to.deep.equal(['tel:+15555550100', 'https://example.org/safeguarding']);
      expect(shown, 'the national line follows').to.include('tel:+18883737888');
      expect(shown.at(-1), 'the emergency number is last').to.equal('tel:911');
    });
  }

  it('React 19: renders the elements, passes lang through, and hears aw-contact through onaw-contact', async () => {
    const { win, doc } = await openBundle('react');
    const contacts: ContactDetail[] = [];
    win.example!.mount(doc.getElementById('root')!, {
      onContact: (detail: ContactDetail) => contacts.push(detail),
    });
    const banner = await until(
      () => !!doc.querySelector('aw-hotline-banner'),
      'React renders the banner',
    ).then(() => doc.querySelector<Lit>('aw-hotline-banner'));
    expect(await shadowText(banner, 'banner')).to.contain('1-833-900-1010');
    expect(await shadowText(doc.querySelector<Lit>('aw-fact-card'), 'fact card')).to.not.equal('');

    doc.addEventListener('click', (event) => event.preventDefault());
    banner!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:+18339001010"]')!.click();
    expect(contacts.map((detail) => detail.channel)).to.deep.equal(['call']);

    doc.querySelector<HTMLButtonElement>('main > button')!.click();
    await until(() => banner!.getAttribute('lang') === 'es', 'React updates lang');
    await banner!.updateComplete;
    expect(banner!.shadowRoot!.textContent).to.contain('Pida ayuda');
  });

  it('Vue 3: renders the elements as custom elements and hears aw-toggle through @aw-toggle', async () => {
    const { win, doc } = await openBundle('vue');
    const toggles: ToggleDetail[] = [];
    win.example!.mount(doc.getElementById('root')!, {
      onToggle: (detail: ToggleDetail) => toggles.push(detail),
    });
    await until(() => !!doc.querySelector('aw-indicator-explainer'), 'Vue renders the explainer');
    const explainer = doc.querySelector<Lit>('aw-indicator-explainer');
    expect(await shadowText(doc.querySelector<Lit>('aw-hotline-banner'), 'banner')).to.contain('Pida ayuda');
    expect(await shadowText(explainer, 'explainer')).to.contain('Señales');
    // Vue passed the element through untouched: it is the library's class, not a Vue component.
    expect(win.customElements.get('aw-indicator-explainer')).to.equal(explainer!.constructor);

    const firstItem = explainer!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    firstItem.click();
    await until(() => toggles.length > 0, 'aw-toggle reaches the Vue handler');
    expect(toggles[0].open).to.equal(true);
    expect(toggles[0].set).to.equal('warning-signs');
  });

  it('bundler: importing awareness-widgets/fact-card.js defines aw-fact-card and nothing else', async () => {
    const { win, doc } = await openBundle('bundler');
    expect(win.customElements.get('aw-fact-card')).to.not.equal(undefined);
    expect(win.customElements.get('aw-hotline-banner')).to.equal(undefined);
    expect(win.customElements.get('aw-indicator-explainer')).to.equal(undefined);
    expect(win.customElements.get('aw-quick-exit')).to.equal(undefined);
    const card = doc.createElement('aw-fact-card') as Lit;
    doc.body.append(card);
    expect(await shadowText(card, 'fact card')).to.not.equal('');
  });
});
