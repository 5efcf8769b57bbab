/**
 * A partner's own help (`<a slot="local-contact">`) in `<aw-hotline-banner>` and `<aw-indicator-explainer>`: shown
 * first in its own labelled group, the emergency number last; only safe links become links; partner text stays text.
 */
import { aTimeout, expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import './helpers/all-locales.js';
import '../src/hotline-banner.js';
import '../src/indicator-explainer.js';
import { en } from '../src/content/locales/en/index.js';
import { es } from '../src/content/locales/es/index.js';
import { fr } from '../src/content/locales/fr/index.js';
import type { ContactDetail } from '../src/core/events.js';
import { watchWarnings } from './helpers/warnings.js';
import { hrefsOf, isShown, partOf, partsOf, shadowOf, textOf } from './helpers/element.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const TAGS = ['aw-hotline-banner', 'aw-indicator-explainer'] as const;

const COUNSELLOR =
  '<a slot="local-contact" href="tel:+15555550100" data-detail="Monday to Friday, 8am to 4pm">Lincoln Park school counsellor</a>';
const LEAD = '<a slot="local-contact" href="https://example.org/safeguarding">Our safeguarding lead</a>';

async function place(tag: string, children: string, attributes = ''): Promise<Widget> {
  const el = await fixture<Widget>(`<${tag} ${attributes}>${children}</${tag}>`);
  await el.updateComplete;
  return el;
}

/** One partner link as a DOM node, so its text and detail can be anything (markup included) without parsing. */
function localLink(href: string | null, text: string, detail?: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.slot = 'local-contact';
  if (href !== null) link.setAttribute('href', href);
  link.textContent = text;
  if (detail !== undefined) link.dataset.detail = detail;
  return link;
}

async function placeWith(tag: string, links: HTMLAnchorElement[], attributes = ''): Promise<Widget> {
  const el = await place(tag, '', attributes);
  el.append(...links);
  await waitUntil(() => group(el), 'the local group appears');
  await el.updateComplete;
  return el;
}

const group = (el: Widget) => partOf(el, 'local-contacts');
const items = (el: Widget) => [...(group(el)?.querySelectorAll<HTMLElement>('.local-contact') ?? [])];
const localLinks = (el: Widget) => partsOf<HTMLAnchorElement>(el, 'local-contact-link');
const contactHrefs = (el: Widget) => hrefsOf(partsOf(el, 'contact-link'));

/** Keeps the test page where it is when a link is clicked: the link's own navigation is not what is tested. */
function stayOnPage(el: Widget): void {
  el.addEventListener('click', (event) => event.preventDefault());
}

for (const tag of TAGS) {
  describe(`<${tag}> with the site's own help`, () => {
    let warnings: ReturnType<typeof watchWarnings>;
    beforeEach(() => (warnings = watchWarnings()));
    afterEach(() => warnings.restore());

    describe('rendering and order', () => {
      it('shows the local group first, then the national lines, with the emergency number last', async () => {
        const el = await place(tag, COUNSELLOR + LEAD, 'region="US"');
        const hrefs = contactHrefs(el);
        expect(hrefs.slice(0, 2)).to.deep.equal(['tel:+15555550100', 'https://example.org/safeguarding']);
        expect(hrefs).to.include('tel:+18883737888');
        expect(hrefs.at(-1)).to.equal('tel:911');
        const emergency = shadowOf(el).querySelector('.emergency')!;
        expect(emergency.nextElementSibling, 'nothing after the emergency line').to.equal(null);
        const national = shadowOf(el).querySelector(
          '[part~="contact-link"]:not([part~="local-contact-link"])',
        )!;
        expect(group(el)!.compareDocumentPosition(national) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
          0,
        );
        expect(warnings.count()).to.equal(0);
      });

      it('labels the group as the site’s own help, not checked by the library', async () => {
        const el = await place(tag, COUNSELLOR, 'region="US"');
        const label = group(el)!.querySelector('.local-label')!;
        expect(textOf(label)).to.equal(en.hotlines.localLabel);
        expect(textOf(group(el))).to.include(en.hotlines.localNote);
        const list = group(el)!.querySelector('ul')!;
        expect(list.getAttribute('aria-labelledby')).to.equal(label.id);
      });

      it('shows the name, the number and the detail as the partner wrote them', async () => {
        const el = await place(tag, COUNSELLOR, 'region="US"');
        const [item] = items(el);
        expect(textOf(localLinks(el)[0])).to.equal('Lincoln Park school counsellor +15555550100');
        expect(textOf(item.querySelector('.local-detail'))).to.equal('Monday to Friday, 8am to 4pm');
      });

      it('shows no local group when the page adds no local contact', async () => {
        const el = await place(tag, '', 'region="US"');
        expect(group(el)).to.equal(null);
        expect(contactHrefs(el).at(-1)).to.equal('tel:911');
      });

      it('keeps the local group first in a country without built-in lines, the local emergency words last', async () => {
        const el = await place(tag, COUNSELLOR, 'region="XX"');
        const list = group(el)!.parentElement!;
        expect(list.firstElementChild).to.equal(group(el));
        expect(list.lastElementChild!.classList.contains('local-emergency')).to.equal(true);
      });

      it('hides the partner’s own links once it shows its copies, and keeps them in the page', async () => {
        const el = await place(tag, COUNSELLOR, 'region="US"');
        const original = el.querySelector('a[slot="local-contact"]')!;
        expect(original.getClientRects().length, 'the light-DOM link is not painted').to.equal(0);
        expect(original.getAttribute('href')).to.equal('tel:+15555550100');
      });

      it('looks and sizes its links like the built-in contact links', async () => {
        const el = await place(tag, COUNSELLOR, 'region="US"');
        const local = localLinks(el)[0];
        const national = shadowOf(el).querySelector<HTMLElement>(
          '[part~="contact-link"]:not([part~="local-contact-link"])',
        )!;
        expect(local.className.split(' ')).to.include(national.className.split(' ')[0]);
        for (const property of [
          'color',
          'fontSize',
          'fontWeight',
          'minBlockSize',
          'textDecorationLine',
        ] as const) {
          expect(getComputedStyle(local)[property], property).to.equal(getComputedStyle(national)[property]);
        }
        const box = local.getBoundingClientRect();
        expect(box.height).to.be.at.least(44);
        expect(box.width).to.be.at.least(44);
      });
    });

    describe('accepted links', () => {
      const accepted: [string, string, string, ContactDetail['channel']][] = [
        ['a phone number', 'tel:+15555550100', 'tel:+15555550100', 'call'],
        ['a text number', 'sms:+15555550123', 'sms:+15555550123', 'text'],
        ['an email address', 'mailto:help@example.org', 'mailto:help@example.org', 'web'],
        ['a web page', 'https://example.org/help', 'https://example.org/help', 'web'],
        ['a relative URL, resolved against the page', '/safeguarding.html', '', 'web'],
      ];
      for (const [what, href, resolved, channel] of accepted) {
        it(`links ${what} and sends aw-contact with local: true and no hotline id`, async () => {
          const expected = resolved || new URL(href, document.baseURI).href;
          const el = await placeWith(tag, [localLink(href, 'Our helper')], 'region="US"');
          stayOnPage(el);
          const [link] = localLinks(el);
          expect(link.getAttribute('href')).to.equal(expected);
          expect(textOf(link)).to.include('Our helper');
          const details: ContactDetail[] = [];
          const listen = (event: Event) => details.push((event as CustomEvent<ContactDetail>).detail);
          document.addEventListener('aw-contact', listen);
          try {
            link.click();
          } finally {
            document.removeEventListener('aw-contact', listen);
          }
          expect(details).to.deep.equal([{ local: true, channel, href: expected }]);
          expect('hotline' in details[0]).to.equal(false);
          expect(warnings.count()).to.equal(0);
        });
      }

      it('shows the address of an email or web link whose words do not', async () => {
        const el = await placeWith(
          tag,
          [
            localLink('mailto:help@example.org', 'Write to us'),
            localLink('https://example.org/help', 'Our page'),
          ],
          'region="US"',
        );
        expect(localLinks(el).map(textOf)).to.deep.equal([
          'Write to us help@example.org',
          'Our page example.org/help',
        ]);
      });

      it('adds the number to a phone or text link whose words do not show it', async () => {
        const el = await placeWith(
          tag,
          [
            localLink('tel:+15555550100', 'School counsellor'),
            localLink('sms:+15555550123', 'Text our team'),
          ],
          'region="US"',
        );
        expect(localLinks(el).map(textOf)).to.deep.equal([
          'School counsellor +15555550100',
          'Text our team +15555550123',
        ]);
      });

      it('does not repeat a number the words already show', async () => {
        const el = await placeWith(
          tag,
          [localLink('tel:+15555550100', 'Counsellor: (555) 555-0100')],
          'region="US"',
        );
        expect(textOf(localLinks(el)[0])).to.equal('Counsellor: (555) 555-0100');
      });
    });

    describe('refused links', () => {
      const refused: [string, string | null][] = [
        ['javascript:', 'javascript:alert(1)'],
        ['data:', 'data:text/html,<script>alert(1)</script>'],
        ['vbscript:', 'vbscript:msgbox(1)'],
        ['ftp:', 'ftp://example.org/help.txt'],
        ['a number that cannot be decoded', 'tel:%E0'],
        ['an empty href', ''],
        ['no href', null],
      ];
      for (const [what, href] of refused) {
        it(`shows a link with ${what} as plain text, with one console warning`, async () => {
          const el = await placeWith(
            tag,
            [localLink(href, 'Parish safeguarding lead', 'Sundays')],
            'region="US"',
          );
          const [item] = items(el);
          expect(item.querySelector('a'), 'no link').to.equal(null);
          expect(localLinks(el)).to.have.length(0);
          expect(textOf(item)).to.equal('Parish safeguarding lead Sundays');
          expect(warnings.count()).to.equal(1);
          expect(warnings.lines.join('\n')).to.include('shown as plain text');
          // Rendering again does not repeat the warning.
          el.setAttribute('theme', 'dark');
          await el.updateComplete;
          expect(warnings.count()).to.equal(1);
        });
      }

      it('warns once for each refused link, naming it', async () => {
        const el = await placeWith(
          tag,
          [
            localLink('javascript:void(0)', 'First'),
            localLink('javascript:void(0)', 'Second'),
            localLink(null, 'Third'),
          ],
          'region="US"',
        );
        expect(items(el).map(textOf)).to.deep.equal(['First', 'Second', 'Third']);
        expect(warnings.count()).to.equal(3);
        expect(warnings.lines[1]).to.include('"Second"');
      });
    });

    describe('partner text is text', () => {
      it('shows markup in the link’s words and data-detail as text, never as elements', async () => {
        const hostile = '<img src=x onerror="window.__awPwned=1"><script>window.__awPwned=1</script>';
        const el = await placeWith(
          tag,
          [localLink('tel:+15555550100', hostile, '<b>bold</b><script>window.__awPwned=1</script>')],
          'region="US"',
        );
        await aTimeout(50);
        const root = group(el)!;
        expect(root.querySelector('img, script, b, iframe')).to.equal(null);
        expect(textOf(localLinks(el)[0])).to.include('<img src=x onerror="window.__awPwned=1">');
        expect(textOf(root.querySelector('.local-detail'))).to.equal(
          '<b>bold</b><script>window.__awPwned=1</script>',
        );
        expect((window as Window & { __awPwned?: number }).__awPwned).to.equal(undefined);
      });

      it('copies only the words of elements inside a partner’s link', async () => {
        const el = await place(
          tag,
          '<a slot="local-contact" href="tel:+15555550100"><strong>School</strong> <img src="data:," alt=""> counsellor</a>',
          'region="US"',
        );
        const [link] = localLinks(el);
        expect(link.querySelector('*:not(span)')).to.equal(null);
        expect(textOf(link)).to.equal('School counsellor +15555550100');
      });

      it('cuts a huge name and detail short, and still fits a 320 px screen', async () => {
        await setViewport({ width: 320, height: 640 });
        try {
          const el = await placeWith(
            tag,
            [localLink('https://example.org/help', 'W'.repeat(5000), 'D'.repeat(5000))],
            'region="US"',
          );
          const name = textOf(localLinks(el)[0]).split(' ')[0];
          expect(name.length).to.be.at.most(200);
          expect(name.endsWith('…')).to.equal(true);
          const detail = textOf(group(el)!.querySelector('.local-detail'));
          expect(detail.length).to.be.at.most(200);
          const box = shadowOf(el).querySelector('.aw-root')!;
          expect(box.scrollWidth, 'no sideways scrolling').to.be.at.most(box.clientWidth);
          expect(el.getBoundingClientRect().right).to.be.at.most(320);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });

      it('keeps the partner’s words and language in a Spanish element; only the label is translated', async () => {
        const el = await place(
          tag,
          '<a slot="local-contact" lang="en" href="tel:+15555550100">School counsellor</a>',
          'region="US" lang="es"',
        );
        expect(textOf(group(el)!.querySelector('.local-label'))).to.equal(es.hotlines.localLabel);
        expect(textOf(group(el))).to.include(es.hotlines.localNote);
        expect(items(el)[0].getAttribute('lang')).to.equal('en');
        expect(textOf(localLinks(el)[0])).to.equal('School counsellor +15555550100');
      });

      it('labels the group in French', async () => {
        const el = await place(tag, COUNSELLOR, 'region="CA" lang="fr"');
        expect(textOf(group(el)!.querySelector('.local-label'))).to.equal(fr.hotlines.localLabel);
        expect(textOf(group(el))).to.include(fr.hotlines.localNote);
      });
    });

    describe('changes after load', () => {
      it('shows a link added later, and drops one removed', async () => {
        const el = await place(tag, COUNSELLOR, 'region="US"');
        el.append(localLink('https://example.org/safeguarding', 'Our safeguarding lead'));
        await waitUntil(() => items(el).length === 2, 'the added link appears');
        expect(localLinks(el).map((link) => link.getAttribute('href'))).to.deep.equal([
          'tel:+15555550100',
          'https://example.org/safeguarding',
        ]);
        el.querySelector('a[slot="local-contact"]')!.remove();
        await waitUntil(() => items(el).length === 1, 'the removed link goes');
        expect(textOf(items(el)[0])).to.include('Our safeguarding lead');
        el.querySelector('a[slot="local-contact"]')!.remove();
        await waitUntil(() => group(el) === null, 'the group goes with the last link');
      });

      it('follows a changed href, text and data-detail', async () => {
        const el = await place(tag, COUNSELLOR, 'region="US"');
        const original = el.querySelector('a')!;
        original.setAttribute('href', 'tel:+15555550199');
        await waitUntil(() => localLinks(el)[0]?.getAttribute('href') === 'tel:+15555550199', 'new href');
        original.firstChild!.textContent = 'Ms Rivera, school counsellor';
        await waitUntil(() => textOf(localLinks(el)[0]).startsWith('Ms Rivera'), 'new text');
        original.dataset.detail = 'School days, 9am to 3pm';
        await waitUntil(
          () => textOf(items(el)[0].querySelector('.local-detail')) === 'School days, 9am to 3pm',
        );
        expect(warnings.count()).to.equal(0);
      });

      it('turns a link changed to a refused href into plain text, with one warning', async () => {
        const el = await place(tag, COUNSELLOR, 'region="US"');
        el.querySelector('a')!.setAttribute('href', 'javascript:alert(1)');
        await waitUntil(() => localLinks(el).length === 0, 'the link becomes text');
        expect(textOf(items(el)[0])).to.include('Lincoln Park school counsellor');
        expect(warnings.count()).to.equal(1);
      });

      it('stops watching when removed from the page, and reads its links again when put back', async () => {
        const el = await place(tag, COUNSELLOR, 'region="US"');
        const parent = el.parentElement!;
        el.remove();
        el.append(localLink('https://example.org/safeguarding', 'Our safeguarding lead'));
        await aTimeout(20);
        await el.updateComplete;
        expect(items(el), 'not read while away').to.have.length(1);
        parent.append(el);
        await el.updateComplete;
        expect(items(el)).to.have.length(2);
      });
    });

    describe('keyboard', () => {
      it('Tab reaches the local links in order, before the national lines, with the same focus ring', async () => {
        const wrapper = await fixture<HTMLDivElement>(
          `<div><button type="button" id="before">Before</button><${tag} region="US">${COUNSELLOR}${LEAD}</${tag}></div>`,
        );
        const el = wrapper.querySelector<Widget>(tag)!;
        await el.updateComplete;
        const [first, second] = localLinks(el);
        // Start just before the group: the button before the banner, or the explainer's last item button.
        const itemButtons = [...shadowOf(el).querySelectorAll<HTMLElement>('.item-heading button')];
        (itemButtons.at(-1) ?? wrapper.querySelector<HTMLElement>('#before')!).focus();
        await sendKeys({ press: 'Tab' });
        expect(shadowOf(el).activeElement).to.equal(first);
        const ring = getComputedStyle(first);
        expect(ring.outlineStyle).to.equal('solid');
        expect(ring.outlineWidth).to.equal('3px');
        await sendKeys({ press: 'Tab' });
        expect(shadowOf(el).activeElement).to.equal(second);
        await sendKeys({ press: 'Tab' });
        expect(shadowOf(el).activeElement!.getAttribute('href')).to.equal('tel:+18883737888');
      });
    });

    describe('print', () => {
      afterEach(async () => {
        await emulateMedia({ media: 'screen' }).catch(() => undefined);
      });

      it('prints the local contacts with the national ones', async function () {
        const attributes = tag === 'aw-hotline-banner' ? 'region="US" position="bottom"' : 'region="US"';
        const el = await place(tag, COUNSELLOR, attributes);
        try {
          await emulateMedia({ media: 'print' });
        } catch (error) {
          // A browser driver that cannot emulate print is reported as skipped, not passed.
          console.info(`print emulation unavailable here: ${String(error)}`);
          this.skip();
        }
        expect(matchMedia('print').matches).to.equal(true);
        expect(isShown(group(el)!), 'local group').to.equal(true);
        expect(isShown(localLinks(el)[0]), 'local link').to.equal(true);
        const national = [...partsOf<HTMLElement>(el, 'contact-link')].filter(
          (link) => !link.matches('[part~="local-contact-link"]'),
        );
        expect(national.length).to.be.above(1);
        for (const link of national) expect(isShown(link), link.getAttribute('href')!).to.equal(true);
      });
    });

    describe('accessibility', () => {
      for (const lang of ['en', 'es']) {
        for (const theme of ['light', 'dark']) {
          it(`passes axe in ${lang === 'en' ? 'English' : 'Spanish'}, ${theme} theme`, async () => {
            const el = await placeWith(
              tag,
              [
                localLink(
                  'tel:+15555550100',
                  'Lincoln Park school counsellor',
                  'Monday to Friday, 8am to 4pm',
                ),
                localLink('https://example.org/safeguarding', 'Our safeguarding lead'),
                localLink('javascript:void(0)', 'A refused link'),
              ],
              `region="US" lang="${lang}" theme="${theme}"`,
            );
            expect(items(el)).to.have.length(3);
            await expect(el).to.be.accessible();
          });
        }
      }
    });
  });
}

describe('<aw-hotline-banner position="bottom"> with the site’s own help', () => {
  it('keeps the compact bar to the national lines and shows the local group with all the ways to get help', async () => {
    const el = await place('aw-hotline-banner', COUNSELLOR, 'region="US" position="bottom"');
    expect(isShown(group(el)!)).to.equal(false);
    expect(
      isShown(shadowOf(el).querySelector('[data-hotline="national-human-trafficking-hotline"] a')!),
    ).to.equal(true);
    partOf<HTMLButtonElement>(el, 'toggle')!.click();
    await el.updateComplete;
    expect(isShown(group(el)!)).to.equal(true);
    expect(contactHrefs(el)[0]).to.equal('tel:+15555550100');
  });
});
