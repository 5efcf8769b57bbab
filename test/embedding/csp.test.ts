/**
 * Under a strict Content Security Policy sent as a response header (no inline script or style, no eval) and with
 * Trusted Types required for script sinks, the drop-in file runs, renders every element and causes no violation.
 */
import { expect } from '@open-wc/testing';
import { openHostPage, visibleText, whenUpgraded } from './harness.js';

const POLICIES = [
  {
    csp: 'strict' as const,
    name: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  },
  { csp: 'strict-named-policies' as const, name: "the same, plus 'trusted-types lit-html'" },
];
const WAYS = [['end-classic'], ['head-defer'], ['end-module'], ['head-classic', 'end-classic']];

describe('under a strict Content Security Policy', function () {
  this.timeout(30000);

  it('the host page really enforces the policy (an inline script is blocked and reported)', async () => {
    const page = await openHostPage({ csp: 'strict', scripts: ['end-classic'], examples: 'none' });
    try {
      const inline = page.document.createElement('script');
      inline.textContent = 'window.__awCanary("inline script ran")';
      page.document.body.append(inline);
      const style = page.document.createElement('style');
      style.textContent = 'body { color: red }';
      page.document.head.append(style);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(Array.from(page.probe.canary)).to.deep.equal([]);
      expect(page.probe.violations.length).to.be.greaterThan(0);
    } catch (error) {
      // Trusted Types refuses a plain string for a script's text before CSP even sees it: enforced as well.
      expect(String(error)).to.match(/Trusted ?Script|Trusted Type|Sink type mismatch/i);
    } finally {
      page.close();
    }
  });

  for (const policy of POLICIES) {
    for (const scripts of WAYS) {
      it(`renders every element with no violation (${policy.name}; ${scripts.join(' + ')})`, async () => {
        const page = await openHostPage({ csp: policy.csp, scripts });
        try {
          await whenUpgraded(page);
          expect(page.elements().length).to.be.greaterThan(0);
          for (const element of page.elements()) {
            expect(visibleText(element), element.localName).to.not.equal('');
            // Styles applied: the shadow root's root box has the theme's own colours, not the browser's defaults.
            const base =
              element.shadowRoot!.querySelector('[part~="base"]') ?? element.shadowRoot!.firstElementChild!;
            expect(page.window.getComputedStyle(base).lineHeight, element.localName).to.not.equal('normal');
          }
          const problems = [...page.probe.violations, ...page.probe.errors];
          expect(problems.join('\n'), 'violations and errors').to.equal('');
        } finally {
          page.close();
        }
      });
    }
  }
});
