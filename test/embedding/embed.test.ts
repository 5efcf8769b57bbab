/**
 * The iframe embed page (dist/embed.html + dist/embed.js, built from src/embed/) and its optional helper
 * (dist/embed-helper.js), for sites that allow an iframe but not a script.
 */
import { expect } from '@open-wc/testing';
import {
  DEFAULT_EMBED,
  EMBEDDABLE,
  EMBED_HEIGHT_MESSAGE,
  MAX_LOCAL_CONTACTS,
  createEmbeddedElement,
} from '../../src/embed/embed.js';
import { hotlines } from '../../src/content/hotlines.js';
import { builtInLocales } from '../../src/content/locales/all.js';
import { SUPPORTED_LOCALES } from '../../src/content/locales/index.js';
import { regionHelp } from '../../src/content/region-help.js';
import { REGION_CODES } from '../../src/content/regions.js';
import { openFrame, shadowLinks, sleep, until, visibleText, type HostWindow } from './harness.js';

const embedUrl = (query: string) => `/dist/embed.html?probe=1&${query}`;

async function openEmbed(query: string, width = 600, height = 400) {
  const frame = await openFrame(embedUrl(query), width, height);
  const win = frame.contentWindow as HostWindow;
  const doc = frame.contentDocument!;
  await until(() => !!doc.querySelector('main > *'), 'the embed page rendered its element');
  const element = doc.querySelector('main')!.firstElementChild as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await until(() => !!win.customElements.get(element.localName), `${element.localName} defined`);
  await element.updateComplete;
  return { frame, win, doc, element, probe: win.__awProbe };
}

/** Messages of the documented shape that a frame's window posted to this page. */
function collectHeights(frame: HTMLIFrameElement): number[] {
  const heights: number[] = [];
  window.addEventListener('message', (event) => {
    if (event.source === frame.contentWindow && event.data?.type === EMBED_HEIGHT_MESSAGE) {
      heights.push(event.data.height);
    }
  });
  return heights;
}

