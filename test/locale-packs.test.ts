import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { en } from '../src/content/locales/en/index.js';
import { fr } from '../src/content/locales/fr/index.js';
import { registerLocale } from '../src/core/locale-registry.js';
import '../src/hotline-banner.js';
import '../src/quick-exit.js';
import type { HotlineBannerElement } from '../src/hotline-banner.js';
import type { QuickExitElement } from '../src/quick-exit.js';
import { shadowOf, shadowTextOf } from './helpers/element.js';
import { watchWarnings } from './helpers/warnings.js';

// Languages other than English arrive as locale packs: the built file `dist/locales/<code>.js` as a second script
// tag, or an import. This file loads no pack up front (unlike the element tests), so it sees a page without one.

/** Adds a script tag for a built file, as a site owner does, and waits for it to run. */
function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

const localeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/dist/locales/'));

describe('locale packs', () => {
  it('shows English, asks for no file, and names the file to add, when a language is asked for without its pack', async () => {
    const warnings = watchWarnings();
    try {
      const exit = await fixture<QuickExitElement>(html`<aw-quick-exit lang="fr-CA"></aw-quick-exit>`);
      expect(shadowTextOf(exit)).to.contain(en.quickExit.label);
      expect(localeRequests(), 'nothing the site owner did not write into the page').to.deep.equal([]);
      const advice = warnings.lines.filter((line) => line.includes('locales/fr.js'));
      expect(advice, 'one warning names the file').to.have.length(1);
      expect(warnings.lines.filter((line) => line.includes('is not valid'))).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('re-renders elements already on the page when the built French file loads after them', async () => {
    const banner = await fixture<HotlineBannerElement>(
      html`<div lang="fr-CA"><aw-hotline-banner region="CA"></aw-hotline-banner></div>`,
    ).then((wrapper) => wrapper.querySelector<HotlineBannerElement>('aw-hotline-banner')!);
    expect(shadowTextOf(banner)).to.contain(en.hotlines.title);
    await addScript('/dist/locales/fr.js');
    await waitUntil(() => shadowTextOf(banner).includes(fr.hotlines.title), 'the banner speaks French');
    expect(shadowTextOf(banner)).to.contain(fr.hotlines.entries['canadian-human-trafficking-hotline'].name);
    expect(banner.locale).to.equal('fr');
  });

  it('speaks French at once in an element added after the pack, and a second copy of the file changes nothing', async () => {
    await addScript('/dist/locales/fr.js?copy=2');
    const warnings = watchWarnings();
    try {
      const exit = await fixture<QuickExitElement>(html`<aw-quick-exit lang="fr"></aw-quick-exit>`);
      expect(shadowTextOf(exit)).to.contain(fr.quickExit.label);
      expect(warnings.count()).to.equal(0);
    } finally {
      warnings.restore();
    }
  });

  it('takes a partner’s own language: its words where given, English for the rest, each gap warned once', async () => {
    const warnings = watchWarnings();
    try {
      // "qaa" is a private-use language code: no real language, so nothing here pretends to be a translation.
      registerLocale('qaa', { quickExit: { label: '<b>Qaa leave</b>' } });
      const exit = await fixture<QuickExitElement>(html`<aw-quick-exit lang="qaa"></aw-quick-exit>`);
      expect(shadowTextOf(exit), 'text, never markup').to.contain('<b>Qaa leave</b>');
      expect(shadowOf(exit).querySelector('b')).to.equal(null);
      expect(shadowTextOf(exit)).to.contain(en.quickExit.hint);
      expect(warnings.lines.some((line) => line.includes('"qaa" text for quickExit.hint'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  for (const [name, code, pack] of [
    ['an empty code', '', { quickExit: { label: 'x' } }],
    ['markup as a code', '<img src=x onerror=alert(1)>', { quickExit: { label: 'x' } }],
    ['English', 'en', { quickExit: { label: 'Not English' } }],
    ['no words', 'qab', null],
  ] as const) {
    it(`ignores registerLocale with ${name}, with one warning and no exception`, async () => {
      const warnings = watchWarnings();
      try {
        expect(() => registerLocale(code, pack as never)).to.not.throw();
        expect(warnings.count()).to.equal(1);
        const exit = await fixture<QuickExitElement>(html`<aw-quick-exit></aw-quick-exit>`);
        expect(shadowTextOf(exit)).to.contain(en.quickExit.label);
      } finally {
        warnings.restore();
      }
    });
  }
});
