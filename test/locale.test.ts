import { expect, fixture, html } from '@open-wc/testing';
import './helpers/all-locales.js';
import { resolveLocale, toLocaleCode } from '../src/core/locale.js';
import { withFallback } from '../src/core/messages.js';
import { resetPageDefaults } from '../src/core/page-defaults.js';

describe('language resolution', () => {
  afterEach(() => {
    document.documentElement.setAttribute('lang', 'en');
    document.querySelectorAll('script[data-awareness-widgets]').forEach((script) => script.remove());
    resetPageDefaults();
  });

  it('maps regional tags to the built-in language', () => {
    expect(toLocaleCode('es-MX')).to.equal('es');
    expect(toLocaleCode('es-US')).to.equal('es');
    expect(toLocaleCode('en-GB')).to.equal('en');
    expect(toLocaleCode('fr-CA')).to.equal('fr');
    expect(toLocaleCode('de')).to.equal(null);
  });

  it("uses the element's own lang first", async () => {
    const el = await fixture(html`<div lang="es"><span lang="en-GB"></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('en');
  });

  it("uses the nearest ancestor's lang below <html>", async () => {
    const el = await fixture(
      html`<div lang="es-MX">
        <section><span></span></section>
      </div>`,
    );
    expect(resolveLocale(el.querySelector('span')!)).to.equal('es');
  });

  it("uses the script tag's data-lang over <html lang>", async () => {
    const script = document.createElement('script');
    script.dataset.awarenessWidgets = '';
    script.dataset.lang = 'es';
    document.head.append(script);
    resetPageDefaults();
    const el = await fixture(html`<span></span>`);
    expect(resolveLocale(el)).to.equal('es');
  });

  it('uses <html lang> when nothing nearer says', async () => {
    document.documentElement.setAttribute('lang', 'es-US');
    const el = await fixture(html`<span></span>`);
    expect(resolveLocale(el)).to.equal('es');
  });

  it('falls back to English for a language it has no words for', async () => {
    document.documentElement.setAttribute('lang', 'de');
    const el = await fixture(html`<span></span>`);
    expect(resolveLocale(el)).to.equal('en');
  });
});

describe('missing translations', () => {
  it('keeps a translated list as a list', () => {
    const filled = withFallback({ steps: ['uno', 'dos'] }, { steps: ['one', 'two', 'three'] }, 'xx');
    expect(filled.steps).to.deep.equal(['uno', 'dos']);
    expect(Array.isArray(withFallback({}, { steps: ['one'] }, 'xx').steps)).to.equal(true);
  });

  it('shows English for the one missing string, with a warning', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const filled = withFallback({ a: 'uno', b: '' }, { a: 'one', b: 'two', c: { d: 'three' } }, 'xx');
      expect(filled).to.deep.equal({ a: 'uno', b: 'two', c: { d: 'three' } });
      expect(warnings.some((line) => line.includes('b'))).to.equal(true);
      expect(warnings.some((line) => line.includes('c.d'))).to.equal(true);
    } finally {
      console.warn = original;
    }
  });
});