describe('the iframe embed page', function () {
  this.timeout(20000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  const asked: Record<string, string> = {
    'hotline-banner': 'region=US&audience=youth',
    'fact-card': 'variant=compact',
    'indicator-explainer': 'set=grooming&open',
  };
  // Every shipped language and every covered region, from the embed page's URL alone: the region's own emergency
  // number on the banner and at the end of the explainer, in that language's words.
  for (const lang of SUPPORTED_LOCALES) {
    for (const region of REGION_CODES) {
      it(`renders the banner and the explainer for ${region} in ${lang}`, async () => {
        const emergency = regionHelp[region].banner.public
          .map((id) => hotlines[id])
          .find((hotline) => hotline.emergency)!.channels[0].href;
        for (const name of ['hotline-banner', 'indicator-explainer']) {
          const { element, probe } = await openEmbed(`element=${name}&lang=${lang}&region=${region}`);
          const root = element.shadowRoot!;
          const links = [...root.querySelectorAll('a')].map((link) => link.getAttribute('href'));
          expect(links, `${name} ${region} ${lang}`).to.include(emergency);
          const words = builtInLocales[lang];
          const expected = name === 'hotline-banner' ? words.hotlines.title : words.explainer.contactsLabel;
          expect(root.textContent, `${name} ${lang}`).to.contain(expected);
          expect([...probe.violations, ...probe.errors].join('\n')).to.equal('');
        }
      });
    }
  }

  for (const name of Object.keys(EMBEDDABLE)) {
    it(`renders <aw-${name}> from the URL, in Spanish, under its own strict policy, with no other request`, async () => {
      const { doc, element, probe, win } = await openEmbed(
        `element=${name}&lang=es&theme=dark&${asked[name]}`,
      );
      expect(doc.querySelectorAll('main > *').length).to.equal(1);
      expect(element.localName).to.equal(`aw-${name}`);
      expect(element.getAttribute('lang')).to.equal('es');
      expect(element.getAttribute('theme')).to.equal('dark');
      for (const pair of asked[name].split('&')) {
        const [key, value = ''] = pair.split('=');
        expect(element.getAttribute(key), key).to.equal(value);
      }
      expect(doc.documentElement.lang).to.equal('es');
      expect(visibleText(element)).to.not.equal('');
      expect([...probe.violations, ...probe.errors].join('\n')).to.equal('');
      // A loaded busy frame can add its resource entries a moment after the element has rendered.
      await until(
        () => win.performance.getEntriesByType('resource').length >= 2,
        'the frame has recorded its requests',
      );
      const requests = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname);
      expect(requests.sort()).to.deep.equal(['/dist/embed.js', '/test/embedding/fixtures/probe.js']);
    });
  }

  it('speaks the language the URL asks for', async () => {
    const english = visibleText((await openEmbed('element=hotline-banner&lang=en')).element);
    const spanish = visibleText((await openEmbed('element=hotline-banner&lang=es')).element);
    expect(spanish).to.not.equal(english);
  });

  it('shows the hotline banner when the element is unknown, and never creates the unknown tag', async () => {
    const { doc, element } = await openEmbed('element=script');
    expect(element.localName).to.equal(`aw-${DEFAULT_EMBED}`);
    expect(doc.querySelector('main script, aw-script')).to.equal(null);
    expect(visibleText(element)).to.not.equal('');
  });

  it('does not offer the quick exit, which could only leave the frame', async () => {
    const { element } = await openEmbed('element=quick-exit&href=https://example.org/');
    expect(element.localName).to.equal(`aw-${DEFAULT_EMBED}`);
    expect(element.hasAttribute('href')).to.equal(false);
  });

  it('ignores attributes it does not list, and runs nothing from the URL', async () => {
    const { doc, element, probe } = await openEmbed(
      'element=hotline-banner&region=US&onclick=__awCanary()&style=display:none&remember=30&quick-exit=https://example.org/&position=top&id=x',
    );
    expect(element.getAttributeNames().sort()).to.deep.equal(['region']);
    element.click();
    await sleep(50);
    expect(Array.from(probe.canary)).to.deep.equal([]);
    expect(doc.querySelectorAll('[onclick], [style]').length).to.equal(0);
  });

  it('sets hostile values as plain attribute text, never as HTML', async () => {
    const payload = '<img src=x onerror=__awCanary("embed")><script>__awCanary("embed")</script>';
    const { doc, element, probe, win } = await openEmbed(
      `element=fact-card&fact=${encodeURIComponent(payload)}&lang=${encodeURIComponent('"><img src=x onerror=__awCanary()>')}`,
    );
    await sleep(100);
    expect(element.getAttribute('fact')).to.equal(payload);
    expect(doc.querySelectorAll('img, main script').length).to.equal(0);
    expect(Array.from(probe.canary)).to.deep.equal([]);
    expect(visibleText(element)).to.not.equal('');
    expect(doc.documentElement.lang).to.equal('en');
    expect(win.performance.getEntriesByType('resource').length).to.equal(2);
  });

  it('keeps its policy in force: an inline script added later does not run', async () => {
    const { doc, probe } = await openEmbed('element=hotline-banner');
    const inline = doc.createElement('script');
    try {
      inline.textContent = '__awCanary("inline")';
      doc.body.append(inline);
    } catch {
      // Trusted Types refuses the plain string before the policy does: also enforced.
    }
    await sleep(100);
    expect(Array.from(probe.canary)).to.deep.equal([]);
  });

  it('shows the site’s own contacts from the URL as slotted links: only safe kinds, as text, at most three', async () => {
    const name = '<img src=x onerror=__awCanary("name")>';
    const detail = '"><script>__awCanary("detail")</script>';
    const query = new URLSearchParams({
      element: 'hotline-banner',
      region: 'US',
      'contact1-href': 'tel:+15555550100',
      'contact1-name': name,
      'contact1-detail': detail,
      'contact2-href': 'javascript:__awCanary("href")',
      'contact2-name': 'Refused script link',
      'contact3-href': 'https://example.org/safeguarding',
      'contact3-name': 'Our safeguarding lead',
      'contact4-href': 'mailto:extra@example.org',
      'contact4-name': 'One too many',
    });
    const { doc, element, probe, win } = await openEmbed(query.toString());
    const links = [...element.querySelectorAll(':scope > a[slot="local-contact"]')];
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
      [name, 'tel:+15555550100'],
      ['Our safeguarding lead', 'https://example.org/safeguarding'],
    ]);
    expect(links[0].getAttribute('data-detail')).to.equal(detail);
    await until(
      () => visibleText(element).includes('Our safeguarding lead'),
      'the banner shows the contacts',
    );
    expect(visibleText(element)).to.contain(name);
    expect(visibleText(element)).to.not.contain('Refused script link');
    expect(visibleText(element)).to.not.contain('One too many');
    for (const link of shadowLinks(element)) {
      expect(['tel:', 'sms:', 'mailto:', 'http:', 'https:']).to.include(new URL(link.href).protocol);
    }
    await sleep(50);
    expect(doc.querySelectorAll('img, main script').length).to.equal(0);
    expect(Array.from(probe.canary)).to.deep.equal([]);
    expect([...probe.violations, ...probe.errors].join('\n')).to.equal('');
    expect(win.performance.getEntriesByType('resource').length).to.equal(2);
  });

  it('shows the explainer’s contacts from the URL too, in its what-to-do section', async () => {
    const { element } = await openEmbed(
      `element=indicator-explainer&lang=es&contact1-href=${encodeURIComponent('sms:+15555550100')}&contact1-name=Consejera`,
    );
    expect(element.querySelectorAll(':scope > a[slot="local-contact"]').length).to.equal(1);
    await until(() => visibleText(element).includes('Consejera'), 'the explainer shows the contact');
    expect(shadowLinks(element).map((link) => link.getAttribute('href'))).to.include('sms:+15555550100');
  });

  it('opens its links in the reader’s page, not inside the frame', async () => {
    const { doc } = await openEmbed('element=hotline-banner');
    expect(doc.querySelector('base')?.getAttribute('target')).to.equal('_top');
  });

  it('keeps the height written in the snippet without the helper, and scrolls inside it', async () => {
    const frame = document.createElement('iframe');
    const heights = collectHeights(frame);
    frame.src = embedUrl('element=hotline-banner');
    frame.setAttribute('height', '200');
    frame.style.cssText = 'width: 600px; border: 0';
    document.body.append(frame);
    await until(() => heights.length > 0, 'a height message');
    await sleep(100);
    expect(frame.getBoundingClientRect().height).to.equal(200);
    const scroller = frame.contentDocument!.scrollingElement!;
    expect(scroller.scrollHeight).to.be.greaterThan(200);
    scroller.scrollTop = 100;
    expect(scroller.scrollTop).to.equal(100);
  });

  it('tells the page around it how tall it is, and again when that changes', async () => {
    const frame = document.createElement('iframe');
    const heights = collectHeights(frame);
    frame.src = embedUrl('element=indicator-explainer&set=warning-signs');
    frame.style.cssText = 'width: 600px; height: 300px; border: 0';
    document.body.append(frame);
    await until(() => heights.length > 0, 'a height message');
    const main = frame.contentDocument!.querySelector('main')!;
    await until(
      () => heights.at(-1) === Math.ceil(main.getBoundingClientRect().height),
      'the last message has the height of the content',
    );
    expect(heights.at(-1)).to.be.greaterThan(40);
    const closed = heights.at(-1)!;
    main.firstElementChild!.setAttribute('open', '');
    await until(() => heights.at(-1) !== closed, 'a new height after the content grew');
    expect(heights.at(-1)).to.equal(Math.ceil(main.getBoundingClientRect().height));
  });
});

