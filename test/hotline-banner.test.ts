import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import './helpers/all-locales.js';
import { mount, unmountAll } from './helpers/mount.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { resetPageDefaults } from '../src/core/page-defaults.js';
import { en } from '../src/content/locales/en/index.js';
import { es } from '../src/content/locales/es/index.js';
import { dismissalKey } from '../src/elements/hotline-banner/dismissal.js';
import { hotlineBannerExamples } from '../src/elements/hotline-banner/hotline-banner.examples.js';
import type { ContactDetail, DismissDetail } from '../src/elements/hotline-banner/hotline-banner.js';
import { setExitNavigation } from '../src/elements/quick-exit/exit-registry.js';
import { DEFAULT_EXIT_URL, type ExitDetail } from '../src/elements/quick-exit/quick-exit.js';
import '../src/hotline-banner.js';
import '../src/quick-exit.js';
import type { HotlineBannerElement } from '../src/hotline-banner.js';
import type { QuickExitElement } from '../src/quick-exit.js';
import { watchWarnings } from './helpers/warnings.js';
import { until } from './helpers/wait.js';
import {
  buttonsOf,
  hrefsOf,
  isShown,
  partOf,
  partsOf,
  shadowOf,
  shadowTextOf,
  statusOf,
  textOf,
} from './helpers/element.js';

/** Set by tests that need the page's own content around the banner. */
let withPageAround = false;

async function banner(template: ReturnType<typeof html>): Promise<HotlineBannerElement> {
  if (withPageAround) {
    const page = await fixture(
      html`<div>
        <p>The page’s own content.</p>
        ${template}
        <p>The page’s own content.</p>
      </div>`,
    );
    const placed = page.querySelector<HotlineBannerElement>('aw-hotline-banner')!;
    await placed.updateComplete;
    return placed;
  }
  const el = await fixture<HotlineBannerElement>(template);
  await el.updateComplete;
  return el;
}

const links = (el: HotlineBannerElement) => partsOf<HTMLAnchorElement>(el, 'contact-link');
const hrefs = (el: HotlineBannerElement) => hrefsOf(links(el));
const order = (el: HotlineBannerElement) =>
  [...shadowOf(el).querySelectorAll('[data-hotline]')].map((each) => each.getAttribute('data-hotline'));
const linkText = (el: HotlineBannerElement, href: string) =>
  textOf(links(el).find((link) => link.getAttribute('href') === href));

/** Spies on every storage call, so a test can prove the library did not touch storage. */
function watchStorage(throwing = false) {
  const calls: string[] = [];
  const proto = Storage.prototype;
  const originals = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
  for (const name of ['getItem', 'setItem', 'removeItem'] as const) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (proto as any)[name] = function (this: Storage, ...args: unknown[]) {
      calls.push(name);
      if (throwing) throw new DOMException('The operation is insecure.', 'SecurityError');
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (originals[name] as any).apply(this, args);
    };
  }
  return {
    calls,
    restore: () => Object.assign(proto, originals),
  };
}

