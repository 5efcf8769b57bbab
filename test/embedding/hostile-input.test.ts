/**
 * Every attribute of every element, set to each string of the Big List of Naughty Strings (the
 * `big-list-of-naughty-strings` package) and to script payloads of our own: nothing throws, nothing runs, nothing
 * loads, and each element still shows sensible content. Many strings share one page, one batch per attribute.
 */
import { expect } from '@open-wc/testing';
import {
  TAGS,
  openHostPage,
  requestsOf,
  writtenResources,
  shadowElements,
  shadowLinks,
  sleep,
  until,
  visibleText,
  whenUpgraded,
  type HostPage,
  type Tag,
} from './harness.js';

/** Payloads that call the page's canary if they are ever run as script or markup (no spaces in unquoted handlers). */
const PAYLOADS = [
  '<script>__awCanary("script element")</script>',
  '<img src=x onerror=__awCanary("img-onerror")>',
  '"><img src=x onerror=__awCanary("attribute-break-out")>',
  "'><svg onload=__awCanary('svg-onload')>",
  '<iframe srcdoc="<script>parent.__awCanary(1)</script>"></iframe>',
  '<a href="javascript:__awCanary(2)">x</a>',
  'javascript:__awCanary("javascript url")',
  ' JaVaScRiPt:__awCanary("mixed case javascript url")',
  'java\tscript:__awCanary("tab in scheme")',
  'data:text/html,<script>__awCanary("data url")</script>',
  'vbscript:__awCanary("vbscript")',
  '${__awCanary("template literal")}',
  '{{constructor.constructor("__awCanary(3)")()}}',
  '<style>*{display:none !important}</style>',
  '<slot></slot>',
  '',
  '   ',
  '\u202eevil right-to-left override',
  'x'.repeat(100_000),
];

const DANGEROUS_ELEMENTS = 'script, iframe, object, embed, img, frame, base, meta, link';

interface Totals {
  strings: number;
  elements: number;
  attributes: string[];
}
const totals = new Map<Tag, Totals>();

describe('hostile attribute values (Big List of Naughty Strings)', function () {
  this.timeout(180000);
  let strings: string[];
  let page: HostPage;
  let warnings = 0;

  before(async () => {
    const corpus = (await (
      await fetch('/node_modules/big-list-of-naughty-strings/blns.json')
    ).json()) as string[];
    strings = [...new Set([...corpus, ...PAYLOADS])];
    page = await openHostPage({ scripts: ['end-classic'], examples: 'none' });
    await whenUpgraded(page);
    // Thousands of one-line warnings are the expected answer to bad input; count them instead of printing them.
    page.window.console.warn = () => {
      warnings += 1;
    };
  });
  after(() => {
    page.close();
    console.log(
      `hostile input: ${strings.length} strings (blns + ${PAYLOADS.length} payloads); ${[...totals]
        .map(([tag, each]) => `${tag}: ${each.elements} elements over ${each.attributes.join(', ')}`)
        .join('; ')}; ${warnings} warnings`,
    );
  });

  /** Renders one element per string with `set` applied, and returns what went wrong with any of them. */
  async function batch(tag: Tag, set: (element: HTMLElement, value: string) => void): Promise<string[]> {
    const problems: string[] = [];
    const container = page.document.createElement('div');
    page.document.body.append(container);
    const elements = strings.map((value, index) => {
      const element = page.document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      try {
        set(element, value);
      } catch (error) {
        problems.push(`string #${index}: setting it threw ${error}`);
      }
      container.append(element);
      return element;
    });
    await Promise.all(
      elements.map((element, index) =>
        element.updateComplete.catch((error) => problems.push(`string #${index}: render failed: ${error}`)),
      ),
    );
    await sleep(20); // let any injected image fail and fire its handler
    elements.forEach((element, index) => {
      const label = `string #${index} ${JSON.stringify(strings[index].slice(0, 40))}`;
      if (visibleText(element) === '') problems.push(`${label}: the element shows nothing`);
      const dangerous = shadowElements(element.shadowRoot).filter((node) => node.matches(DANGEROUS_ELEMENTS));
      if (dangerous.length) problems.push(`${label}: rendered <${dangerous[0].localName}>`);
      for (const link of shadowLinks(element)) {
        if (!/^(https?|tel|sms|mailto):$/.test(new URL(link.href).protocol)) {
          problems.push(`${label}: a link to ${link.href.slice(0, 60)}`);
        }
      }
    });
    container.remove();
    problems.push(...page.probe.errors.splice(0).map((error) => `uncaught: ${error}`));
    problems.push(...page.probe.canary.splice(0).map((call) => `SCRIPT RAN: ${call}`));
    problems.push(...page.probe.network.splice(0).map((call) => `network: ${call}`));
    problems.push(...page.probe.resourceErrors.splice(0).map((load) => `load: ${load}`));
    const extra = requestsOf(page).filter((path) => !writtenResources(page).includes(path));
    if (extra.length) problems.push(`requests the page did not write: ${extra.join(', ')}`);
    return problems.slice(0, 20);
  }

  for (const tag of TAGS) {
    it(`<${tag}>: each attribute set to each hostile string shows a fallback, runs nothing and throws nothing`, async () => {
      const observed = (page.window.customElements.get(tag) as unknown as { observedAttributes: string[] })
        .observedAttributes;
      const attributes = [...new Set([...observed, 'lang', 'dir', 'id'])];
      expect(attributes.length).to.be.greaterThan(3);
      const problems: string[] = [];
      for (const attribute of attributes) {
        const found = await batch(tag, (element, value) => element.setAttribute(attribute, value));
        problems.push(...found.map((problem) => `${attribute}: ${problem}`));
      }
      // And every attribute at once, as a copy-paste accident might.
      const all = await batch(tag, (element, value) =>
        attributes.forEach((name) => element.setAttribute(name, value)),
      );
      problems.push(...all.map((problem) => `all attributes: ${problem}`));
      totals.set(tag, {
        strings: strings.length,
        elements: strings.length * (attributes.length + 1),
        attributes,
      });
      expect(problems.join('\n')).to.equal('');
    });
  }

  it('the canary works: markup that is parsed as HTML does call it', async () => {
    const div = page.document.createElement('div');
    page.document.body.append(div);
    div.innerHTML = PAYLOADS[1]; // the host page itself has no policy: the image's handler runs
    // The broken image's error event comes when the browser gets to it (later in Firefox on a busy machine).
    await until(() => page.probe.canary.length > 0, 'the canary was called').catch(() => undefined);
    expect(page.probe.canary.splice(0)).to.deep.equal(['img-onerror']);
    expect(page.probe.errors.splice(0)).to.deep.equal([]);
    page.probe.resourceErrors.splice(0);
    div.remove();
  });
});