describe('the embed helper (dist/embed-helper.js)', function () {
  this.timeout(20000);
  before(async () => {
    const script = document.createElement('script');
    script.src = '/dist/embed-helper.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  function frameFor(query: string, height = '100') {
    const frame = document.createElement('iframe');
    frame.src = `/dist/embed.html?${query}`;
    frame.setAttribute('height', height);
    frame.title = 'Where to get help';
    frame.style.cssText = 'display: block; width: 600px; border: 0';
    document.body.append(frame);
    return frame;
  }
  const contentHeight = (frame: HTMLIFrameElement) =>
    Math.ceil(frame.contentDocument?.querySelector('main')?.getBoundingClientRect().height ?? -1);

  const sized = (frame: HTMLIFrameElement) =>
    until(
      () => contentHeight(frame) > 0 && frame.style.height === `${contentHeight(frame)}px`,
      `${frame.src} sized to its content`,
    );

  it('sizes each frame to the height its own page reports', async () => {
    const banner = frameFor('element=hotline-banner');
    const card = frameFor('element=fact-card&variant=compact');
    await sized(banner);
    await sized(card);
    expect(banner.style.height).to.not.equal(card.style.height);
    expect(banner.getBoundingClientRect().height).to.equal(contentHeight(banner));
  });

  it('ignores the message when it does not come from the frame itself', async () => {
    const frame = frameFor('element=hotline-banner');
    await sized(frame);
    const height = frame.style.height;
    window.postMessage({ type: EMBED_HEIGHT_MESSAGE, height: 7 }, '*');
    // A same-origin page that is not the embed page, in a frame of its own, says the same thing.
    const other = await openFrame('/__aw/host?examples=none', 10, 10);
    other.contentWindow!.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height: 9 }, '*');
    await sleep(200);
    expect(frame.style.height).to.equal(height);
    expect(other.style.height).to.equal('10px');
  });

  it('ignores messages of another shape', async () => {
    const frame = frameFor('element=hotline-banner', '123');
    await sized(frame);
    const height = frame.style.height;
    for (const data of [
      { type: EMBED_HEIGHT_MESSAGE, height: '5' },
      { type: 'other', height: 5 },
      'aw-embed-height',
    ]) {
      frame.contentWindow!.postMessage('noop', '*');
      window.dispatchEvent(
        new MessageEvent('message', { data, source: frame.contentWindow, origin: location.origin }),
      );
    }
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { type: EMBED_HEIGHT_MESSAGE, height: 11 },
        source: frame.contentWindow,
        origin: 'https://elsewhere.example',
      }),
    );
    await sleep(100);
    expect(frame.style.height).to.equal(height);
  });
});

