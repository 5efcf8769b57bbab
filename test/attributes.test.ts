/**
 * The attribute readers in src/core/attributes.ts: what a site owner sees when an attribute is written wrong (one
 * warning in one wording, and the value the element uses instead), then the readers called directly.
 */
import { expect, fixture, html } from '@open-wc/testing';
import {
  readChoice,
  readList,
  readNumber,
  readRegion,
  unlessEmpty,
  type NumberRange,
} from '../src/core/attributes.js';
import { dismissalKey } from '../src/elements/hotline-banner/dismissal.js';
import type { FactCardElement } from '../src/fact-card.js';
import '../src/fact-card.js';
import '../src/hotline-banner.js';
import '../src/indicator-explainer.js';
import '../src/quick-exit.js';
import { watchWarnings } from './helpers/warnings.js';
import { partOf, shadowOf } from './helpers/element.js';

const PREFIX = '[awareness-widgets]';
const DAY = 86_400_000;

let warnings: ReturnType<typeof watchWarnings>;
beforeEach(() => (warnings = watchWarnings()));
afterEach(() => {
  warnings.restore();
  localStorage.removeItem(dismissalKey());
});

/** The library's warnings, without the prefix every one of them starts with. */
const said = () =>
  warnings.lines.filter((line) => line.startsWith(PREFIX)).map((line) => line.slice(PREFIX.length + 1));

async function rendered<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  template: ReturnType<typeof html>,
): Promise<T> {
  const el = await fixture<T>(template);
  await el.updateComplete;
  return el;
}

const base = (el: HTMLElement) => partOf(el, 'base')!;

/** Dismisses a banner and returns the days its dismissal is kept. */
function dismissedForDays(el: HTMLElement): number {
  const before = Date.now();
  partOf<HTMLButtonElement>(el, 'dismiss-button')!.click();
  const stored = JSON.parse(localStorage.getItem(dismissalKey())!) as { until: number };
  return (stored.until - before) / DAY;
}

