import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import './helpers/all-locales.js';
import type { LitElement } from 'lit';
import '../src/index.js';
import { resetPageDefaults } from '../src/core/page-defaults.js';
import type { QuickExitElement } from '../src/elements/quick-exit/quick-exit.js';
import { hrefsOf, linksOf, shadowOf, shadowTextOf } from './helpers/element.js';

/** Adds a script tag as a site would paste it, with page-wide `data-*` settings. */
function pageScript(data: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain'; // stands in for the drop-in tag; the library is already loaded as modules
  script.dataset.awarenessWidgets = '';
  Object.assign(script.dataset, data);
  document.head.append(script);
  resetPageDefaults();
  return script;
}

const themeOf = (element: Element) => shadowOf(element).querySelector('.aw-root')!.className;

describe('page-level defaults from the script tag', () => {
  // The partner's page is English: <html lang="en">.
  beforeEach(() => document.documentElement.setAttribute('lang', 'en'));
  afterEach(() => {
    document.querySelectorAll('script[data-awareness-widgets]').forEach((script) => script.remove());
    resetPageDefaults();
  });

  it('data-lang="es" shows every element in Spanish on an English page', async () => {
    pageScript({ lang: 'es' });
    const container = await fixture(
      html`<div>
        <aw-fact-card fact="ncmec-reports-2021"></aw-fact-card>
        <aw-hotline-banner></aw-hotline-banner>
        <aw-quick-exit></aw-quick-exit>
        <aw-indicator-explainer></aw-indicator-explainer>
      </div>`,
    );
    expect(document.documentElement.lang).to.equal('en');
    const [card, banner, exit, explainer] = [...container.children] as LitElement[];
    await Promise.all([card, banner, exit, explainer].map((each) => each.updateComplete));
    expect(shadowTextOf(card)).to.match(/Fuente|datos de 2021/);
    expect(shadowTextOf(banner)).to.include('Línea Nacional');
    expect(shadowOf(exit).querySelector('button')!.textContent).to.match(/Salir/i);
    expect(shadowTextOf(explainer)).to.match(/señales/i);
  });

  it("an element's own lang wins over data-lang", async () => {
    pageScript({ lang: 'es' });
    const card = await fixture<LitElement>(
      html`<aw-fact-card lang="en" fact="ncmec-reports-2021"></aw-fact-card>`,
    );
    expect(shadowTextOf(card)).to.include('2021');
    expect(shadowTextOf(card)).to.not.match(/Fuente|datos de/);
  });

  it("a container's lang wins over data-lang", async () => {
    pageScript({ lang: 'es' });
    const wrapper = await fixture(html`<section lang="en"><aw-quick-exit></aw-quick-exit></section>`);
    const exit = wrapper.querySelector('aw-quick-exit') as LitElement;
    await exit.updateComplete;
    expect(shadowOf(exit).querySelector('button')!.textContent).to.match(/exit|leave/i);
  });

  it('re-renders in the new language when a container changes its lang', async () => {
    const wrapper = await fixture(html`<section lang="en"><aw-quick-exit></aw-quick-exit></section>`);
    const exit = wrapper.querySelector('aw-quick-exit') as LitElement;
    await exit.updateComplete;
    wrapper.setAttribute('lang', 'es-MX');
    await nextFrame();
    await exit.updateComplete;
    expect(shadowOf(exit).querySelector('button')!.textContent).to.match(/Salir/i);
  });

  it('data-region="CA" shows Canadian hotlines, and region on the element wins', async () => {
    pageScript({ region: 'CA' });
    const container = await fixture(
      html`<div>
        <aw-hotline-banner></aw-hotline-banner>
        <aw-hotline-banner region="GB"></aw-hotline-banner>
      </div>`,
    );
    const [canada, britain] = [...container.children] as LitElement[];
    await Promise.all([canada.updateComplete, britain.updateComplete]);
    const hrefs = (element: Element) => hrefsOf(linksOf(element));
    expect(hrefs(canada)).to.include('tel:+18339001010');
    expect(hrefs(britain)).to.include('tel:+448000121700');
    expect(hrefs(britain)).to.not.include('tel:+18339001010');
  });

  it('data-theme="dark" applies to every element, and theme on the element wins', async () => {
    pageScript({ theme: 'dark' });
    const container = await fixture(
      html`<div>
        <aw-fact-card></aw-fact-card>
        <aw-fact-card theme="light"></aw-fact-card>
      </div>`,
    );
    const [dark, light] = [...container.children] as LitElement[];
    await Promise.all([dark.updateComplete, light.updateComplete]);
    expect(themeOf(dark)).to.include('theme-dark');
    expect(themeOf(light)).to.include('theme-light');
    expect(getComputedStyle(shadowOf(dark).querySelector('.aw-root')!).backgroundColor).to.not.equal(
      getComputedStyle(shadowOf(light).querySelector('.aw-root')!).backgroundColor,
    );
  });

  it('data-exit-url sets where every quick exit goes, and href on the element wins', async () => {
    pageScript({ exitUrl: '/neutral.html' });
    const container = await fixture(
      html`<div>
        <aw-quick-exit></aw-quick-exit>
        <aw-quick-exit href="https://example.org/weather"></aw-quick-exit>
      </div>`,
    );
    const [fromPage, own] = [...container.children] as QuickExitElement[];
    expect(fromPage.exitUrl).to.equal(new URL('/neutral.html', document.baseURI).href);
    expect(own.exitUrl).to.equal('https://example.org/weather');
  });

  it('a bad data-theme falls back to auto with a warning, without throwing', async () => {
    pageScript({ theme: '<script>alert(1)</script>' });
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(String(message));
    try {
      const card = await fixture<LitElement>(html`<aw-fact-card></aw-fact-card>`);
      await card.updateComplete;
      expect(themeOf(card)).to.include('theme-auto');
      expect(
        warnings.filter((line) => line.includes('[awareness-widgets]') && line.includes('theme')),
      ).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});
