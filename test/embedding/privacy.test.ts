/**
 * A page with every README example makes no request other than the script, sets no cookie and leaves storage
 * alone, unless a banner has `remember` and the reader dismisses it.
 */
import { expect } from '@open-wc/testing';
import { openHostPage, requestsOf, sleep, whenUpgraded, writtenResources, type HostPage } from './harness.js';

/** Clicks every button and summary the elements render (except ones that leave the page), to use them a little. */
function useEverything(page: HostPage) {
  for (const element of page.elements()) {
    if (element.localName === 'aw-quick-exit') continue;
    const controls = element.shadowRoot!.querySelectorAll<HTMLElement>('summary, button');
    controls.forEach((control) => {
      if (/exit|leave|salir/i.test(control.textContent ?? '') || control.closest('[part~="quick-exit"]'))
        return;
      control.click();
    });
  }
}

describe('privacy on the host page', function () {
  this.timeout(30000);

  describe('with every README example but no remember', () => {
    let page: HostPage;
    before(async () => {
      page = await openHostPage({ scripts: ['end-classic'], examples: 'all', without: 'remember' });
      expect(page.elements().some((element) => element.hasAttribute('remember'))).to.equal(false);
      expect(page.elements().some((element) => element.hasAttribute('dismissible'))).to.equal(true);
      await whenUpgraded(page);
      useEverything(page);
      await sleep(300);
    });
    after(() => page.close());

    it('makes no request other than the scripts the page wrote (the drop-in file and its locale files)', () => {
      expect(requestsOf(page).sort()).to.deep.equal(writtenResources(page).sort());
      expect(requestsOf(page)).to.include.members(['/dist/awareness-widgets.js', '/dist/locales/es.js']);
      expect(Array.from(page.probe.network)).to.deep.equal([]);
      expect(Array.from(page.probe.resourceErrors)).to.deep.equal([]);
    });

    it('asks for no locale file the page did not write, even with French and Spanish widgets', async () => {
      const english = await openHostPage({
        scripts: ['end-classic'],
        examples: 'all',
        without: 'remember',
        locales: 'none',
      });
      try {
        const french = english.document.createElement('aw-hotline-banner');
        french.setAttribute('lang', 'fr-CA');
        english.document.body.append(french);
        await whenUpgraded(english);
        await sleep(300);
        expect(requestsOf(english).sort()).to.deep.equal([
          '/dist/awareness-widgets.js',
          '/test/embedding/fixtures/probe.js',
        ]);
        expect(french.shadowRoot!.textContent, 'English until the page adds the French file').to.contain(
          'Get help',
        );
      } finally {
        english.close();
      }
    });

    it('sets no cookie', () => {
      expect(Array.from(page.probe.cookieWrites)).to.deep.equal([]);
      expect(page.document.cookie).to.equal('');
    });

    it('never touches localStorage or sessionStorage', () => {
      expect(Array.from(page.probe.storage)).to.deep.equal([]);
    });
  });

  describe('with a dismissible banner that has remember', () => {
    it('uses localStorage only once the reader dismisses it (so the probe above really sees storage)', async () => {
      const page = await openHostPage({ scripts: ['end-classic'], examples: 'none' });
      try {
        const banner = page.document.createElement('aw-hotline-banner');
        banner.setAttribute('dismissible', '');
        banner.setAttribute('remember', '30');
        page.document.body.append(banner);
        await whenUpgraded(page);
        const dismiss = Array.from(banner.shadowRoot!.querySelectorAll<HTMLElement>('button')).find(
          (button) =>
            button.classList.contains('dismiss') || (button.getAttribute('part') ?? '').includes('dismiss'),
        );
        expect(dismiss, 'the dismiss button').to.not.equal(undefined);
        dismiss!.click();
        await sleep(50);
        expect(page.probe.storage.length).to.be.greaterThan(0);
        expect(page.document.cookie).to.equal('');
        expect(requestsOf(page).sort()).to.deep.equal(writtenResources(page).sort());
      } finally {
        page.window.localStorage.clear();
        page.close();
      }
    });
  });
});
