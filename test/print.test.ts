/**
 * The print kit (demo/print.html) as a partner uses it: choose options in the real page and check the sheet it
 * will print. The PDFs themselves (page count, size, text, QR code) are checked by scripts/print-check.mjs.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { builtInLocales } from '../src/content/locales/all.js';
import { classifyLocalContact, localContactHref } from '../src/core/local-contact.js';

type AxeWindow = Window & {
  axe?: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string }[] }> };
};

let frame: HTMLIFrameElement | undefined;

async function openPrintKit(query = ''): Promise<Document> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.style.width = '1400px';
  frame.style.height = '900px';
  frame.src = `/demo/print.html${query}`;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('#print-form[data-ready]') !== null, 'the print kit is ready', {
    timeout: 8000,
  });
  return doc;
}

function type(doc: Document, id: string, value: string): void {
  const input = doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * What inside `container` reaches past its box (1 px of rounding allowed), crop marks aside: at its sides and
 * bottom, and at its top too with `top`. A sheet grows downward from its top, so only a card checks its top.
 */
function spillingOut(container: Element, { top = false } = {}): Element[] {
  const box = container.getBoundingClientRect();
  return [...container.querySelectorAll('*')].filter((element) => {
    if (element.closest('.crop-marks')) return false;
    const rect = element.getBoundingClientRect();
    if (!rect.width && !rect.height) return false;
    return (
      rect.bottom > box.bottom + 1 ||
      rect.right > box.right + 1 ||
      rect.left < box.left - 1 ||
      (top && rect.top < box.top - 1)
    );
  });
}

/** Everything on the sheet lies inside its box: nothing would be cut off on paper. */
const overflowing = (doc: Document): Element[] => spillingOut(doc.getElementById('sheet')!);