describe('attributes written wrong, as a site owner meets them', () => {
  describe('a choice', () => {
    it('an unknown variant shows the full card and says which value it used', async () => {
      const el = await rendered(html`<aw-fact-card variant="HUGE"></aw-fact-card>`);
      expect(base(el).classList.contains('variant-full')).to.equal(true);
      expect(said()).to.deep.equal(['variant="HUGE" is not valid; using full.']);
    });

    it('a choice in capitals with spaces around it is read without a warning', async () => {
      const el = await rendered(html`<aw-fact-card variant=" Compact "></aw-fact-card>`);
      expect(base(el).classList.contains('variant-compact')).to.equal(true);
      expect(said()).to.deep.equal([]);
    });

    it('an unknown theme uses the automatic theme, with the same wording', async () => {
      const el = await rendered(html`<aw-quick-exit theme="purple"></aw-quick-exit>`);
      expect(base(el).classList.contains('theme-auto')).to.equal(true);
      expect(said()).to.deep.equal(['theme="purple" is not valid; using auto.']);
    });

    it('an unknown topic names the fallback in words', async () => {
      const el = await rendered(html`<aw-fact-card topic="weather" rotate></aw-fact-card>`);
      expect(partOf(el, 'position')).to.not.equal(null);
      expect(said()).to.deep.equal(['topic="weather" is not valid; using the current facts.']);
    });

    it('an empty position on the quick exit is the default, not a mistake', async () => {
      const el = await rendered(html`<aw-quick-exit position=" "></aw-quick-exit>`);
      expect(base(el).classList.contains('inline')).to.equal(true);
      expect(said()).to.deep.equal([]);
    });

    it('an empty position on the banner is a mistake: inline, with a warning', async () => {
      const el = await rendered(html`<aw-hotline-banner position=""></aw-hotline-banner>`);
      expect(base(el).classList.contains('inline')).to.equal(true);
      expect(said()).to.deep.equal(['position="" is not valid; using inline.']);
    });
  });

  describe('a number', () => {
    it('a heading level above 6 is lowered to 6', async () => {
      const el = await rendered(html`<aw-indicator-explainer heading-level="9"></aw-indicator-explainer>`);
      expect(shadowOf(el).querySelector('.title')!.tagName).to.equal('H6');
      expect(said()).to.deep.equal(['heading-level="9" is not valid; using 6.']);
    });

    it('a heading level that is not a whole number uses the default, 2', async () => {
      const el = await rendered(html`<aw-indicator-explainer heading-level="3.5"></aw-indicator-explainer>`);
      expect(shadowOf(el).querySelector('.title')!.tagName).to.equal('H2');
      expect(said()).to.deep.equal(['heading-level="3.5" is not valid; using 2.']);
    });

    it('an interval that is not a number uses 8 seconds', async () => {
      const el = await rendered(html`<aw-fact-card topic="runaways" rotate interval="soon"></aw-fact-card>`);
      expect(partOf(el, 'position')).to.not.equal(null);
      expect(said()).to.deep.equal(['interval="soon" is not valid; using 8.']);
    });

    it('an interval is read only while the card rotates', async () => {
      await rendered(html`<aw-fact-card interval="soon"></aw-fact-card>`);
      expect(said()).to.deep.equal([]);
    });

    it('remember="0" keeps the dismissal for the default 30 days, not for none', async () => {
      const el = await rendered(html`<aw-hotline-banner dismissible remember="0"></aw-hotline-banner>`);
      expect(dismissedForDays(el)).to.be.closeTo(30, 0.01);
      expect(said()).to.deep.equal(['remember="0" is not valid; using 30.']);
    });

    it('remember longer than a year is lowered to 365 days', async () => {
      const el = await rendered(html`<aw-hotline-banner dismissible remember="1000"></aw-hotline-banner>`);
      expect(dismissedForDays(el)).to.be.closeTo(365, 0.01);
      expect(said()).to.deep.equal(['remember="1000" is not valid; using 365.']);
    });

    it('remember with only spaces is the default, 30 days, without a warning', async () => {
      const el = await rendered(html`<aw-hotline-banner dismissible remember="  "></aw-hotline-banner>`);
      expect(dismissedForDays(el)).to.be.closeTo(30, 0.01);
      expect(said()).to.deep.equal([]);
    });
  });

  describe('a list', () => {
    const order = (el: HTMLElement) =>
      [...shadowOf(el).querySelectorAll('[data-hotline]')].map((each) => each.getAttribute('data-hotline'));

    it('shows each known id once, in the order written, and names the unknown ones', async () => {
      const el = await rendered(
        html`<aw-hotline-banner hotline="us-emergency, nope ncmec,us-emergency later"></aw-hotline-banner>`,
      );
      expect(order(el)).to.deep.equal(['us-emergency', 'ncmec']);
      expect(said()).to.deep.equal(['hotline="nope,later" is not valid; using the known ones.']);
    });

    it('a list with no id in it shows the region’s lines', async () => {
      const el = await rendered(html`<aw-hotline-banner hotline=" , "></aw-hotline-banner>`);
      expect(order(el)).to.include('national-human-trafficking-hotline');
      expect(said()).to.deep.equal(['hotline="" is not valid; using the region\'s.']);
    });
  });

  describe('a region', () => {
    const contacts = (el: HTMLElement) =>
      [...shadowOf(el).querySelectorAll('a[part~="contact-link"]')].map((link) => link.getAttribute('href'));

    it('a code in lower case, or the alias UK, is read without a warning', async () => {
      const el = await rendered(html`<aw-indicator-explainer region=" uk "></aw-indicator-explainer>`);
      expect(contacts(el)).to.include('tel:999');
      expect(said()).to.deep.equal([]);
    });

    it('an empty region shows the U.S. lines, with the usual wording', async () => {
      const el = await rendered(html`<aw-hotline-banner region=""></aw-hotline-banner>`);
      expect(contacts(el)).to.include('tel:+18883737888');
      expect(said()).to.deep.equal(['region="" is not valid; using US.']);
    });

    it('a country without built-in lines shows no number at all, and says so once', async () => {
      const el = await rendered(html`<aw-hotline-banner region="FR"></aw-hotline-banner>`);
      expect(contacts(el).filter((href) => /^(tel|sms):/.test(href ?? ''))).to.deep.equal([]);
      expect(contacts(el)).to.deep.equal(['https://childhelplineinternational.org/']);
      expect(said()).to.have.length(1);
      expect(said()[0]).to.match(/^region="FR" is not a region with built-in hotlines; showing no number/);
    });
  });

  it('warns once per element, however often it renders', async () => {
    const el = await rendered<FactCardElement>(html`<aw-fact-card variant="huge"></aw-fact-card>`);
    el.requestUpdate();
    await el.updateComplete;
    await rendered(html`<aw-fact-card variant="huge"></aw-fact-card>`);
    expect(said()).to.deep.equal([
      'variant="huge" is not valid; using full.',
      'variant="huge" is not valid; using full.',
    ]);
  });
});