describe('building the embedded element from the URL', () => {
  let warnings: string[];
  let originalWarn: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = originalWarn;
  });
  const ours = () => warnings.filter((line) => line.includes('[awareness-widgets]'));

  it('warns once about an unknown element and builds the hotline banner', () => {
    const element = createEmbeddedElement('?element=marquee-of-doom');
    expect(element.localName).to.equal('aw-hotline-banner');
    expect(ours().length).to.equal(1);
    expect(ours()[0]).to.contain('marquee-of-doom');
  });

  it('warns about each unknown attribute and leaves it off', () => {
    const element = createEmbeddedElement('?element=fact-card&topic=scale&onmouseover=x&srcdoc=y');
    expect(element.getAttributeNames()).to.deep.equal(['topic']);
    expect(ours().length).to.equal(2);
  });

  it('accepts the tag name with its aw- prefix, in any case', () => {
    expect(createEmbeddedElement('?element=AW-Indicator-Explainer').localName).to.equal(
      'aw-indicator-explainer',
    );
    expect(ours()).to.deep.equal([]);
  });

  it('adds contacts only to the banner and the explainer, and warns about them elsewhere', () => {
    const card = createEmbeddedElement('?element=fact-card&contact1-href=tel:+15555550100&contact1-name=A');
    expect(card.children.length).to.equal(0);
    expect(card.getAttributeNames()).to.deep.equal([]);
    expect(ours().length).to.equal(2);
    const banner = createEmbeddedElement(
      '?element=hotline-banner&contact1-href=tel:+15555550100&contact1-name=A',
    );
    expect(banner.children.length).to.equal(1);
    expect(banner.getAttributeNames()).to.deep.equal([]);
  });

  it('refuses each contact link that is not tel:, sms:, mailto: or http(s) written in full, with one warning each', () => {
    const refused = [
      'javascript:alert(1)',
      'data:text/html,x',
      '/help',
      'help.html',
      'tel:',
      'ftp://example.org/',
    ];
    const query = new URLSearchParams({ element: 'indicator-explainer' });
    refused.forEach((href, index) => {
      if (index < MAX_LOCAL_CONTACTS) query.set(`contact${index + 1}-href`, href);
    });
    const element = createEmbeddedElement(`?${query}`);
    expect(element.querySelectorAll('a').length).to.equal(0);
    expect(ours().length).to.equal(MAX_LOCAL_CONTACTS);
    for (const href of refused.slice(MAX_LOCAL_CONTACTS)) {
      warnings.length = 0;
      const one = createEmbeddedElement(`?element=hotline-banner&contact1-href=${encodeURIComponent(href)}`);
      expect(one.querySelectorAll('a').length, href).to.equal(0);
      expect(ours().length, href).to.equal(1);
    }
  });

  it('accepts each safe contact kind and keeps names and details as text', () => {
    const query = new URLSearchParams({
      element: 'hotline-banner',
      'contact1-href': 'sms:+15555550100',
      'contact2-href': 'mailto:help@example.org',
      'contact2-name': '<b>Help</b>',
      'contact2-detail': '<i>weekdays</i>',
      'contact3-href': 'http://example.org/help',
    });
    const element = createEmbeddedElement(`?${query}`);
    const links = [...element.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'sms:+15555550100',
      'mailto:help@example.org',
      'http://example.org/help',
    ]);
    // A contact without a name shows its number or address.
    expect(links[0].textContent).to.equal('+15555550100');
    expect(links[1].textContent).to.equal('<b>Help</b>');
    expect(links[1].children.length).to.equal(0);
    expect(links[1].dataset.detail).to.equal('<i>weekdays</i>');
    expect(ours()).to.deep.equal([]);
  });

  it('reads open=false as closed, and a bare open as open', () => {
    expect(createEmbeddedElement('?element=indicator-explainer&open=false').hasAttribute('open')).to.equal(
      false,
    );
    expect(createEmbeddedElement('?element=indicator-explainer&open').hasAttribute('open')).to.equal(true);
  });

  it('lists only attributes that the elements really have', () => {
    for (const [name, { attributes, booleans }] of Object.entries(EMBEDDABLE)) {
      const observed = (customElements.get(`aw-${name}`) as unknown as { observedAttributes: string[] })
        .observedAttributes;
      for (const attribute of attributes.filter((each) => each !== 'lang')) {
        expect(observed, `<aw-${name}> ${attribute}`).to.include(attribute);
      }
      for (const attribute of booleans) expect(attributes).to.include(attribute);
    }
  });
});
