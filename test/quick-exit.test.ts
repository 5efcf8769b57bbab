import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import './helpers/all-locales.js';
import { mount, unmountAll } from './helpers/mount.js';
import { sendKeys } from '@web/test-runner-commands';
import { resetPageDefaults } from '../src/core/page-defaults.js';
import { quickExitExamples } from '../src/elements/quick-exit/quick-exit.examples.js';
import { setExitNavigation } from '../src/elements/quick-exit/exit-registry.js';
import { DEFAULT_EXIT_URL, type ExitDetail } from '../src/elements/quick-exit/quick-exit.js';
import '../src/hotline-banner.js';
import '../src/quick-exit.js';
import type { QuickExitElement } from '../src/quick-exit.js';
import { watchWarnings } from './helpers/warnings.js';
import { partOf, shadowOf, statusOf } from './helpers/element.js';

const overlay = () => document.querySelector<HTMLElement>('[data-aw-quick-exit-overlay]');
const button = (el: QuickExitElement) => shadowOf(el).querySelector('button')!;

/** Records exits and cancels them, so a test never leaves the page. */
function recordExits() {
  const exits: ExitDetail[] = [];
  const listener = (event: Event) => {
    exits.push((event as CustomEvent<ExitDetail>).detail);
    event.preventDefault();
  };
  document.addEventListener('aw-exit', listener);
  return { exits, stop: () => document.removeEventListener('aw-exit', listener) };
}

async function pressShift(times: number) {
  for (let i = 0; i < times; i += 1) await sendKeys({ press: 'Shift' });
}

/** Types a capital the way people do: Shift held down, a letter, Shift released. */
async function typeCapital(letter: string) {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: letter });
  await sendKeys({ up: 'Shift' });
}