describe('the attribute readers', () => {
  const COLOURS = ['red', 'green'] as const;

  describe('readChoice', () => {
    it('gives the fallback quietly when the attribute is absent', () => {
      expect(readChoice({}, 'colour', null, COLOURS, 'red')).to.equal('red');
      expect(readChoice({}, 'colour', undefined, COLOURS, 'red')).to.equal('red');
      expect(said()).to.deep.equal([]);
    });

    it('trims and lower-cases the value', () => {
      expect(readChoice({}, 'colour', ' GREEN ', COLOURS, 'red')).to.equal('green');
      expect(said()).to.deep.equal([]);
    });

    it('gives the fallback for an unknown or empty value, with a warning that quotes it', () => {
      expect(readChoice({}, 'colour', 'blue', COLOURS, 'red')).to.equal('red');
      expect(readChoice({}, 'colour', '', COLOURS, 'red')).to.equal('red');
      expect(said()).to.deep.equal([
        'colour="blue" is not valid; using red.',
        'colour="" is not valid; using red.',
      ]);
    });

    it('can fall back to null, and name that fallback in words', () => {
      expect(readChoice({}, 'colour', 'blue', COLOURS, null, 'no colour')).to.equal(null);
      expect(said()).to.deep.equal(['colour="blue" is not valid; using no colour.']);
    });
  });

  describe('readNumber', () => {
    // The three rules the elements use: an interval raised to its minimum, days that must be positive, and a
    // heading level that must be a whole number.
    const INTERVAL: NumberRange = { min: 4, max: 60 };
    const DAYS: NumberRange = { min: 0, max: 365, exclusiveMin: true };
    const LEVEL: NumberRange = { min: 2, max: 6, whole: true };

    const cases: [string, NumberRange, string | number | null, number, string | null][] = [
      ['absent', INTERVAL, null, 8, null],
      ['in range', INTERVAL, ' 12.5 ', 12.5, null],
      ['a number property', INTERVAL, 30, 30, null],
      ['empty', INTERVAL, '', 8, 'using 8.'],
      ['not a number', INTERVAL, 'fast', 8, 'using 8.'],
      ['Infinity', INTERVAL, 'Infinity', 8, 'using 8.'],
      ['below the minimum, raised', INTERVAL, '1', 4, 'using 4.'],
      ['zero, raised', INTERVAL, '0', 4, 'using 4.'],
      ['above the maximum, lowered', INTERVAL, '600', 60, 'using 60.'],
      ['a part of a day', DAYS, '0.5', 0.5, null],
      ['zero days, the fallback', DAYS, '0', 8, 'using 8.'],
      ['negative days, the fallback', DAYS, '-3', 8, 'using 8.'],
      ['too many days, lowered', DAYS, '366', 365, 'using 365.'],
      ['a whole level', LEVEL, '4', 4, null],
      ['a level with a fraction, the fallback', LEVEL, '2.5', 8, 'using 8.'],
      ['a level below the minimum, raised', LEVEL, '-4', 2, 'using 2.'],
      ['a level above the maximum, lowered', LEVEL, '9', 6, 'using 6.'],
    ];
    for (const [what, range, raw, expected, warning] of cases) {
      it(`${what}: ${JSON.stringify(raw)} gives ${expected}${warning ? ', with a warning' : ''}`, () => {
        expect(readNumber({}, 'size', raw, 8, range)).to.equal(expected);
        expect(said()).to.deep.equal(
          warning ? [`size=${JSON.stringify(String(raw))} is not valid; ${warning}`] : [],
        );
      });
    }
  });

  describe('readList', () => {
    const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3 };
    const find = (id: string) => NUMBERS[id];

    it('gives null quietly when the attribute is absent', () => {
      expect(readList({}, 'numbers', null, find, 'the default')).to.equal(null);
      expect(said()).to.deep.equal([]);
    });

    it('reads ids split by commas or spaces, each once, in the order written', () => {
      expect(readList({}, 'numbers', 'three, one  two,three', find, 'the default')).to.deep.equal([3, 1, 2]);
      expect(said()).to.deep.equal([]);
    });

    it('keeps the known ids and names the unknown ones', () => {
      expect(readList({}, 'numbers', 'one,four,five', find, 'the default')).to.deep.equal([1]);
      expect(said()).to.deep.equal(['numbers="four,five" is not valid; using the known ones.']);
    });

    it('gives null, naming the default, when no id is known', () => {
      expect(readList({}, 'numbers', 'four', find, 'the default')).to.equal(null);
      expect(readList({}, 'numbers', ',', find, 'the default')).to.equal(null);
      expect(said()).to.deep.equal([
        'numbers="four" is not valid; using the default.',
        'numbers="" is not valid; using the default.',
      ]);
    });
  });

  describe('readRegion', () => {
    it('gives the U.S. quietly when neither the element nor the page names one', () => {
      expect(readRegion({}, undefined)).to.equal('US');
      expect(said()).to.deep.equal([]);
    });

    it('reads a code in any case, and the alias UK as GB', () => {
      expect(readRegion({}, 'ca')).to.equal('CA');
      expect(readRegion({}, ' Uk ')).to.equal('GB');
      expect(said()).to.deep.equal([]);
    });

    it('gives null for a country it does not cover, and the U.S. for an empty value, each with a warning', () => {
      expect(readRegion({}, 'ZZ')).to.equal(null);
      expect(readRegion({}, ' ')).to.equal('US');
      expect(said()[0]).to.include('region="ZZ" is not a region with built-in hotlines');
      expect(said()[1]).to.equal('region=" " is not valid; using US.');
    });
  });

  it('unlessEmpty treats an empty or blank value as absent', () => {
    expect(unlessEmpty(undefined)).to.equal(null);
    expect(unlessEmpty('')).to.equal(null);
    expect(unlessEmpty('  ')).to.equal(null);
    expect(unlessEmpty(' 7 ')).to.equal(' 7 ');
  });

  it('warns once per owner for the same mistake', () => {
    const owner = {};
    readChoice(owner, 'colour', 'blue', COLOURS, 'red');
    readChoice(owner, 'colour', 'blue', COLOURS, 'red');
    readChoice({}, 'colour', 'blue', COLOURS, 'red');
    expect(said()).to.have.length(2);
  });
});
