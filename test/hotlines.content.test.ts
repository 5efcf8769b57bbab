import { expect } from '@open-wc/testing';
import {
  HOTLINE_IDS,
  emergencyText,
  hotlines,
  keypadDigits,
  type HotlineChannel,
} from '../src/content/hotlines.js';
import { isShortCode, reviewedHotlines } from '../src/content/hotline-reviews.js';
import { builtInLocales } from '../src/content/locales/all.js';
import { en } from '../src/content/locales/en/index.js';
import { SUPPORTED_LOCALES } from '../src/content/locales/index.js';
import { regionHelp, UNCOVERED } from '../src/content/region-help.js';
import { REGION_CODES } from '../src/content/regions.js';
import { es } from '../src/content/locales/es/index.js';
import { fr } from '../src/content/locales/fr/index.js';
import { DEFAULT_EXIT_URL } from '../src/elements/quick-exit/quick-exit.js';
import { quickExitExamples } from '../src/elements/quick-exit/quick-exit.examples.js';

/** Every shipped language, from the list in src/content/locales/index.ts: a language added later is checked too. */
const locales = SUPPORTED_LOCALES.map((code) => builtInLocales[code]);
const entries = Object.values(reviewedHotlines);
const channels = entries.flatMap((hotline) => hotline.channels.map((channel) => ({ hotline, channel })));
const digits = (text: string) => text.replace(/\D/g, '');

/** Every string in a locale namespace, functions called with a sample value. */
function strings(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (typeof tree === 'function') return [String((tree as (value: string) => string)('X'))];
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(strings);
  return [];
}

