/**
 * The drop-in file on pages styled by real CSS frameworks and resets, and by a deliberately hostile stylesheet:
 * every element keeps its own styles, its links and its contrast, whatever the host page does.
 */
import { expect } from '@open-wc/testing';
import {
  axeViolations,
  contactLinks,
  openHostPage,
  shadowElements,
  shadowLinks,
  visibleText,
  whenUpgraded,
  type HostPage,
} from './harness.js';

/** What the elements must decide for themselves, whatever the page around them sets. */
const OWN_PROPERTIES = [
  'font-size',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'font-weight',
  'font-style',
  'white-space',
  'text-align',
  'color',
  'background-color',
  'box-sizing',
  'visibility',
] as const;

const HOST_PAGES: { name: string; css: string[] }[] = [
  { name: 'Bootstrap 5.3', css: ['bootstrap'] },
  { name: 'modern-normalize 3', css: ['modern-normalize'] },
  { name: "Tailwind CSS 4's preflight", css: ['tailwind-preflight'] },
  { name: 'the new CSS reset (all: unset on everything)', css: ['new-css-reset'] },
  { name: 'a hostile stylesheet', css: ['hostile'] },
];

interface Snapshot {
  text: string;
  hrefs: string[];
  styles: string[];
}

function snapshot(page: HostPage, element: HTMLElement): Snapshot {
  const styles = shadowElements(element.shadowRoot)
    .filter((node) => !['style', 'slot', 'template'].includes(node.localName))
    .map((node) => {
      const computed = page.window.getComputedStyle(node);
      const values = OWN_PROPERTIES.map((name) => `${name}: ${computed.getPropertyValue(name)}`).join('; ');
      return `<${node.localName}${node.className ? ` class="${node.getAttribute('class')}"` : ''}> ${values}`;
    });
  return {
    text: visibleText(element),
    hrefs: shadowLinks(element).map((link) => link.href),
    styles,
  };
}

function parseStyles(line: string): { node: string; values: Map<string, string> } {
  const end = line.indexOf('> ');
  const values = new Map<string, string>();
  for (const pair of line.slice(end + 2).split('; ')) {
    const colon = pair.indexOf(': ');
    if (colon > 0) values.set(pair.slice(0, colon), pair.slice(colon + 2));
  }
  return { node: line.slice(0, end + 1), values };
}

function exampleId(element: Element): string {
  return element.closest('[data-example-id]')?.getAttribute('data-example-id') ?? element.localName;
}

describe('on pages styled by real CSS frameworks and a hostile stylesheet', function () {
  this.timeout(60000);
  const baseline = new Map<string, Snapshot>();

  before(async () => {
    const page = await openHostPage({ scripts: ['end-classic'] });
    await whenUpgraded(page);
    page
      .elements()
      .forEach((element, index) => baseline.set(`${index} ${exampleId(element)}`, snapshot(page, element)));
    page.close();
  });

  for (const host of HOST_PAGES) {
    describe(`on a page with ${host.name}`, () => {
      let page: HostPage;
      before(async () => {
        page = await openHostPage({ css: host.css, scripts: ['end-classic'], axe: true });
        await whenUpgraded(page);
      });
      after(() => page.close());

      it('upgrades every element without an error', () => {
        expect(page.elements().length).to.equal(baseline.size);
        for (const element of page.elements()) {
          expect(element.shadowRoot, element.localName).to.not.equal(null);
          expect(visibleText(element), exampleId(element)).to.not.equal('');
        }
        expect(Array.from(page.probe.errors)).to.deep.equal([]);
      });

      it('shows the same words and links as on a plain page', () => {
        page.elements().forEach((element, index) => {
          const expected = baseline.get(`${index} ${exampleId(element)}`)!;
          const actual = snapshot(page, element);
          expect(actual.text, exampleId(element)).to.equal(expected.text);
          expect(actual.hrefs, exampleId(element)).to.deep.equal(expected.hrefs);
        });
      });

      it("keeps the element's own text styles inside the shadow root", () => {
        // Grouped by property and change, so a failure reads as a short list of what leaked in.
        const differences = new Map<string, Set<string>>();
        page.elements().forEach((element, index) => {
          const expected = baseline.get(`${index} ${exampleId(element)}`)!.styles;
          snapshot(page, element).styles.forEach((line, at) => {
            const before = parseStyles(expected[at] ?? '');
            const after = parseStyles(line);
            for (const [name, value] of after.values) {
              if (before.values.get(name) === value) continue;
              const key = `${name}: ${before.values.get(name)} -> ${value}`;
              if (!differences.has(key)) differences.set(key, new Set());
              differences.get(key)!.add(`${element.localName}#${exampleId(element)} ${after.node}`);
            }
          });
        });
        // One example node per element, so the report names every element that is affected.
        const perTag = (where: Set<string>) => {
          const first = new Map<string, string>();
          for (const node of where) first.set(node.split('#')[0], first.get(node.split('#')[0]) ?? node);
          return [...first.values()].join(', ');
        };
        const report = [...differences].map(
          ([change, where]) => `${change} (${where.size} nodes: ${perTag(where)})`,
        );
        expect(report.join('\n'), 'computed styles that differ from the plain page').to.equal('');
      });

      it('keeps its layout: nothing collapsed, nothing wider than the page', () => {
        const width = page.document.documentElement.clientWidth;
        const problems: string[] = [];
        for (const element of page.elements()) {
          const base =
            element.shadowRoot!.querySelector('[part~="base"]') ?? element.shadowRoot!.firstElementChild;
          const box = base?.getBoundingClientRect();
          // A dismissed or fixed element may sit outside the flow; every one still has a visible box of its own.
          if (!box || box.height < 10 || box.width < 40) {
            problems.push(`${exampleId(element)}: ${box?.width}x${box?.height}`);
          }
          for (const node of shadowElements(element.shadowRoot)) {
            const rect = node.getBoundingClientRect();
            if (rect.width > width + 1)
              problems.push(`${exampleId(element)} <${node.localName}> is ${rect.width}px wide`);
          }
        }
        expect(problems.join('\n')).to.equal('');
      });

      it('keeps contact links at least 44 by 44 CSS pixels', async () => {
        // A fixed banner starts as a compact bar that hides its other links by design: open it to measure them all.
        const opened = page
          .elements()
          .map((element) =>
            element.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle"][aria-expanded="false"]'),
          )
          .filter((toggle): toggle is HTMLButtonElement => !!toggle);
        opened.forEach((toggle) => toggle.click());
        await Promise.all(
          page
            .elements()
            .map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete),
        );
        const small: string[] = [];
        let count = 0;
        for (const element of page.elements()) {
          for (const link of contactLinks(element)) {
            count += 1;
            const box = link.getBoundingClientRect();
            if (box.width < 44 || box.height < 44) {
              small.push(`${exampleId(element)} ${link.getAttribute('href')}: ${box.width}x${box.height}`);
            }
          }
        }
        opened.forEach((toggle) => toggle.click());
        expect(count, 'contact links found').to.be.greaterThan(0);
        expect(small).to.deep.equal([]);
      });

      it('passes axe (WCAG 2.2 AA, contrast included) on every element', async () => {
        expect(await axeViolations(page, page.elements())).to.deep.equal([]);
      });
    });
  }
});