describe('print kit', () => {
  afterEach(() => frame?.remove());

  it('prints both languages side by side when two are chosen', async () => {
    const doc = await openPrintKit('?kind=poster&language=en&second-language=es');
    const columns = [...doc.querySelectorAll('#sheet .column')];
    expect(columns.map((column) => column.getAttribute('lang'))).to.deep.equal(['en', 'es']);
    expect(columns[0].textContent).to.include(builtInLocales.en.hotlines.title);
    expect(columns[1].textContent).to.include(builtInLocales.es.hotlines.title);
  });

  it("prints a figure's citation as sentences, with a space before the source address", async () => {
    const doc = await openPrintKit('?kind=poster&language=en&second-language=es&fact=reports-2021');
    const citations = [...doc.querySelectorAll('#sheet .citation')].map((each) =>
      (each.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(citations).to.have.length(2);
    expect(citations[0]).to.include(`2021. ${builtInLocales.en.print.public.sourceAddress} https://`);
    expect(citations[1]).to.include(`2021. ${builtInLocales.es.print.public.sourceAddress} https://`);
  });

  it('fits every kind on Letter and A4 without anything cut off', async function () {
    this.timeout(30000);
    for (const kind of ['poster', 'flyer', 'cards']) {
      for (const paper of ['letter', 'a4']) {
        const doc = await openPrintKit(`?kind=${kind}&paper=${paper}&language=en&second-language=es`);
        expect(overflowing(doc).length, `${kind} on ${paper}`).to.equal(0);
        expect(doc.getElementById('fit-status')!.textContent).to.equal('');
      }
    }
  });

  it('prints eight wallet cards of 85 x 55 mm, each with its crop marks 3 mm outside it and its words inside', async function () {
    this.timeout(20000);
    for (const paper of ['letter', 'a4']) {
      for (const region of ['US', 'GB']) {
        const doc = await openPrintKit(
          `?kind=cards&paper=${paper}&region=${region}&language=en&second-language=es`,
        );
        const cards = [...doc.querySelectorAll<HTMLElement>('#sheet .card')];
        expect(cards.length, `${paper} ${region}`).to.equal(8);
        for (const card of cards) {
          // Layout sizes, in CSS px (96 to the inch): a preview that scales the sheet does not change them.
          const mm = (px: number) => (px * 25.4) / 96;
          expect(mm(card.offsetWidth), 'card width').to.be.closeTo(85, 0.5);
          expect(mm(card.offsetHeight), 'card height').to.be.closeTo(55, 0.5);
          const marks = card.querySelector<SVGSVGElement>('svg.crop-marks');
          expect(marks, 'crop marks').to.not.equal(null);
          // Screen rectangles share one scale, so compare them in card widths of 85 mm.
          const box = card.getBoundingClientRect();
          const toMm = (px: number) => (px * 85) / box.width;
          const outer = marks!.getBoundingClientRect();
          expect(toMm(box.left - outer.left), 'marks start 3 mm left of the card').to.be.closeTo(3, 0.3);
          expect(toMm(box.top - outer.top), 'marks start 3 mm above the card').to.be.closeTo(3, 0.3);
          expect(toMm(outer.right - box.right), 'marks end 3 mm right of the card').to.be.closeTo(3, 0.3);
          expect(toMm(outer.bottom - box.bottom), 'marks end 3 mm below the card').to.be.closeTo(3, 0.3);
          expect(
            spillingOut(card, { top: true }).map((element) => element.className || element.tagName),
            `${paper} ${region}: nothing spills off the card`,
          ).to.deep.equal([]);
        }
      }
    }
  });

  it("prints a wallet card's web address whole, or broken only after a dot, never inside a word", async () => {
    for (const region of ['US', 'CA', 'GB', 'AU', 'NZ']) {
      const doc = await openPrintKit(`?kind=cards&region=${region}&language=en`);
      const addresses = [...doc.querySelectorAll<HTMLElement>('#sheet .card .qr-address')];
      expect(addresses.length, region).to.be.above(0);
      for (const address of addresses) {
        // Each line box of the address ends at a dot or a slash, or at the end of the address.
        const range = doc.createRange();
        const lineEnds = new Map<number, string>();
        const text = address.textContent ?? '';
        let offset = 0;
        for (const node of address.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE) continue;
          for (let index = 0; index < node.textContent!.length; index += 1) {
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            lineEnds.set(top, text[offset + index]);
          }
          offset += node.textContent!.length;
        }
        const ends = [...lineEnds.values()];
        for (const end of ends.slice(0, -1)) expect(end, `${region}: ${text}`).to.be.oneOf(['.', '/']);
        expect(overflowing(doc), region).to.deep.equal([]);
      }
    }
  });

  it('refuses a hostile local contact: no link, markup shown as text, one warning', async () => {
    const doc = await openPrintKit('?kind=poster');
    const warnings: string[] = [];
    const win = frame!.contentWindow as Window & typeof globalThis;
    const original = win.console.warn;
    win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    type(doc, 'contact-name', '<img src=x onerror="alert(1)">Counsellor');
    type(doc, 'contact-address', 'javascript:alert(1)');
    win.console.warn = original;
    const local = doc.querySelector('#sheet .local')!;
    expect(local.getAttribute('data-local')).to.equal('refused');
    expect(local.querySelector('img')).to.equal(null);
    expect(local.textContent).to.include('<img src=x onerror="alert(1)">Counsellor');
    expect(doc.querySelector('#sheet a')).to.equal(null);
    expect(warnings.filter((line) => line.includes('javascript:')).length).to.equal(1);
    expect(doc.getElementById('local-contact-status')!.textContent).to.not.equal('');
  });

  it('accepts a phone number as a tel: contact and prints it', async () => {
    const doc = await openPrintKit('?kind=poster');
    type(doc, 'contact-name', 'School counsellor');
    type(doc, 'contact-address', '+1 555 555 0100');
    const local = doc.querySelector('#sheet .local')!;
    expect(local.getAttribute('data-local')).to.equal('accepted');
    expect(local.textContent).to.include('+15555550100');
  });

  it('has no axe violations', async function () {
    this.timeout(30000);
    const doc = await openPrintKit('?kind=flyer&language=en&second-language=es&fact=reports-2021');
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await loaded;
    const { violations } = await (frame!.contentWindow as AxeWindow).axe!.run(doc, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    expect(violations.map((each) => `${each.id}: ${each.help}`)).to.deep.equal([]);
  });
});

describe('local-contact rules', () => {
  const base = 'https://school.example/help/page.html';
  it('accepts tel:, sms:, mailto: and http(s), and resolves relative links against the page', () => {
    expect(classifyLocalContact('tel:+15555550100', base)).to.include({ accepted: true, kind: 'call' });
    expect(classifyLocalContact('sms:5555550100', base)).to.include({ accepted: true, kind: 'text' });
    expect(classifyLocalContact('mailto:lead@example.org', base)).to.include({
      accepted: true,
      kind: 'email',
    });
    expect(classifyLocalContact('http://example.org/', base)).to.include({ accepted: true, kind: 'web' });
    expect(classifyLocalContact('/safeguarding', base)).to.include({
      accepted: true,
      href: 'https://school.example/safeguarding',
    });
  });
  it('refuses javascript:, data: and empty links', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '', 'tel:']) {
      expect(classifyLocalContact(href, base).accepted, href).to.equal(false);
    }
  });
  it('turns a typed phone number or email address into a link', () => {
    expect(localContactHref('(555) 555-0100')).to.equal('tel:5555550100');
    expect(localContactHref('lead@example.org')).to.equal('mailto:lead@example.org');
  });
});