describe('hotline content', () => {
  it('lists every hotline once, under its own id', () => {
    expect(Object.keys(hotlines)).to.deep.equal([...HOTLINE_IDS]);
    for (const [id, hotline] of Object.entries(hotlines)) expect(hotline.id).to.equal(id);
  });

  it('gives every hotline a source and the date it was verified', () => {
    for (const hotline of entries) {
      expect(hotline.sources.length, hotline.id).to.be.above(0);
      for (const source of hotline.sources) {
        expect(source.organisation, hotline.id).to.be.a('string').and.not.equal('');
        expect(source.title, hotline.id).to.be.a('string').and.not.equal('');
        if (source.url) expect(source.url, hotline.id).to.match(/^https:\/\//);
      }
      expect(hotline.verified, hotline.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(hotline.verified)), hotline.id).to.equal(false);
      expect(hotline.verified >= '2026-11-22', `${hotline.id}: checked in this release`).to.equal(true);
      expect(Date.parse(hotline.verified), `${hotline.id}: not in the future`).to.be.at.most(Date.now());
      // Lines added from December 2026 also say when and how each page was read (the live page or a stored copy).
      if (hotline.verified >= '2026-12-01') {
        for (const source of hotline.sources) {
          expect(source.checked?.seen, `${hotline.id}: ${source.title}`).to.be.oneOf(['live', 'stored copy']);
          expect(source.checked?.on, `${hotline.id}: ${source.title}`).to.equal(hotline.verified);
        }
      }
    }
  });

  it('links every phone number as tel: in E.164, or as a short code marked as one', () => {
    for (const { hotline, channel } of channels.filter(({ channel }) => channel.href.startsWith('tel:'))) {
      // Short codes: emergency and relay numbers (3 digits), and national-only numbers such as Australia's 13 numbers.
      if (isShortCode(hotline, channel)) expect(channel.href, hotline.id).to.match(/^tel:\d{3,6}$/);
      else expect(channel.href, hotline.id).to.match(/^tel:\+[1-9]\d{7,14}$/);
    }
  });

  it('links every text line as a plain sms: to its short code, with the keyword shown', () => {
    const texts = channels.filter(({ channel }) => channel.kind === 'text');
    expect(texts.length).to.be.above(0);
    for (const { hotline, channel } of texts) {
      expect(channel.href, hotline.id).to.match(/^sms:\+?\d+$/);
      expect(channel.keywords?.length, hotline.id).to.be.above(0);
    }
  });

  it('links every website over https', () => {
    for (const { hotline, channel } of channels.filter(({ channel }) => channel.kind === 'web')) {
      expect(new URL(channel.href).protocol, hotline.id).to.equal('https:');
      const { hostname, pathname } = new URL(channel.href);
      expect(`${hostname}${pathname}`, hotline.id).to.include(channel.display.replace(/^www\./, ''));
      expect(channel.action, hotline.id).to.be.a('string');
    }
  });

  const TRUNK_ZERO_COUNTRY_CODES: Partial<Record<string, string>> = {
    GB: '44',
    NZ: '64',
    AU: '61',
    IE: '353',
  };

  it('shows every number with the same digits as its link', () => {
    const dialled = (channel: HotlineChannel) => digits(channel.href);
    for (const { hotline, channel } of channels.filter(({ channel }) => channel.kind !== 'web')) {
      const shown = digits(channel.display);
      // Outside North America the link dials the country code, then the number without its trunk prefix 0.
      const country = TRUNK_ZERO_COUNTRY_CODES[hotline.region];
      const expected =
        country && !isShortCode(hotline, channel) ? `${country}${shown.replace(/^0/, '')}` : shown;
      expect(dialled(channel), `${hotline.id}: ${channel.display}`).to.equal(expected);
    }
  });

  it("words an emergency line as one short line, in the young reader's form for young people", () => {
    const line = hotlines['us-emergency'];
    expect(emergencyText(line, en.hotlines)).to.deep.equal({
      action: 'In an emergency, call',
      number: '911',
    });
    expect(emergencyText(line, es.hotlines, 'public').action).to.equal('En una emergencia, llame al');
    expect(emergencyText(line, es.hotlines, 'youth').action).to.equal('En una emergencia, llama al');
  });

  it('shows 1-800-THE-LOST with digits that spell the same number', () => {
    const ncmec = hotlines.ncmec.channels[0];
    expect(ncmec.vanity).to.equal('1-800-THE-LOST');
    expect(ncmec.display).to.equal('1-800-843-5678');
    expect(keypadDigits(ncmec.vanity!)).to.equal(digits(ncmec.href));
  });

  it('carries the numbers the content guide lists', () => {
    const all = channels.map(({ channel }) => channel.href);
    for (const href of [
      'tel:+18883737888',
      'sms:233733',
      'tel:+18008435678',
      'https://report.cybertip.org/',
      'tel:911',
      'tel:+18339001010',
      'tel:+18666589022',
      'tel:+448000121700',
      'tel:+448001111',
      'tel:+448088005000',
      'tel:999',
    ]) {
      expect(all).to.include(href);
    }
    // 233733 spells BEFREE on a keypad: the number's name, not a second keyword (CONTENT.md section 2).
    expect(hotlines['national-human-trafficking-hotline'].channels[1].keywords).to.deep.equal(['HELP']);
  });

  it('does not present Childhelp as a reporting line', () => {
    for (const hotline of entries) expect(hotline.organisation.toLowerCase()).to.not.include('childhelp');
    for (const source of entries.flatMap((hotline) => hotline.sources)) {
      expect(source.organisation.toLowerCase()).to.not.include('childhelp');
    }
    for (const text of locales.flatMap((words) => strings(words.hotlines))) {
      expect(text.toLowerCase()).to.not.include('childhelp');
    }
  });

  it("gives each region and audience a default set of that region's hotlines, the emergency number last", () => {
    for (const region of REGION_CODES) {
      const help = regionHelp[region];
      const lists = {
        ...help.banner,
        ...Object.fromEntries(
          Object.entries(help.explainer).map(([audience, { contacts }]) => [
            `explainer ${audience}`,
            contacts,
          ]),
        ),
      };
      for (const [who, ids] of Object.entries(lists)) {
        expect(ids.length, `${region} ${who}`).to.be.above(1);
        // A region's own lines, or the directory of child helplines, which lists each country's own.
        for (const id of ids) {
          expect(reviewedHotlines[id].region, `${region} ${who}: ${id}`).to.be.oneOf([
            region,
            'international',
          ]);
        }
        expect(hotlines[ids[ids.length - 1]].emergency, `${region} ${who}`).to.equal(true);
      }
    }
    expect(regionHelp.US.banner.public).to.deep.equal([
      'national-human-trafficking-hotline',
      'ncmec',
      'cybertipline',
      'us-emergency',
    ]);
  });

  it('gives a region without built-in lines no number at all: only the directory of child helplines', () => {
    const shown = [
      ...Object.values(UNCOVERED.banner),
      ...Object.values(UNCOVERED.explainer).map(({ contacts }) => contacts),
    ].flat();
    expect(new Set(shown)).to.deep.equal(new Set(['child-helpline-international']));
    const directory = reviewedHotlines['child-helpline-international'];
    expect(directory.channels.map((channel) => channel.kind)).to.deep.equal(['web']);
    expect(directory.channels[0].href).to.match(/^https:\/\/childhelplineinternational\.org\//);
    expect(directory.sources[0].checked?.on).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(UNCOVERED.localEmergency).to.equal(true);
  });

  it('uses U.S. words (NCMEC, mandated reporting, a text line) in U.S. steps only', () => {
    const usOnly = ['missingNcmec', 'mandatedReporter', 'callOrText', 'hotline'];
    for (const region of REGION_CODES.filter((code) => code !== 'US')) {
      for (const [audience, { steps }] of Object.entries(regionHelp[region].explainer)) {
        const used = (steps as readonly string[]).filter((step) => usOnly.includes(step));
        expect(used, `${region} ${audience}`).to.deep.equal([]);
      }
    }
    for (const { steps } of Object.values(UNCOVERED.explainer)) {
      expect((steps as readonly string[]).filter((step) => usOnly.includes(step))).to.deep.equal([]);
    }
  });

  it('has a name and both descriptions in every shipped language for every hotline but an emergency number', () => {
    for (const id of HOTLINE_IDS) {
      const emergency = hotlines[id].emergency === true;
      for (const words of locales.map((locale) => locale.hotlines.entries[id])) {
        expect(words.name, id).to.be.a('string').and.match(/\S/);
        if (emergency) {
          // Shown only as "In an emergency, call 911": words for it would be downloaded and never read.
          expect([words.purpose, words.youthPurpose], id).to.deep.equal([undefined, undefined]);
        } else {
          expect(words.purpose, id).to.be.a('string').and.match(/\S/);
          expect(words.youthPurpose, id).to.be.a('string').and.match(/\S/);
        }
      }
      if (!emergency) {
        for (const other of locales.filter((locale) => locale !== en)) {
          expect(other.hotlines.entries[id].purpose, `${id} is translated`).to.not.equal(
            en.hotlines.entries[id].purpose,
          );
        }
      }
    }
  });

  it('follows the language rules in English, Spanish and French', () => {
    const english = [...strings(en.hotlines), ...strings(en.quickExit)].join(' ').toLowerCase();
    for (const word of ['prostitut', 'sex worker', ' john', 'trick', 'pimp'])
      expect(english).to.not.include(word);
    const spanish = [...strings(es.hotlines), ...strings(es.quickExit)].join(' ').toLowerCase();
    for (const word of ['prostitu', 'cliente', 'chulo', 'proxeneta']) expect(spanish).to.not.include(word);
    const french = [...strings(fr.hotlines), ...strings(fr.quickExit)].join(' ').toLowerCase();
    for (const word of ['prostitu', 'client', 'proxénète', 'travailleuse du sexe']) {
      expect(french).to.not.include(word);
    }
  });

  // No well-kept reading-level tool exists for Spanish or French on npm (the Flesch–Kincaid package is English
  // only), so every language is held to the same plain limit on sentence length: the hotlines, and the signs and
  // the explainer's words around them.
  it('keeps sentences short in every shipped language', () => {
    const texts = locales.flatMap((words) => [
      ...strings(words.hotlines),
      ...strings(words.signs),
      ...strings(words.explainer),
    ]);
    expect(texts.length).to.be.above(locales.length * 100);
    const long = texts
      .flatMap((text) => text.split(/[.?!:]\s/))
      .filter((sentence) => sentence.split(/\s+/).length > 20);
    expect(long, long.join('\n')).to.deep.equal([]);
  });

  it('tells a young reader what happens next on every line, and promises only what each line’s source says', () => {
    const youth = (id: keyof typeof en.hotlines.entries) => en.hotlines.entries[id].youthPurpose ?? '';
    // NCMEC's pages do not say who answers 1-800-THE-LOST, so the line says what happens: it works with the police.
    expect(youth('ncmec')).to.include('works with families and the police');
    expect(youth('ncmec')).to.include('may reach the police');
    // Oranga Tamariki: support for the family, or an assessment or investigation, jointly with the Police at times.
    expect(youth('oranga-tamariki')).to.include('look into it, sometimes with the police');
    // DIA: an investigator reviews each report; the people who share the material may be prosecuted.
    expect(youth('dia-report')).to.include('An investigator checks each one');
    expect(youth('dia-report')).to.include('act against people who share them');
    // The U.S. hotline's own pages (stored copies from before its September 2025 change of operator; the live policy
    // is marked to re-check in hotline-reviews.ts) say it tells the authorities where the law requires or someone is
    // in danger: no promise to ask first, in any language.
    const us = locales.map((words) => words.hotlines.entries['national-human-trafficking-hotline'].purpose);
    expect(us[0]).to.include('They may tell the police if the law says so or someone is in danger.');
    for (const text of us) expect(text).to.not.match(/ask before|permiso antes|permission avant/i);
    // "Will remain confidential" is the Anti-Slavery Commissioner's page, not the AFP page that gives the number.
    for (const words of locales) {
      const afp = words.hotlines.entries['afp-human-trafficking'];
      expect(`${afp.purpose} ${afp.youthPurpose}`).to.not.match(/confiden/i);
    }
    // An emergency number is not confidential: a young reader is told what a call can bring.
    expect(en.hotlines.youthLocalEmergency).to.include('They can send the police.');
  });

  it("the quick exit examples' fallback link goes to the element's default destination", () => {
    expect(quickExitExamples[0].html).to.include(`href="${DEFAULT_EXIT_URL}"`);
  });
});
