/**
 * The usage examples in docs/examples/, tried the way a site uses them: the plain HTML page and the WordPress
 * block in a browser with the built drop-in file; React 19, Vue 3 and a one-element bundler import as bundled by
 * `node scripts/build-examples.mjs` (esbuild, resolving `awareness-widgets/...` through package.json `exports`).
 * Every example runs in its own same-origin frame, so what one defines cannot help another.
 */
import { expect } from '@open-wc/testing';
import './helpers/all-locales.js';
import type { ContactDetail, ToggleDetail } from '../src/index.js';

type Lit = HTMLElement & { updateComplete?: Promise<unknown> };
interface ExampleModule {
  mount(container: Element, props?: Record<string, unknown>): unknown;
}
type ExampleWindow = Window & { example?: ExampleModule; exampleError?: string };

const frames: HTMLIFrameElement[] = [];

async function until(condition: () => boolean, message: string, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

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