describe('<aw-hotline-banner>', () => {
  before(() => setExitNavigation(() => {}));
  after(() => setExitNavigation());
  afterEach(() => {
    unmountAll();
    document.querySelectorAll('script[data-awareness-widgets]').forEach((script) => script.remove());
    resetPageDefaults();
    localStorage.removeItem(dismissalKey());
    localStorage.removeItem(dismissalKey('site-help'));
  });

  describe('numbers per region and audience', () => {
    it('shows the U.S. hotlines by default: call and text, NCMEC, the CyberTipline and 911', async () => {
      const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
      expect(hrefs(el)).to.deep.equal([
        'tel:+18883737888',
        'sms:233733',
        'https://humantraffickinghotline.org/',
        'tel:711',
        'tel:+18008435678',
        'https://report.cybertip.org/',
        'tel:911',
      ]);
      expect(order(el)).to.deep.equal([
        'national-human-trafficking-hotline',
        'ncmec',
        'cybertipline',
        'us-emergency',
      ]);
    });

    it('shows every number in full next to what to do', async () => {
      const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
      expect(linkText(el, 'tel:+18883737888')).to.equal('Call 1-888-373-7888');
      expect(linkText(el, 'sms:233733')).to.equal('Text HELP to 233733');
      expect(linkText(el, 'tel:911')).to.equal('In an emergency, call 911');
      expect(shadowTextOf(el)).to.include('National Human Trafficking Hotline');
    });

    it('always shows 1-800-THE-LOST with its digits', async () => {
      const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
      expect(linkText(el, 'tel:+18008435678')).to.equal('Call 1-800-THE-LOST (1-800-843-5678)');
    });

    it('shows the Canadian hotlines and 911 for region="CA"', async () => {
      const el = await banner(html`<aw-hotline-banner region="CA"></aw-hotline-banner>`);
      expect(hrefs(el)).to.deep.equal([
        'tel:+18339001010',
        'https://www.canadianhumantraffickinghotline.ca/',
        'tel:+18666589022',
        'https://www.cybertip.ca/',
        'tel:911',
      ]);
      expect(shadowTextOf(el)).to.include('Canadian Human Trafficking Hotline');
      expect(shadowTextOf(el)).to.not.include('233733');
    });

    it('shows the UK helplines and 999 for region="GB"', async () => {
      const el = await banner(html`<aw-hotline-banner region="GB"></aw-hotline-banner>`);
      expect(hrefs(el)).to.deep.equal([
        'tel:+448000121700',
        'https://www.modernslaveryhelpline.org/',
        'tel:+448088005000',
        'tel:+448001111',
        'https://www.childline.org.uk/',
        'tel:999',
      ]);
      expect(linkText(el, 'tel:999')).to.equal('In an emergency, call 999');
      expect(linkText(el, 'tel:+448000121700')).to.equal('Call 08000 121 700');
    });

    for (const [region, emergency, others] of [
      ['AU', 'tel:000', ['tel:+611800551800', 'https://www.accce.gov.au/report']],
      ['NZ', 'tel:111', ['tel:+64508326459']],
      ['IE', 'tel:112', ['tel:+3531800666111', 'https://childhelplineinternational.org/']],
    ] as const) {
      it(`shows ${region}'s own emergency number (${emergency}) and no U.S. line for region="${region}"`, async () => {
        const el = await banner(html`<aw-hotline-banner region=${region}></aw-hotline-banner>`);
        expect(hrefs(el)).to.include.members([emergency, ...others]);
        expect(hrefs(el)).to.not.include('tel:911');
        expect(hrefs(el)).to.not.include('tel:+18883737888');
        expect(shadowTextOf(el)).to.not.include(en.hotlines.localEmergency);
      });
    }

    it('speaks Spanish in Mexico unless the page says otherwise, with 911', async () => {
      const el = await banner(html`<aw-hotline-banner region="MX"></aw-hotline-banner>`);
      expect(el.locale).to.equal('es');
      expect(shadowTextOf(el)).to.include(es.hotlines.title);
      expect(hrefs(el)).to.include('tel:911');
      expect(hrefs(el)).to.not.include('tel:+18883737888');
      const english = await banner(html`<aw-hotline-banner region="MX" lang="en"></aw-hotline-banner>`);
      expect(shadowTextOf(english)).to.include(en.hotlines.title);
    });

    it('accepts region="uk" for the United Kingdom', async () => {
      const el = await banner(html`<aw-hotline-banner region="uk"></aw-hotline-banner>`);
      expect(hrefs(el)).to.include('tel:999');
    });

    it("uses the script tag's data-region when the element names none", async () => {
      const script = document.createElement('script');
      script.dataset.awarenessWidgets = '';
      script.dataset.region = 'CA';
      document.head.append(script);
      resetPageDefaults();
      const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
      expect(hrefs(el)).to.include('tel:+18339001010');
      const own = await banner(html`<aw-hotline-banner region="GB"></aw-hotline-banner>`);
      expect(hrefs(own), "the element's own region wins").to.include('tel:999');
    });

    it('tells a young person it is not their fault and what happens if someone is in danger, promising nothing a line does not', async () => {
      const el = await banner(html`<aw-hotline-banner audience="youth"></aw-hotline-banner>`);
      const text = shadowTextOf(el);
      expect(text).to.include('You can get help');
      expect(text).to.include('It is not your fault');
      expect(text).to.include('You choose what to share');
      expect(text).to.include('may have to tell people whose job is to keep you safe');
      expect(text).to.not.include('not in trouble');
      expect(text).to.not.include('free and confidential');
      expect(text).to.not.include('Someone is there 24/7');
    });

    describe('what a young reader is told happens next, line by line', () => {
      const purposeOf = (el: HotlineBannerElement, id: string) =>
        textOf(shadowOf(el).querySelector(`[data-hotline="${id}"] .purpose`)!);

      it('in the U.S.: who answers, that the hotline tells the authorities, and that NCMEC works with the police', async () => {
        const el = await banner(
          html`<aw-hotline-banner
            audience="youth"
            hotline="national-human-trafficking-hotline,ncmec,cybertipline,us-emergency"
          ></aw-hotline-banner>`,
        );
        const hotline = purposeOf(el, 'national-human-trafficking-hotline');
        expect(hotline).to.include('A trained advocate answers calls, texts and chats.');
        expect(hotline).to.include('they tell the authorities');
        const ncmec = purposeOf(el, 'ncmec');
        expect(ncmec).to.include('missing or ran away');
        expect(ncmec).to.include('works with families and the police');
        expect(ncmec, 'no bare "they can help" for a runaway').to.not.include('they can help');
        expect(purposeOf(el, 'cybertipline')).to.include('Reports are sent to the police.');
        expect(linkText(el, 'sms:233733'), 'BEFREE is the number’s name, not a word to send').to.equal(
          'Text HELP to 233733',
        );
      });

      it('in the UK: Childline’s chat, its limits, and the helpline’s duty for anyone under 18', async () => {
        const el = await banner(html`<aw-hotline-banner region="GB" audience="youth"></aw-hotline-banner>`);
        expect(linkText(el, 'https://www.childline.org.uk/')).to.equal('Chat online: childline.org.uk');
        expect(purposeOf(el, 'childline')).to.include('unless they think a life is in danger');
        expect(hrefs(el)).to.include('tel:999');
        const all = await banner(
          html`<aw-hotline-banner audience="youth" hotline="modern-slavery-helpline"></aw-hotline-banner>`,
        );
        expect(purposeOf(all, 'modern-slavery-helpline')).to.include('If you are under 18 and in danger');
      });

      it('in Canada: no name needed, and when the hotline tells the police', async () => {
        const el = await banner(html`<aw-hotline-banner region="CA" audience="youth"></aw-hotline-banner>`);
        const text = purposeOf(el, 'canadian-human-trafficking-hotline');
        expect(text).to.include('You do not have to give your name.');
        expect(text).to.include('they tell the police');
      });

      it('tells a young reader, not only the site owner, what the phone keeps and what leaving fast does not erase', async () => {
        const el = await banner(html`<aw-hotline-banner audience="youth" quick-exit></aw-hotline-banner>`);
        const traces = partOf(el, 'traces')!;
        expect(traces.textContent).to.include('keeps a list of calls and texts');
        expect(traces.textContent).to.include('does not delete them');
        const adults = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
        expect(partOf(adults, 'traces'), 'adults get the plain banner').to.equal(null);
      });

      it('in Spanish and French the same facts, in "tú" and "tu"', async () => {
        const es = await banner(html`<aw-hotline-banner lang="es" audience="youth"></aw-hotline-banner>`);
        expect(purposeOf(es, 'national-human-trafficking-hotline')).to.include('avisan a las autoridades');
        expect(partOf(es, 'traces')!.textContent).to.include('no los borra');
        // Usted forms a young reader must not meet anywhere in the banner (the adult links use them).
        expect(shadowTextOf(es)).to.not.match(
          /\b(Llame|Envíe|Reporte|Busque|usted|presione|Puede reportar)\b/,
        );
        const fr = await banner(
          html`<aw-hotline-banner lang="fr" region="CA" audience="youth"></aw-hotline-banner>`,
        );
        expect(purposeOf(fr, 'canadian-human-trafficking-hotline')).to.include('elle avertit la police');
        expect(shadowTextOf(fr)).to.not.match(/\b(Appelez|Envoyez|Signalez|vous)\b/);
      });
    });

    it('leads a young person with call and text', async () => {
      const el = await banner(html`<aw-hotline-banner audience="youth"></aw-hotline-banner>`);
      expect(hrefs(el).slice(0, 2)).to.deep.equal(['tel:+18883737888', 'sms:233733']);
      const first = shadowOf(el).querySelector('.hotline')!;
      const channels = first.querySelector('.channels')!;
      const purpose = first.querySelector('.purpose')!;
      expect(
        channels.compareDocumentPosition(purpose) & Node.DOCUMENT_POSITION_FOLLOWING,
        'the ways to reach help come before the description',
      ).to.not.equal(0);
    });

    it('points a young person in the UK to Childline first', async () => {
      const el = await banner(html`<aw-hotline-banner region="GB" audience="youth"></aw-hotline-banner>`);
      expect(order(el)).to.deep.equal(['childline', 'modern-slavery-helpline', 'gb-emergency']);
    });

    it('shows the hotlines named in hotline="", in that order', async () => {
      const el = await banner(
        html`<aw-hotline-banner hotline="us-emergency, cybertipline,ncmec"></aw-hotline-banner>`,
      );
      expect(order(el)).to.deep.equal(['us-emergency', 'cybertipline', 'ncmec']);
      expect(hrefs(el)).to.deep.equal(['tel:911', 'https://report.cybertip.org/', 'tel:+18008435678']);
    });

    it('shows a hotline named twice once', async () => {
      const el = await banner(html`<aw-hotline-banner hotline="ncmec,ncmec"></aw-hotline-banner>`);
      expect(order(el)).to.deep.equal(['ncmec']);
    });

    it('keeps the order given for hotlines of any region', async () => {
      const el = await banner(html`<aw-hotline-banner hotline="childline,ncmec"></aw-hotline-banner>`);
      expect(order(el)).to.deep.equal(['childline', 'ncmec']);
    });

    it('speaks Spanish, hotline descriptions included', async () => {
      const el = await banner(html`<aw-hotline-banner lang="es"></aw-hotline-banner>`);
      const text = shadowTextOf(el);
      expect(text).to.include('Línea Nacional contra la Trata de Personas');
      expect(linkText(el, 'tel:+18883737888')).to.equal('Llame al 1-888-373-7888');
      expect(linkText(el, 'sms:233733')).to.equal('Envíe HELP por mensaje de texto al 233733');
      expect(linkText(el, 'tel:911')).to.equal('En una emergencia, llame al 911');
      expect(partOf(el, 'base')!.getAttribute('aria-label')).to.equal('Pedir ayuda');
    });

    it('speaks to a young person in Spanish with "tú"', async () => {
      const el = await banner(html`<aw-hotline-banner lang="es" audience="youth"></aw-hotline-banner>`);
      expect(shadowTextOf(el)).to.include('Tú decides qué contar');
      expect(shadowTextOf(el)).to.not.include('No estás en problemas');
      expect(linkText(el, 'tel:+18883737888')).to.equal('Llama al 1-888-373-7888');
    });

    it('follows a lang change on the page', async () => {
      const host = await mount(html`<div lang="en"><aw-hotline-banner></aw-hotline-banner></div>`);
      const el = host.querySelector('aw-hotline-banner')!;
      host.firstElementChild!.setAttribute('lang', 'es');
      await aTimeout(0);
      await el.updateComplete;
      expect(linkText(el, 'tel:+18883737888')).to.equal('Llame al 1-888-373-7888');
    });
  });

  describe('bad input', () => {
    it('an unknown id among known ones shows the known ones, with one warning', async () => {
      const warnings = watchWarnings();
      try {
        const el = await banner(html`<aw-hotline-banner hotline="ncmec,not-a-line"></aw-hotline-banner>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(order(el)).to.deep.equal(['ncmec']);
        expect(warnings.count()).to.equal(1);
        expect(warnings.lines[0]).to.include('not-a-line');
      } finally {
        warnings.restore();
      }
    });

    it('only unknown ids fall back to the region set, with one warning', async () => {
      const warnings = watchWarnings();
      try {
        const el = await banner(
          html`<aw-hotline-banner hotline="not-a-line" region="CA"></aw-hotline-banner>`,
        );
        expect(hrefs(el)).to.include('tel:+18339001010');
        expect(warnings.count()).to.equal(1);
      } finally {
        warnings.restore();
      }
    });

    it('an empty hotline="" falls back to the region set, with one warning', async () => {
      const warnings = watchWarnings();
      try {
        const el = await banner(html`<aw-hotline-banner hotline=""></aw-hotline-banner>`);
        expect(hrefs(el)).to.include('tel:+18883737888');
        expect(warnings.count()).to.equal(1);
      } finally {
        warnings.restore();
      }
    });

    for (const hostile of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      'x'.repeat(5000),
    ]) {
      it(`hotline=${JSON.stringify(hostile.slice(0, 20))} shows the default set and adds nothing to the page`, async () => {
        const warnings = watchWarnings();
        try {
          const el = await banner(html`<aw-hotline-banner hotline=${hostile}></aw-hotline-banner>`);
          expect(hrefs(el)).to.include('tel:+18883737888');
          expect(shadowOf(el).querySelector('script, img')).to.equal(null);
          expect(warnings.count()).to.equal(1);
          expect(warnings.lines[0].length, 'the warning quotes the value cut short').to.be.below(400);
        } finally {
          warnings.restore();
        }
      });
    }

    for (const [name, region] of [
      ['a country without built-in lines', 'JP'],
      ['an unknown region', 'ZZ'],
      ['HTML in region', '<b>US</b>'],
      ['a huge region', 'X'.repeat(5000)],
    ] as const) {
      it(`${name} shows no foreign number: the local emergency line and a helpline directory, one warning`, async () => {
        const warnings = watchWarnings();
        try {
          const el = document.createElement('aw-hotline-banner');
          el.setAttribute('region', region);
          const host = await mount('');
          host.append(el);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          expect(order(el)).to.deep.equal(['child-helpline-international']);
          expect(hrefs(el)).to.deep.equal(['https://childhelplineinternational.org/']);
          expect(hrefs(el).some((href) => /^(tel|sms):/.test(href ?? ''))).to.equal(false);
          expect(shadowTextOf(el)).to.include(en.hotlines.localEmergency);
          expect(shadowTextOf(el)).to.include('Find a helpline in your country:');
          expect(shadowTextOf(el)).to.include('Worried about a child?');
          expect(warnings.count()).to.equal(1);
          expect(warnings.lines[0]).to.include('not a region with built-in hotlines');
          expect(warnings.lines[0].length, 'the warning quotes the value cut short').to.be.below(400);
        } finally {
          warnings.restore();
        }
      });
    }

    it('speaks to a young reader in a country without built-in lines in their own words', async () => {
      const el = await banner(
        html`<aw-hotline-banner region="JP" audience="youth" lang="es"></aw-hotline-banner>`,
      );
      expect(shadowTextOf(el)).to.include(es.hotlines.youthLocalEmergency);
      expect(shadowTextOf(el)).to.include('Busca una línea de ayuda en tu país:');
    });

    it('still shows the lines a page names in a country without built-in lines, and the local emergency words', async () => {
      const el = await banner(html`<aw-hotline-banner region="JP" hotline="ncmec"></aw-hotline-banner>`);
      expect(order(el)).to.deep.equal(['ncmec']);
      expect(shadowTextOf(el)).to.include(en.hotlines.localEmergency);
    });

    for (const [name, attributes] of [
      ['an empty region', { region: ' ' }],
      ['an unknown audience', { audience: 'kids' }],
      ['an unknown position', { position: 'sideways' }],
    ] as const) {
      it(`${name} falls back to the U.S. public inline banner, with one warning`, async () => {
        const warnings = watchWarnings();
        try {
          const el = document.createElement('aw-hotline-banner');
          for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
          const host = await mount('');
          host.append(el);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          expect(order(el)).to.deep.equal([
            'national-human-trafficking-hotline',
            'ncmec',
            'cybertipline',
            'us-emergency',
          ]);
          expect(shadowTextOf(el)).to.include('Worried about a child?');
          const base = partOf<HTMLElement>(el, 'base')!;
          expect(getComputedStyle(base).position).to.equal('static');
          expect(warnings.count()).to.equal(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('an unknown data-region on the script tag shows no foreign number, with a warning', async () => {
      const warnings = watchWarnings();
      const script = document.createElement('script');
      script.dataset.awarenessWidgets = '';
      script.dataset.region = 'Narnia';
      document.head.append(script);
      resetPageDefaults();
      try {
        const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
        expect(hrefs(el)).to.deep.equal(['https://childhelplineinternational.org/']);
        expect(shadowTextOf(el)).to.include(en.hotlines.localEmergency);
        expect(warnings.count()).to.equal(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('dismissing', () => {
    it('has no close button unless dismissible', async () => {
      const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
      expect(partOf(el, 'dismiss-button')).to.equal(null);
    });

    it('has a close button with an accessible name', async () => {
      const el = await banner(html`<aw-hotline-banner dismissible></aw-hotline-banner>`);
      const close = partOf(el, 'dismiss-button')!;
      expect(close.getAttribute('aria-label')).to.equal('Close the help banner');
    });

    it('closing hides the banner and sends aw-dismiss, without touching storage', async () => {
      const storage = watchStorage();
      try {
        const el = await banner(html`<aw-hotline-banner dismissible></aw-hotline-banner>`);
        const close = partOf<HTMLButtonElement>(el, 'dismiss-button')!;
        const dismissed = oneEvent(el, 'aw-dismiss');
        close.click();
        const event = (await dismissed) as CustomEvent<DismissDetail>;
        expect(event.detail).to.deep.equal({ rememberDays: null });
        await el.updateComplete;
        expect(el.hidden).to.equal(true);
        expect(el.getBoundingClientRect().height).to.equal(0);
        const again = await banner(html`<aw-hotline-banner dismissible></aw-hotline-banner>`);
        expect(again.hidden, 'a new page view shows it again').to.equal(false);
        expect(storage.calls).to.deep.equal([]);
      } finally {
        storage.restore();
      }
    });

    it('with remember and no value, the dismissal is kept for 30 days', async () => {
      const el = await banner(html`<aw-hotline-banner dismissible remember></aw-hotline-banner>`);
      const before = Date.now();
      partOf<HTMLButtonElement>(el, 'dismiss-button')!.click();
      const stored = JSON.parse(localStorage.getItem(dismissalKey())!) as { until: number };
      const days = (stored.until - before) / 86_400_000;
      expect(days).to.be.closeTo(30, 0.01);
      const again = await banner(html`<aw-hotline-banner dismissible remember></aw-hotline-banner>`);
      expect(again.hidden).to.equal(true);
      expect(partOf(again, 'base')).to.equal(null);
    });

    it('remember="7" keeps the dismissal for 7 days, under the banner\'s id', async () => {
      const el = await banner(
        html`<aw-hotline-banner id="site-help" dismissible remember="7"></aw-hotline-banner>`,
      );
      const before = Date.now();
      partOf<HTMLButtonElement>(el, 'dismiss-button')!.click();
      const stored = JSON.parse(localStorage.getItem(dismissalKey('site-help'))!) as { until: number };
      expect((stored.until - before) / 86_400_000).to.be.closeTo(7, 0.01);
      expect(localStorage.getItem(dismissalKey())).to.equal(null);
    });

    it('a remember value that is not a number of days uses 30, with one warning', async () => {
      const warnings = watchWarnings();
      try {
        const el = await banner(html`<aw-hotline-banner dismissible remember="forever"></aw-hotline-banner>`);
        partOf<HTMLButtonElement>(el, 'dismiss-button')!.click();
        const stored = JSON.parse(localStorage.getItem(dismissalKey())!) as { until: number };
        expect((stored.until - Date.now()) / 86_400_000).to.be.closeTo(30, 0.01);
        expect(warnings.count()).to.equal(1);
      } finally {
        warnings.restore();
      }
    });

    it('an expired dismissal is ignored and removed', async () => {
      localStorage.setItem(dismissalKey(), JSON.stringify({ until: Date.now() - 1000 }));
      const el = await banner(html`<aw-hotline-banner dismissible remember></aw-hotline-banner>`);
      expect(el.hidden).to.equal(false);
      expect(hrefs(el)).to.include('tel:+18883737888');
      expect(localStorage.getItem(dismissalKey())).to.equal(null);
    });

    it('an unreadable stored value is ignored and removed', async () => {
      localStorage.setItem(dismissalKey(), '{not json');
      const el = await banner(html`<aw-hotline-banner dismissible remember></aw-hotline-banner>`);
      expect(el.hidden).to.equal(false);
      expect(localStorage.getItem(dismissalKey())).to.equal(null);
    });

    it('storage that throws (private mode, sandboxed frame) is harmless', async () => {
      const storage = watchStorage(true);
      try {
        const el = await banner(html`<aw-hotline-banner dismissible remember="10"></aw-hotline-banner>`);
        expect(el.hidden).to.equal(false);
        partOf<HTMLButtonElement>(el, 'dismiss-button')!.click();
        await el.updateComplete;
        expect(el.hidden).to.equal(true);
        expect(storage.calls).to.include('getItem');
        expect(storage.calls).to.include('setItem');
      } finally {
        storage.restore();
      }
    });

    it('moves focus to the next thing on the page, not to the body', async () => {
      const host = await mount(
        html`<div>
          <aw-hotline-banner dismissible></aw-hotline-banner>
          <button type="button" id="next">Next</button>
        </div>`,
      );
      const el = host.querySelector('aw-hotline-banner')!;
      await el.updateComplete;
      const close = partOf<HTMLButtonElement>(el, 'dismiss-button')!;
      close.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      expect(document.activeElement).to.equal(host.querySelector('#next'));
    });

    it('returns focus to where it came from', async () => {
      const host = await mount(
        html`<div>
          <button type="button" id="before">Before</button>
          <aw-hotline-banner dismissible position="bottom"></aw-hotline-banner>
          <button type="button" id="after">After</button>
        </div>`,
      );
      const el = host.querySelector('aw-hotline-banner')!;
      await el.updateComplete;
      host.querySelector<HTMLButtonElement>('#before')!.focus();
      partOf<HTMLButtonElement>(el, 'dismiss-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(document.activeElement).to.equal(host.querySelector('#before'));
    });
  });

  describe('fixed to the window', () => {
    // A page around the banner: placed mid-page, a fixed banner makes room by padding the body.
    beforeEach(() => {
      withPageAround = true;
    });

    afterEach(async () => {
      withPageAround = false;
      await setViewport({ width: 800, height: 600 });
    });

    it('position="top" stays at the top and leaves room for the page', async () => {
      const el = await banner(html`<aw-hotline-banner position="top" dismissible></aw-hotline-banner>`);
      const base = partOf<HTMLElement>(el, 'base')!;
      const box = base.getBoundingClientRect();
      expect(getComputedStyle(base).position).to.equal('fixed');
      expect(box.top).to.equal(0);
      const padding = parseFloat(getComputedStyle(document.body).paddingTop);
      expect(padding).to.be.at.least(Math.floor(box.height));
      expect(parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop)).to.be.at.least(
        Math.floor(box.height),
      );
    });

    it('with a fixed quick exit on the page, leaves its close button uncovered and the quick exit in view', async () => {
      const host = await mount(
        html`<div>
          <aw-quick-exit position="fixed"></aw-quick-exit>
          <p>The page’s own content.</p>
          <aw-hotline-banner position="top" dismissible></aw-hotline-banner>
        </div>`,
      );
      const el = host.querySelector('aw-hotline-banner')!;
      const exit = host.querySelector('aw-quick-exit')!;
      await el.updateComplete;
      await exit.updateComplete;
      const close = partOf<HTMLButtonElement>(el, 'dismiss-button')!;
      const box = close.getBoundingClientRect();
      // What a tap on the middle of the close button reaches, through the shadow roots.
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      let hit = document.elementFromPoint(x, y);
      for (let depth = 0; depth < 5 && hit?.shadowRoot; depth += 1) {
        const inner: Element | null = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit || !hit.shadowRoot.contains(inner)) break;
        hit = inner;
      }
      // Compared as a boolean: chai's message for two unequal elements inside shadow roots never finishes.
      const reached = hit ? `<${hit.localName} part="${hit.getAttribute('part') ?? ''}">` : 'nothing';
      expect(!!hit && close.contains(hit), `a tap on the close button reaches ${reached}`).to.equal(true);
      const exitButton = shadowOf(exit).querySelector('button')!.getBoundingClientRect();
      const banner = partOf(el, 'base')!.getBoundingClientRect();
      expect(exitButton.top, 'the quick exit sits just below the banner').to.be.at.least(
        Math.floor(banner.bottom),
      );
      expect(exitButton.bottom).to.be.at.most(window.innerHeight);
      partOf<HTMLButtonElement>(el, 'dismiss-button')!.click();
      await el.updateComplete;
      expect(
        shadowOf(exit).querySelector('button')!.getBoundingClientRect().top,
        'back in the corner',
      ).to.be.below(banner.bottom);
    });

    it('keeps the room it leaves equal to its height as it grows', async () => {
      const el = await banner(
        html`<aw-hotline-banner position="top" hotline="us-emergency"></aw-hotline-banner>`,
      );
      const base = partOf<HTMLElement>(el, 'base')!;
      const before = parseFloat(getComputedStyle(document.body).paddingTop);
      expect(Math.abs(before - base.getBoundingClientRect().height)).to.be.below(2);
      // A fixed banner starts compact; showing every way to get help makes it grow.
      el.hotline = 'ncmec,cybertipline,us-emergency';
      await el.updateComplete;
      partOf<HTMLButtonElement>(el, 'toggle')!.click();
      await el.updateComplete;
      // The room follows the banner's ResizeObserver report, which comes after the render.
      await until(
        () => parseFloat(getComputedStyle(document.body).paddingTop) > before,
        'the page makes room for the open banner',
      );
      const after = parseFloat(getComputedStyle(document.body).paddingTop);
      expect(after).to.be.above(before);
      expect(Math.abs(after - base.getBoundingClientRect().height)).to.be.below(2);
    });

    it('gives the page its space back when dismissed or removed', async () => {
      const original = getComputedStyle(document.body).paddingTop;
      const el = await banner(html`<aw-hotline-banner position="top" dismissible></aw-hotline-banner>`);
      expect(getComputedStyle(document.body).paddingTop).to.not.equal(original);
      partOf<HTMLButtonElement>(el, 'dismiss-button')!.click();
      await el.updateComplete;
      expect(getComputedStyle(document.body).paddingTop).to.equal(original);
      expect(document.documentElement.style.scrollPaddingTop).to.equal('');

      const other = await banner(html`<aw-hotline-banner position="top"></aw-hotline-banner>`);
      expect(getComputedStyle(document.body).paddingTop).to.not.equal(original);
      other.remove();
      expect(getComputedStyle(document.body).paddingTop).to.equal(original);
    });

    it('position="bottom" stays at the bottom and leaves room below the page', async () => {
      const el = await banner(html`<aw-hotline-banner position="bottom"></aw-hotline-banner>`);
      const base = partOf<HTMLElement>(el, 'base')!;
      const box = base.getBoundingClientRect();
      expect(Math.round(box.bottom)).to.equal(window.innerHeight);
      expect(parseFloat(getComputedStyle(document.body).paddingBottom)).to.be.at.least(
        Math.floor(box.height),
      );
      expect(parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom)).to.be.at.least(
        Math.floor(box.height),
      );
    });

    it('is compact on a phone, with a button that shows every way to get help', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await banner(html`<aw-hotline-banner position="bottom"></aw-hotline-banner>`);
      const second = shadowOf(el).querySelectorAll<HTMLElement>('.hotline')[1];
      const toggle = partOf<HTMLButtonElement>(el, 'toggle')!;
      const base = partOf<HTMLElement>(el, 'base')!;
      expect(second.getClientRects().length, 'only the first hotline shows at first').to.equal(0);
      expect(base.getBoundingClientRect().height).to.be.at.most(640 / 2);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(linkText(el, 'tel:911'), 'the emergency number stays').to.equal('In an emergency, call 911');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(second.getClientRects().length).to.be.above(0);
    });

    it('first in <body>, a top banner keeps its own place in the flow instead of padding the body', async () => {
      const originalPadding = getComputedStyle(document.body).paddingTop;
      const el = document.createElement('aw-hotline-banner');
      el.setAttribute('position', 'top');
      document.body.prepend(el);
      try {
        await el.updateComplete;
        const base = partOf<HTMLElement>(el, 'base')!;
        expect(getComputedStyle(base).position).to.equal('fixed');
        expect(Math.abs(el.getBoundingClientRect().height - base.getBoundingClientRect().height)).to.be.below(
          2,
        );
        expect(getComputedStyle(document.body).paddingTop).to.equal(originalPadding);
      } finally {
        el.remove();
      }
      expect(el.style.minBlockSize).to.equal('');
    });

    it('is compact on a desktop screen too, so a fixed banner covers little of the page', async () => {
      await setViewport({ width: 1024, height: 768 });
      const el = await banner(html`<aw-hotline-banner position="top"></aw-hotline-banner>`);
      const base = partOf<HTMLElement>(el, 'base')!;
      const toggle = partOf<HTMLButtonElement>(el, 'toggle')!;
      expect(shadowOf(el).querySelectorAll<HTMLElement>('.hotline')[1].getClientRects().length).to.equal(0);
      expect(toggle.getClientRects().length, 'the toggle shows').to.be.above(0);
      expect(base.getBoundingClientRect().height).to.be.at.most(768 / 4);
      expect(linkText(el, 'tel:+18883737888')).to.include('1-888-373-7888');
    });

    it('on a phone, an inline banner shows everything and no toggle', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
      expect(partOf(el, 'toggle')).to.equal(null);
      expect(shadowOf(el).querySelectorAll<HTMLElement>('.hotline')[1].getClientRects().length).to.be.above(
        0,
      );
    });
  });

  describe('contact links', () => {
    it('sends aw-contact with the hotline and the channel when a link is used', async () => {
      const host = await mount(html`<aw-hotline-banner></aw-hotline-banner>`);
      // Keep the test page here: the link's own navigation is not what is tested.
      host.addEventListener('click', (event) => event.preventDefault());
      const el = host.querySelector('aw-hotline-banner')!;
      await el.updateComplete;
      const details: ContactDetail[] = [];
      document.addEventListener('aw-contact', (event) =>
        details.push((event as CustomEvent<ContactDetail>).detail),
      );
      links(el)
        .find((link) => link.getAttribute('href') === 'sms:233733')!
        .click();
      links(el)
        .find((link) => link.getAttribute('href') === 'tel:+18008435678')!
        .click();
      expect(details).to.deep.equal([
        { hotline: 'national-human-trafficking-hotline', channel: 'text', href: 'sms:233733' },
        { hotline: 'ncmec', channel: 'call', href: 'tel:+18008435678' },
      ]);
    });

    it('makes every contact link a target of at least 44 by 44 CSS pixels', async () => {
      for (const region of ['US', 'CA', 'GB']) {
        const el = await banner(html`<aw-hotline-banner region=${region}></aw-hotline-banner>`);
        for (const link of links(el)) {
          const box = link.getBoundingClientRect();
          expect(box.height, link.href).to.be.at.least(44);
          expect(box.width, link.href).to.be.at.least(44);
        }
      }
    });

    it('never breaks a number across lines, even at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
        for (const number of shadowOf(el).querySelectorAll<HTMLElement>('.number')) {
          expect(number.getClientRects().length, number.textContent!).to.equal(1);
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('copying a number', () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    afterEach(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      delete (navigator as any).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    });

    function stubClipboard(writeText?: (text: string) => Promise<void>) {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: writeText ? { writeText } : undefined,
      });
    }

    it('has a copy button next to each phone number and text line, named for the number', async () => {
      const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
      const labels = [...partsOf(el, 'copy-button')].map((button) => button.getAttribute('aria-label'));
      expect(labels).to.deep.equal([
        'Copy the number 1-888-373-7888',
        'Copy the number 233733',
        'Copy the number 1-800-843-5678',
      ]);
    });

    it('copies the number and confirms it politely', async () => {
      const copied: string[] = [];
      stubClipboard(async (text) => {
        copied.push(text);
      });
      const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
      const region = statusOf(el);
      expect(region.textContent!.trim(), 'the live region is there, empty, from the start').to.equal('');
      expect(shadowOf(el).querySelector('[role="alert"]')).to.equal(null);
      partOf<HTMLButtonElement>(el, 'copy-button')!.click();
      await aTimeout(0);
      await el.updateComplete;
      expect(copied).to.deep.equal(['1-888-373-7888']);
      expect(region.textContent!.trim()).to.equal('Copied 1-888-373-7888.');
    });

    it('without a clipboard (a page not served over https), shows no copy button and keeps the numbers', async () => {
      stubClipboard();
      const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
      expect(partsOf(el, 'copy-button')).to.have.length(0);
      const numbers = [...shadowOf(el).querySelectorAll('.number')].map((n) => n.textContent!.trim());
      expect(numbers).to.include.members(['1-888-373-7888', '233733', '(1-800-843-5678)']);
      await expect(el).to.be.accessible();
    });

    it('when the clipboard refuses, says the number instead, without an error', async () => {
      stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
      partOf<HTMLButtonElement>(el, 'copy-button')!.click();
      await aTimeout(0);
      await el.updateComplete;
      await el.updateComplete;
      expect(statusOf(el).textContent!.trim()).to.equal('Could not copy. The number is 1-888-373-7888.');
    });

    it('confirms in Spanish', async () => {
      stubClipboard(async () => {});
      const el = await banner(html`<aw-hotline-banner lang="es"></aw-hotline-banner>`);
      partOf<HTMLButtonElement>(el, 'copy-button')!.click();
      await aTimeout(0);
      await el.updateComplete;
      expect(statusOf(el).textContent!.trim()).to.equal('Se copió el 1-888-373-7888.');
    });
  });

  describe('quick exit in the banner', () => {
    const inner = (el: HotlineBannerElement) => shadowOf(el).querySelector<QuickExitElement>('aw-quick-exit');

    it('has no quick exit unless asked', async () => {
      const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
      expect(inner(el)).to.equal(null);
    });

    it('quick-exit adds a quick exit, first in the tab order, that goes to the default site', async () => {
      const el = await banner(html`<aw-hotline-banner quick-exit dismissible></aw-hotline-banner>`);
      const exit = inner(el)!;
      await exit.updateComplete;
      expect(exit.exitUrl).to.equal(DEFAULT_EXIT_URL);
      const firstFocusable = shadowOf(el).querySelector('aw-quick-exit, a, button');
      expect(firstFocusable).to.equal(exit);
      el.addEventListener('aw-exit', (event) => event.preventDefault(), { once: true });
      const exited = oneEvent(document, 'aw-exit');
      shadowOf(exit).querySelector('button')!.click();
      const event = (await exited) as CustomEvent<ExitDetail>;
      expect(event.detail).to.deep.equal({ href: DEFAULT_EXIT_URL, trigger: 'button' });
    });

    it('quick-exit="/safe.html" leaves for that page', async () => {
      const el = await banner(html`<aw-hotline-banner quick-exit="/safe.html"></aw-hotline-banner>`);
      const exit = inner(el)!;
      await exit.updateComplete;
      expect(exit.exitUrl).to.equal(new URL('/safe.html', document.baseURI).href);
    });

    it('quick-exit="javascript:…" is refused: the default site, with one warning', async () => {
      const warnings = watchWarnings();
      try {
        const el = await banner(
          html`<aw-hotline-banner quick-exit="javascript:alert(1)"></aw-hotline-banner>`,
        );
        const exit = inner(el)!;
        await exit.updateComplete;
        expect(exit.exitUrl).to.equal(DEFAULT_EXIT_URL);
        expect(warnings.count()).to.equal(1);
      } finally {
        warnings.restore();
      }
    });

    it("speaks the banner's language", async () => {
      const el = await banner(html`<aw-hotline-banner lang="es" quick-exit></aw-hotline-banner>`);
      const exit = inner(el)!;
      await exit.updateComplete;
      expect(shadowOf(exit).querySelector('button')!.textContent!.trim()).to.equal('Salir de esta página');
    });
  });

  describe('fallback without JavaScript', () => {
    it('every example carries the same numbers as plain links that the element shows', async () => {
      for (const example of hotlineBannerExamples.filter((each) => !each.testOnly)) {
        const host = await mount(example.html);
        const el = host.querySelector<HTMLHotlineBannerLike>('aw-hotline-banner')!;
        await el.updateComplete;
        const fallback = [...el.querySelectorAll('a')].map((link) => link.getAttribute('href'));
        expect(fallback.length, example.id).to.be.above(0);
        expect(fallback, example.id).to.deep.equal(hrefs(el as HotlineBannerElement));
      }
    });

    it('the fallback is readable as plain HTML', () => {
      const document = new DOMParser().parseFromString(hotlineBannerExamples[0].html, 'text/html');
      const text = document.body.textContent!.replace(/\s+/g, ' ');
      expect(text).to.include('1-888-373-7888');
      expect(text).to.include('1-800-THE-LOST (1-800-843-5678)');
      expect(text).to.include('Text HELP to 233733');
      expect(text).to.include('911');
    });
  });

  describe('accessibility', () => {
    // The theme gives every button 44 by 44 CSS pixels; Copy, beside a 44 px link, is 32 px tall on purpose, within
    // the design's 24 px minimum.
    it('makes the close and show-all buttons 44 by 44 CSS pixels, and Copy at least 24', async () => {
      const el = await banner(
        html`<aw-hotline-banner
          position="bottom"
          dismissible
          style="inline-size: 320px"
        ></aw-hotline-banner>`,
      );
      const buttons = buttonsOf(el).filter((button) => isShown(button));
      expect(buttons.map((button) => button.getAttribute('part'))).to.include('dismiss-button');
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        const least = button.getAttribute('part') === 'copy-button' ? 24 : 44;
        expect(box.height, button.getAttribute('part') ?? '').to.be.at.least(least);
        expect(box.width, button.getAttribute('part') ?? '').to.be.at.least(least);
      }
    });

    for (const example of hotlineBannerExamples) {
      it(`is accessible: ${example.id}`, async () => {
        const warnings = watchWarnings();
        try {
          const host = await mount(example.html);
          const el = host.querySelector<HotlineBannerElement>('aw-hotline-banner')!;
          await el.updateComplete;
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }

    it('is accessible after a number is copied', async () => {
      const el = await banner(html`<aw-hotline-banner></aw-hotline-banner>`);
      partOf<HTMLButtonElement>(el, 'copy-button')!.click();
      await aTimeout(0);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible when dismissed', async () => {
      const el = await banner(html`<aw-hotline-banner dismissible></aw-hotline-banner>`);
      partOf<HTMLButtonElement>(el, 'dismiss-button')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible fixed at the bottom on a phone, collapsed and expanded', async () => {
      await setViewport({ width: 360, height: 640 });
      try {
        const el = await banner(
          html`<aw-hotline-banner position="bottom" quick-exit dismissible lang="es"></aw-hotline-banner>`,
        );
        await expect(el).to.be.accessible();
        partOf<HTMLButtonElement>(el, 'toggle')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    for (const theme of ['light', 'dark']) {
      it(`is accessible in the ${theme} theme, for a young person in the UK`, async () => {
        const el = await banner(
          html`<aw-hotline-banner
            theme=${theme}
            region="GB"
            audience="youth"
            quick-exit
          ></aw-hotline-banner>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  });
});

type HTMLHotlineBannerLike = HTMLElement & { updateComplete: Promise<boolean> };