function syntheticKey(key: string) {
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

describe('<aw-quick-exit>', () => {
  const navigations: string[] = [];
  let recorder: ReturnType<typeof recordExits>;

  before(() => setExitNavigation((href) => navigations.push(href)));
  after(() => setExitNavigation());
  beforeEach(() => {
    navigations.length = 0;
    recorder = recordExits();
  });
  afterEach(() => {
    unmountAll();
    recorder.stop();
    overlay()?.remove();
    document.querySelectorAll('script[data-awareness-widgets]').forEach((script) => script.remove());
    resetPageDefaults();
  });

  it('shows a clearly labelled button', async () => {
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    expect(button(el).textContent!.trim()).to.equal('Leave this page');
    expect(shadowOf(el).textContent).to.include('Or press Shift 3 times.');
  });

  it('the button announces the exit with its destination, as a cancelable event', async () => {
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    const exited = oneEvent(el, 'aw-exit');
    button(el).click();
    const event = (await exited) as CustomEvent<ExitDetail>;
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ href: DEFAULT_EXIT_URL, trigger: 'button' });
  });

  it('hides the page at once, before the exit is announced', async () => {
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    let coverage: DOMRect | undefined;
    el.addEventListener('aw-exit', () => {
      coverage = overlay()?.getBoundingClientRect();
    });
    button(el).click();
    expect(coverage, 'an overlay while aw-exit is dispatched').to.not.equal(undefined);
    expect(coverage!.left).to.equal(0);
    expect(coverage!.top).to.equal(0);
    expect(coverage!.width).to.be.at.least(window.innerWidth);
    expect(coverage!.height).to.be.at.least(window.innerHeight);
  });

  it('a cancelled exit stays on the page and removes the overlay', async () => {
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    button(el).click();
    expect(recorder.exits).to.have.length(1);
    expect(navigations).to.deep.equal([]);
    expect(overlay()).to.equal(null);
  });

  it('an exit nobody cancels replaces the page with the destination', async () => {
    recorder.stop();
    const el = await fixture<QuickExitElement>(
      html`<aw-quick-exit href="https://www.wikipedia.org/"></aw-quick-exit>`,
    );
    button(el).click();
    expect(navigations).to.deep.equal(['https://www.wikipedia.org/']);
    expect(overlay(), 'the page stays hidden while it leaves').to.not.equal(null);
  });

  it('a page restored from the back/forward cache is not left behind the overlay', async () => {
    recorder.stop();
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    button(el).click();
    expect(overlay()).to.not.equal(null);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(overlay()).to.equal(null);
  });

  it('Shift pressed three times leaves the page', async () => {
    await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    await pressShift(3);
    expect(recorder.exits).to.deep.equal([{ href: DEFAULT_EXIT_URL, trigger: 'keyboard' }]);
  });

  it('Shift pressed twice does nothing yet', async () => {
    await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    await pressShift(2);
    expect(recorder.exits).to.deep.equal([]);
  });

  it('Shift used to type capital letters does not count', async () => {
    await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    for (const letter of ['A', 'B', 'C', 'D']) await typeCapital(letter);
    expect(recorder.exits).to.deep.equal([]);
  });

  it('another key between the Shift presses starts the count again', async () => {
    await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    await pressShift(2);
    await sendKeys({ press: 'a' });
    await pressShift(2);
    expect(recorder.exits).to.deep.equal([]);
    await pressShift(1);
    expect(recorder.exits).to.have.length(1);
  });

  it('Shift presses more than about two seconds apart do not count', async () => {
    await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    const realNow = Date.now;
    let now = realNow();
    Date.now = () => now;
    try {
      syntheticKey('Shift');
      now += 1500;
      syntheticKey('Shift');
      now += 1500; // 3 s after the first press
      syntheticKey('Shift');
      expect(recorder.exits).to.deep.equal([]);
      now += 100;
      syntheticKey('Shift');
      expect(recorder.exits, 'two presses in a new window').to.deep.equal([]);
      now += 100;
      syntheticKey('Shift');
      expect(recorder.exits).to.have.length(1);
    } finally {
      Date.now = realNow;
    }
  });

  it('shows and politely announces how far the shortcut has got', async () => {
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    const region = statusOf(el);
    expect(region.textContent!.trim(), 'the live region is there, empty, from the start').to.equal('');
    await pressShift(1);
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('Shift pressed 1 of 3 times.');
    expect(shadowOf(el).querySelectorAll('.dot.filled')).to.have.length(1);
    await pressShift(1);
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('Shift pressed 2 of 3 times.');
    expect(shadowOf(el).querySelectorAll('.dot.filled')).to.have.length(2);
    expect(shadowOf(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('the progress cue clears when the sequence is broken', async () => {
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    await pressShift(1);
    await sendKeys({ press: 'b' });
    await el.updateComplete;
    expect(statusOf(el).textContent!.trim()).to.equal('');
    expect(shadowOf(el).querySelectorAll('.dot.filled')).to.have.length(0);
  });

  it('announces the progress once, however many exits are on the page', async () => {
    const el = await mount(
      html`<div>
        <aw-quick-exit></aw-quick-exit><aw-quick-exit></aw-quick-exit><aw-quick-exit></aw-quick-exit>
      </div>`,
    );
    await pressShift(1);
    const exits = [...el.querySelectorAll<QuickExitElement>('aw-quick-exit')];
    await Promise.all(exits.map((each) => each.updateComplete));
    const filled = exits.filter((each) => statusOf(each).textContent!.trim() !== '');
    expect(filled).to.have.length(1);
    expect(exits.every((each) => shadowOf(each).querySelectorAll('.dot.filled').length === 1)).to.equal(true);
  });

  it('uses one page-wide keyboard listener for many exits and banners', async () => {
    await aTimeout(0); // earlier fixtures are gone, so no listener is left
    const original = window.addEventListener;
    let keydownListeners = 0;
    window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
      if (args[0] === 'keydown') keydownListeners += 1;
      return original.apply(this, args);
    } as Window['addEventListener'];
    try {
      await mount(
        html`<div>
          <aw-quick-exit></aw-quick-exit><aw-quick-exit></aw-quick-exit><aw-quick-exit></aw-quick-exit>
          <aw-hotline-banner quick-exit></aw-hotline-banner><aw-hotline-banner quick-exit></aw-hotline-banner>
        </div>`,
      );
    } finally {
      window.addEventListener = original;
    }
    expect(keydownListeners).to.equal(1);
    await pressShift(3);
    expect(recorder.exits, 'one exit, not one per element').to.have.length(1);
  });

  it('goes to a relative destination on the same site', async () => {
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit href="/safe.html"></aw-quick-exit>`);
    button(el).click();
    expect(recorder.exits[0].href).to.equal(new URL('/safe.html', document.baseURI).href);
  });

  it("uses the script tag's data-exit-url when the element names none", async () => {
    const script = document.createElement('script');
    script.dataset.awarenessWidgets = '';
    script.dataset.exitUrl = 'https://weather.gov/';
    document.head.append(script);
    resetPageDefaults();
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    button(el).click();
    expect(recorder.exits[0].href).to.equal('https://weather.gov/');
  });

  for (const hostile of [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'tel:+18883737888',
  ]) {
    it(`refuses ${hostile.slice(0, 16)}… as a destination and uses the default, with one warning`, async () => {
      const warnings = watchWarnings();
      try {
        const el = await fixture<QuickExitElement>(html`<aw-quick-exit href=${hostile}></aw-quick-exit>`);
        button(el).click();
        button(el).click();
        expect(recorder.exits.map((each) => each.href)).to.deep.equal([DEFAULT_EXIT_URL, DEFAULT_EXIT_URL]);
        expect(warnings.count()).to.equal(1);
      } finally {
        warnings.restore();
      }
    });
  }

  it('markup in the destination cannot add anything to the page', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit href=${markup}></aw-quick-exit>`);
    expect(shadowOf(el).querySelector('img')).to.equal(null);
    button(el).click();
    expect(new URL(recorder.exits[0].href).protocol).to.equal(location.protocol);
  });

  it('is inline by default', async () => {
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    const base = partOf<HTMLElement>(el, 'base')!;
    expect(getComputedStyle(base).position).to.equal('static');
  });

  it('position="fixed" pins the button to the top-end corner of the window', async () => {
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit position="fixed"></aw-quick-exit>`);
    const base = partOf<HTMLElement>(el, 'base')!;
    expect(getComputedStyle(base).position).to.equal('fixed');
    const box = button(el).getBoundingClientRect();
    expect(box.top).to.be.below(40);
    expect(window.innerWidth - box.right).to.be.below(40);
  });

  it('an unknown position stays inline, with one warning', async () => {
    const warnings = watchWarnings();
    try {
      const el = await fixture<QuickExitElement>(html`<aw-quick-exit position="floating"></aw-quick-exit>`);
      el.requestUpdate();
      await el.updateComplete;
      const base = partOf<HTMLElement>(el, 'base')!;
      expect(getComputedStyle(base).position).to.equal('static');
      expect(warnings.count()).to.equal(1);
    } finally {
      warnings.restore();
    }
  });

  it('is the first stop for the Tab key when it comes first in the page', async () => {
    const el = await mount(
      html`<div>
        <aw-quick-exit></aw-quick-exit>
        <a href="#later">A later link</a>
      </div>`,
    );
    const exit = el.querySelector<QuickExitElement>('aw-quick-exit')!;
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(exit);
    expect(shadowOf(exit).activeElement).to.equal(button(exit));
  });

  it('speaks Spanish', async () => {
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit lang="es"></aw-quick-exit>`);
    expect(button(el).textContent!.trim()).to.equal('Salir de esta página');
    await pressShift(1);
    await el.updateComplete;
    expect(statusOf(el).textContent!.trim()).to.equal('Shift presionado 1 de 3 veces.');
  });

  it('speaks Spanish without "usted" or "tú", since an adult or a young person may hold the phone', async () => {
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit lang="es"></aw-quick-exit>`);
    const hint = partOf(el, 'hint')!.textContent!.trim();
    expect(hint).to.equal('También funciona presionar Shift 3 veces.');
    expect(hint).to.not.match(/\b(presione|presiona|usted|tú)\b/i);
  });

  it('the fallback link in every example goes where the exit goes', async () => {
    for (const example of quickExitExamples) {
      const warnings = watchWarnings();
      try {
        const host = await mount(example.html);
        const el = host.querySelector<QuickExitElement>('aw-quick-exit')!;
        await el.updateComplete;
        const fallback = el.querySelector('a')!;
        expect(fallback.href, example.id).to.equal(el.exitUrl);
      } finally {
        warnings.restore();
      }
    }
  });

  it('is accessible while the shortcut is in progress', async () => {
    const el = await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
    await pressShift(2);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  for (const example of quickExitExamples) {
    it(`is accessible: ${example.id}`, async () => {
      const warnings = watchWarnings();
      try {
        const host = await mount(example.html);
        const el = host.querySelector<QuickExitElement>('aw-quick-exit')!;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }
});
