/**
 * However a site includes the drop-in file (classic, defer, async, module; in the head or after the elements; twice)
 * and whenever its elements appear, every element upgrades and nothing throws.
 */
import { expect } from '@open-wc/testing';
import { TAGS, openHostPage, visibleText, whenUpgraded, type HostPage } from './harness.js';

const WAYS: { name: string; scripts: string[] }[] = [
  { name: 'a classic script in the head, before the elements', scripts: ['head-classic'] },
  { name: 'a classic script after the elements', scripts: ['end-classic'] },
  { name: 'a deferred script in the head', scripts: ['head-defer'] },
  { name: 'an async script in the head', scripts: ['head-async'] },
  { name: 'an async script after the elements', scripts: ['end-async'] },
  { name: 'a module script in the head', scripts: ['head-module'] },
  { name: 'a module script after the elements', scripts: ['end-module'] },
  { name: 'the same classic script twice', scripts: ['head-classic', 'end-classic'] },
  { name: 'the script as a module and as a deferred classic script', scripts: ['head-module', 'head-defer'] },
  { name: 'the script async and again at the end', scripts: ['head-async', 'end-classic'] },
];

function expectUpgraded(page: HostPage) {
  expect(page.elements().length).to.be.greaterThan(0);
  for (const element of page.elements()) {
    expect(page.window.customElements.get(element.localName), element.localName).to.not.equal(undefined);
    expect(visibleText(element), element.outerHTML.slice(0, 80)).to.not.equal('');
  }
}

describe('loading the drop-in file', function () {
  this.timeout(30000);

  for (const way of WAYS) {
    it(`upgrades every element with ${way.name}, with no error`, async () => {
      const page = await openHostPage({ scripts: way.scripts });
      try {
        await whenUpgraded(page);
        expectUpgraded(page);
        expect(Array.from(page.probe.errors)).to.deep.equal([]);
        expect(Array.from(page.probe.resourceErrors)).to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  }

  it("upgrades elements that the host's own script adds later", async () => {
    const page = await openHostPage({ scripts: ['end-classic'] });
    try {
      await whenUpgraded(page);
      const added = TAGS.map((tag) => {
        const element = page.document.createElement(tag);
        page.document.querySelector('main')!.append(element);
        return element;
      });
      // One more, created before it is attached and given an attribute first, as frameworks do.
      const banner = page.document.createElement('aw-hotline-banner');
      banner.setAttribute('lang', 'es');
      page.document.body.append(banner);
      await whenUpgraded(page);
      for (const element of [...added, banner]) {
        expect(visibleText(element), element.localName).to.not.equal('');
      }
      expect(banner.shadowRoot!.querySelector('[lang], *')).to.not.equal(null);
      expect(Array.from(page.probe.errors)).to.deep.equal([]);
    } finally {
      page.close();
    }
  });

  it('upgrades elements added before the script, while it is still loading (async)', async () => {
    const page = await openHostPage({ scripts: ['head-async'], examples: 'none' });
    try {
      const element = page.document.createElement('aw-quick-exit');
      page.document.body.append(element);
      await whenUpgraded(page);
      expect(visibleText(element)).to.not.equal('');
      expect(Array.from(page.probe.errors)).to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});
