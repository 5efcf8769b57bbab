/**
 * When the script is blocked or fails, each README example's light-DOM fallback is what a person reads: it must be
 * visible, readable and its links must work. Nothing may hide it with `:not(:defined)`.
 */
import { expect } from '@open-wc/testing';
import { axeViolations, loadExamples, openHostPage, type GalleryExample, type HostPage } from './harness.js';

const SAFE_SCHEMES = ['http:', 'https:', 'tel:', 'sms:', 'mailto:'];

describe('with the script blocked', function () {
  this.timeout(30000);
  let examples: GalleryExample[];
  before(async () => {
    examples = (await loadExamples()).filter((example) => !example.testOnly);
  });

  it('the README examples hide nothing with :not(:defined)', () => {
    expect(examples.length).to.be.greaterThan(3);
    for (const example of examples) expect(example.html, example.id).to.not.contain(':defined');
  });

  for (const css of [[], ['bootstrap'], ['tailwind-preflight']]) {
    describe(css.length ? `on a page with ${css.join(', ')}` : 'on a plain page', () => {
      let page: HostPage;
      before(async () => {
        page = await openHostPage({ css, axe: true });
      });
      after(() => page.close());

      it('leaves every element undefined (the script really is absent)', () => {
        expect(page.elements().length).to.equal(examples.length);
        for (const element of page.elements()) {
          expect(page.window.customElements.get(element.localName)).to.equal(undefined);
          expect(element.shadowRoot).to.equal(null);
        }
      });

      it('shows the fallback text of every example, on screen', () => {
        for (const element of page.elements()) {
          const id =
            element.closest('[data-example-id]')!.getAttribute('data-example-id') ?? element.localName;
          const box = element.getBoundingClientRect();
          const style = page.window.getComputedStyle(element);
          expect(element.innerText.trim(), `${id}: fallback text`).to.not.equal('');
          expect(box.height, `${id}: height`).to.be.greaterThan(0);
          expect(style.display, id).to.not.equal('none');
          expect(style.visibility, id).to.equal('visible');
          expect(Number(style.opacity), id).to.equal(1);
        }
      });

      it('keeps the fallback links working: a safe address, visible, and large enough to tap', () => {
        let count = 0;
        for (const element of page.elements()) {
          for (const link of Array.from(element.querySelectorAll('a'))) {
            count += 1;
            const label = `${link.textContent?.trim()} (${link.getAttribute('href')})`;
            expect(link.hasAttribute('href'), label).to.equal(true);
            expect(SAFE_SCHEMES, label).to.include(new URL(link.href).protocol);
            const box = link.getBoundingClientRect();
            expect(box.width * box.height, label).to.be.greaterThan(0);
            // Inline links in a sentence are exempt from the 24 px target size; they need only be there and clear.
            expect(page.window.getComputedStyle(link).pointerEvents, label).to.not.equal('none');
          }
        }
        expect(count, 'links in the fallback').to.be.greaterThan(0);
      });

      it('passes axe (WCAG 2.2 AA, contrast included) on the fallback', async () => {
        expect((await axeViolations(page, page.elements())).join('\n')).to.equal('');
      });
    });
  }
});
