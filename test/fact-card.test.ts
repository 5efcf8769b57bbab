import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import './helpers/all-locales.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { installClock, type Clock } from './helpers/clock.js';
import { buttonsOf, partOf, shadowOf, textOf } from './helpers/element.js';
import { emulateMedia } from './helpers/media.js';
import { currentFacts, defaultFact, factsByTopic } from '../src/content/facts.js';
import { en } from '../src/content/locales/en/index.js';
import { es } from '../src/content/locales/es/index.js';
import { factCardExamples } from '../src/elements/fact-card/fact-card.examples.js';
import type { FactChangeDetail } from '../src/elements/fact-card/fact-card.js';
import { FactCardElement } from '../src/fact-card.js';

// ---- Helpers --------------------------------------------------------------------------------------------------

const figure = (el: FactCardElement) => textOf(partOf(el, 'figure'));
const sentence = (el: FactCardElement) => textOf(partOf(el, 'sentence'));
const citation = (el: FactCardElement) => textOf(partOf(el, 'citation'));
const position = (el: FactCardElement) => textOf(partOf(el, 'position'));
const slides = (el: FactCardElement) => shadowOf(el).querySelector<HTMLElement>('.slides')!;
const RUNAWAYS = factsByTopic('runaways').length;

/** Collects console warnings from the library while a test runs. */
let warnings: string[] = [];
const originalWarn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (line.includes('[awareness-widgets]')) warnings.push(line);
    else originalWarn(...args);
  };
});
/** The fake clock of a test that installed one; taken away after every test, passed or failed. */
let clock: Clock | undefined;
const tick = (ms: number) => clock!.tick(ms);
afterEach(() => {
  clock?.uninstall();
  clock = undefined;
  console.warn = originalWarn;
  FactCardElement.minimumInterval = 4;
});

async function card(markup: string): Promise<FactCardElement> {
  const el = await fixture<FactCardElement>(markup);
  await el.updateComplete;
  return el;
}

/** Emulates the reader's motion preference; false where the browser cannot (Firefox over WebDriver BiDi). */
let cannotEmulate = false;
let emulated = false;
async function reducedMotion(value: 'reduce' | 'no-preference'): Promise<boolean> {
  if (cannotEmulate) return false;
  if (!(await emulateMedia({ reducedMotion: value }))) {
    cannotEmulate = true;
    return false;
  }
  emulated = value === 'reduce';
  return matchMedia(`(prefers-reduced-motion: ${value})`).matches;
}

/** A rotating card that moves every 0.3 s of the fake clock. */
async function fastCard(attributes = 'topic="runaways"'): Promise<FactCardElement> {
  FactCardElement.minimumInterval = 0.2;
  return card(`<aw-fact-card ${attributes} rotate interval="0.3"></aw-fact-card>`);
}

// ---- Built-in facts -------------------------------------------------------------------------------------------

describe('<aw-fact-card> with built-in facts', () => {
  it('shows the newest figure about the scale of the problem when told nothing', async () => {
    const el = await card('<aw-fact-card></aw-fact-card>');
    const fact = defaultFact();
    expect(figure(el)).to.equal(en.facts[fact.id].figure);
    expect(sentence(el)).to.equal(en.facts[fact.id].sentence);
    expect(warnings).to.deep.equal([]);
  });

  it('shows the year of the data next to the figure', async () => {
    const el = await card('<aw-fact-card fact="reports-2021"></aw-fact-card>');
    expect(figure(el)).to.equal('More than 17,200');
    expect(citation(el)).to.include('data from 2021');
  });

  it('always shows the organisation and the document it comes from', async () => {
    const el = await card('<aw-fact-card fact="reports-2021"></aw-fact-card>');
    expect(citation(el)).to.include(
      'Source: National Center for Missing & Exploited Children, Child Sex Trafficking',
    );
  });

  it('links to the source as a plain link that opens in the same tab', async () => {
    const el = await card('<aw-fact-card fact="reports-2021"></aw-fact-card>');
    const link = partOf(el, 'source-link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://www.missingkids.org/theissues/trafficking');
    expect(link.hasAttribute('target')).to.equal(false);
  });

  it('shows the source as text when no link to it is known', async () => {
    const el = await card('<aw-fact-card fact="reports-2015"></aw-fact-card>');
    expect(partOf(el, 'source-link')).to.equal(null);
    expect(citation(el)).to.include('Child Sex Trafficking: Facts and Figures');
    expect(citation(el)).to.include('data from 2015');
  });

  it('shows an older figure by its id, with its own year', async () => {
    const el = await card('<aw-fact-card fact="runaways-2015"></aw-fact-card>');
    expect(figure(el)).to.equal('1 in 5');
    expect(sentence(el)).to.include('In 2015');
    expect(citation(el)).to.include('data from 2015');
  });

  it('labels an estimate as an estimate', async () => {
    const el = await card('<aw-fact-card fact="children-exploited-estimate"></aw-fact-card>');
    expect(textOf(partOf(el, 'estimate'))).to.equal('Estimate');
    expect(sentence(el)).to.include('This is an estimate');
    expect(citation(el)).to.include('date of data not given');
  });

  it('names NCMEC as the estimate’s source, as cited in the brief the library read it in', async () => {
    const full = await card('<aw-fact-card fact="children-exploited-estimate"></aw-fact-card>');
    expect(citation(full)).to.equal(
      'Source: National Center for Missing & Exploited Children, as cited in Advocacy brief, What we MUST, date of data not given.',
    );
    const compact = await card(
      '<aw-fact-card fact="children-exploited-estimate" variant="compact"></aw-fact-card>',
    );
    expect(citation(compact)).to.match(/^Source: NCMEC, as cited in What we MUST, /);
    const spanish = await card('<aw-fact-card fact="children-exploited-estimate" lang="es"></aw-fact-card>');
    expect(citation(spanish)).to.include('National Center for Missing & Exploited Children, citado en');
    // A figure read in its publisher's own document names no one else.
    const counted = await card('<aw-fact-card fact="reports-2021"></aw-fact-card>');
    expect(citation(counted)).to.not.include('as cited in');
  });

  it('shows no estimate label on a counted figure', async () => {
    const el = await card('<aw-fact-card fact="reports-2021"></aw-fact-card>');
    expect(partOf(el, 'estimate')).to.equal(null);
  });

  it('picks the newest fact of a topic', async () => {
    const el = await card('<aw-fact-card topic="age"></aw-fact-card>');
    expect(figure(el)).to.equal('Age 15');
    expect(citation(el)).to.include('data from 2019');
    const runaways = await card('<aw-fact-card topic="runaways"></aw-fact-card>');
    expect(figure(runaways)).to.equal(en.facts[factsByTopic('runaways')[0].id].figure);
    expect(citation(runaways)).to.include('data from 2021');
  });

  it('hides the large figure from screen readers, because the sentence says it too', async () => {
    const el = await card('<aw-fact-card fact="runaways-2021"></aw-fact-card>');
    expect(partOf(el, 'figure')!.getAttribute('aria-hidden')).to.equal('true');
    expect(sentence(el)).to.include('1 in 6');
  });

  it('shows a compact card with the short name of the source, and its full name as the link title', async () => {
    const el = await card('<aw-fact-card fact="runaways-2021" variant="compact"></aw-fact-card>');
    const link = partOf(el, 'source-link') as HTMLAnchorElement;
    expect(textOf(link)).to.equal('NCMEC');
    expect(link.title).to.include('National Center for Missing & Exploited Children');
    expect(citation(el)).to.include('data from 2021');
    expect(partOf(el, 'base')!.classList.contains('variant-compact')).to.equal(true);
  });

  it('gives the short name its full name in compact cards without a link', async () => {
    const el = await card('<aw-fact-card fact="boys-2015" variant="compact"></aw-fact-card>');
    const abbr = shadowOf(el).querySelector('abbr')!;
    expect(textOf(abbr)).to.equal('NCMEC');
    expect(abbr.title).to.include('National Center for Missing & Exploited Children');
  });

  it('shows a full card when variant="full"', async () => {
    const el = await card('<aw-fact-card fact="reports-2021" variant="full"></aw-fact-card>');
    expect(partOf(el, 'base')!.classList.contains('variant-full')).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });

  it('speaks Spanish inside lang="es"', async () => {
    const el = await card('<aw-fact-card lang="es" fact="reports-2021"></aw-fact-card>');
    expect(figure(el)).to.equal(es.facts['reports-2021'].figure);
    expect(sentence(el)).to.equal(es.facts['reports-2021'].sentence);
    expect(citation(el)).to.include('Fuente:');
    expect(citation(el)).to.include('datos de 2021');
  });

  it('changes language when the page changes lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      '<div lang="en"><aw-fact-card fact="reports-2021"></aw-fact-card></div>',
    );
    const el = wrapper.querySelector('aw-fact-card')!;
    await el.updateComplete;
    wrapper.setAttribute('lang', 'es');
    await aTimeout(0);
    await el.updateComplete;
    expect(figure(el)).to.equal('Más de 17,200');
  });

  it('hides the fallback children once it shows a built-in fact', async () => {
    const el = await card('<aw-fact-card fact="reports-2021"><p>Fallback text</p></aw-fact-card>');
    expect(el.querySelector('p')!.assignedSlot).to.equal(null);
    expect(figure(el)).to.equal('More than 17,200');
  });
});

// ---- Bad input ------------------------------------------------------------------------------------------------

describe('<aw-fact-card> with bad input', () => {
  it('shows the default fact, with one warning, for an unknown id', async () => {
    const el = await card('<aw-fact-card fact="no-such-fact"></aw-fact-card>');
    expect(figure(el)).to.equal(en.facts[defaultFact().id].figure);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('no-such-fact');
  });

  it('warns only once when it renders again', async () => {
    const el = await card('<aw-fact-card fact="no-such-fact"></aw-fact-card>');
    el.variant = 'compact';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings).to.have.length(1);
  });

  it('shows the default fact for an empty fact attribute, with one warning', async () => {
    const el = await card('<aw-fact-card fact=""></aw-fact-card>');
    expect(figure(el)).to.equal(en.facts[defaultFact().id].figure);
    expect(warnings).to.have.length(1);
  });

  it('never renders HTML written into an attribute', async () => {
    const el = await card(
      `<aw-fact-card fact="<img src=x onerror=&quot;window.__factCardHacked=1&quot;>" topic="<script>window.__factCardHacked=1</script>"></aw-fact-card>`,
    );
    await aTimeout(50);
    expect(shadowOf(el).querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __factCardHacked?: number }).__factCardHacked).to.equal(undefined);
    expect(figure(el)).to.equal(en.facts[defaultFact().id].figure);
  });

  it('keeps the warning short for a huge attribute', async () => {
    const el = await card(`<aw-fact-card fact="${'x'.repeat(20000)}"></aw-fact-card>`);
    expect(figure(el)).to.equal(en.facts[defaultFact().id].figure);
    expect(warnings).to.have.length(1);
    expect(warnings[0].length).to.be.lessThan(300);
  });

  it('shows the default fact, with one warning, for an unknown topic', async () => {
    const el = await card('<aw-fact-card topic="weather"></aw-fact-card>');
    expect(figure(el)).to.equal(en.facts[defaultFact().id].figure);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('weather');
  });

  it('shows a full card, with one warning, for an unknown variant', async () => {
    const el = await card('<aw-fact-card fact="reports-2021" variant="huge"></aw-fact-card>');
    expect(partOf(el, 'base')!.classList.contains('variant-full')).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('huge');
  });

  it('uses 8 seconds, with one warning, when interval is not a number', async () => {
    const el = await card('<aw-fact-card topic="runaways" rotate interval="fast"></aw-fact-card>');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('using 8');
    expect(position(el)).to.equal(`Fact 1 of ${RUNAWAYS}`);
  });

  it('raises a too short interval to the minimum, with one warning', async () => {
    clock = installClock();
    FactCardElement.minimumInterval = 0.4;
    const el = await card('<aw-fact-card topic="runaways" rotate interval="0.05"></aw-fact-card>');
    expect(warnings).to.have.length(1);
    tick(399);
    await el.updateComplete;
    expect(position(el)).to.equal(`Fact 1 of ${RUNAWAYS}`);
    tick(1);
    await el.updateComplete;
    expect(position(el), 'moved on').to.not.equal(`Fact 1 of ${RUNAWAYS}`);
  });

  it('lowers a too long interval to 60 seconds, with one warning', async () => {
    await card('<aw-fact-card topic="runaways" rotate interval="100000"></aw-fact-card>');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('using 60');
  });

  it('shows one figure, with one warning, when fact and rotate are both set', async () => {
    const el = await card('<aw-fact-card fact="boys-2015" rotate></aw-fact-card>');
    expect(figure(el)).to.equal('4.3%');
    expect(buttonsOf(el)).to.have.length(0);
    expect(warnings).to.have.length(1);
  });
});

// ---- Rotation -------------------------------------------------------------------------------------------------

describe('<aw-fact-card rotate>', () => {
  // Time moves only when a test ticks the clock; the root afterEach uninstalls it.
  beforeEach(() => {
    clock = installClock();
  });
  afterEach(async () => {
    if (emulated) await reducedMotion('no-preference');
    await resetMouse();
  });

  it('shows Pause first, then Previous and Next, with "Fact 1 of N"', async () => {
    const el = await card('<aw-fact-card topic="runaways" rotate></aw-fact-card>');
    expect(buttonsOf(el).map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Pause the facts',
      'Previous fact',
      'Next fact',
    ]);
    expect(buttonsOf(el).map((button) => textOf(button))).to.deep.equal(['Pause', 'Previous', 'Next']);
    expect(position(el)).to.equal(`Fact 1 of ${RUNAWAYS}`);
    expect(figure(el)).to.equal(en.facts['runaways-2021'].figure);
  });

  it('names itself as a carousel of facts and each figure as one of N', async () => {
    const el = await card('<aw-fact-card topic="runaways" rotate></aw-fact-card>');
    const region = shadowOf(el).querySelector('section')!;
    expect(region.getAttribute('aria-label')).to.equal('Facts about child sex trafficking');
    expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
    const slide = shadowOf(el).querySelector('[role="group"]')!;
    expect(slide.getAttribute('aria-label')).to.equal(`1 of ${RUNAWAYS}`);
  });

  it('moves to the next fact on its own after the interval', async () => {
    const el = await fastCard();
    let changes = 0;
    el.addEventListener('aw-fact-change', () => changes++);
    const event = oneEvent(el, 'aw-fact-change');
    tick(299);
    await el.updateComplete;
    expect(changes, 'not before the interval').to.equal(0);
    expect(position(el)).to.equal(`Fact 1 of ${RUNAWAYS}`);
    tick(1);
    const { detail } = (await event) as CustomEvent<FactChangeDetail>;
    expect(detail).to.deep.equal({
      id: factsByTopic('runaways')[1].id,
      index: 1,
      total: RUNAWAYS,
      reason: 'auto',
    });
    await el.updateComplete;
    expect(position(el)).to.equal(`Fact 2 of ${RUNAWAYS}`);
  });

  it('starts again from the first fact after the last one', async () => {
    const el = await card('<aw-fact-card topic="age" rotate></aw-fact-card>');
    shadowOf(el).querySelectorAll('button')[2].click();
    await el.updateComplete;
    shadowOf(el).querySelectorAll('button')[2].click();
    await el.updateComplete;
    expect(position(el)).to.equal('Fact 1 of 2');
  });

  it('cycles through the current figures only when no topic is given: no archival count, no NCIC entries', async () => {
    const el = await card('<aw-fact-card rotate></aw-fact-card>');
    const current = currentFacts();
    expect(position(el)).to.equal(`Fact 1 of ${current.length}`);
    const shown: string[] = [];
    for (let i = 0; i < current.length; i++) {
      shown.push(figure(el));
      el.next();
      await el.updateComplete;
    }
    expect(shown).to.deep.equal(current.map((fact) => en.facts[fact.id].figure));
    for (const left of [
      'reports-2019',
      'reports-2015',
      'missing-entries-2022',
      'children-exploited-estimate',
    ] as const) {
      expect(shown, left).to.not.include(en.facts[left].figure);
    }
  });

  it('keeps its figure still while the live region is silent', async () => {
    const el = await fastCard();
    expect(slides(el).getAttribute('aria-live')).to.equal('off');
  });

  it('stops when the reader presses Pause, and says Play instead', async () => {
    const el = await fastCard();
    buttonsOf(el)[0].click();
    await el.updateComplete;
    expect(buttonsOf(el)[0].getAttribute('aria-label')).to.equal('Play the facts');
    expect(textOf(buttonsOf(el)[0])).to.equal('Play');
    expect(el.paused).to.equal(true);
    tick(700);
    await el.updateComplete;
    expect(position(el)).to.equal(`Fact 1 of ${RUNAWAYS}`);
  });

  it('announces changes politely once paused', async () => {
    const el = await fastCard();
    buttonsOf(el)[0].click();
    await el.updateComplete;
    expect(slides(el).getAttribute('aria-live')).to.equal('polite');
  });

  it('moves on again when the reader presses Play', async () => {
    const el = await fastCard();
    buttonsOf(el)[0].click();
    await el.updateComplete;
    buttonsOf(el)[0].click();
    await el.updateComplete;
    expect(el.paused).to.equal(false);
    tick(500);
    await el.updateComplete;
    expect(position(el), 'moved on').to.not.equal(`Fact 1 of ${RUNAWAYS}`);
  });

  it('shows the previous and next facts, and says which button moved it', async () => {
    const el = await card('<aw-fact-card topic="runaways" rotate></aw-fact-card>');
    const previousEvent = oneEvent(el, 'aw-fact-change');
    buttonsOf(el)[1].click();
    const previous = (await previousEvent) as CustomEvent<FactChangeDetail>;
    expect(previous.detail).to.include({
      index: RUNAWAYS - 1,
      reason: 'previous',
      id: factsByTopic('runaways')[RUNAWAYS - 1].id,
    });
    await el.updateComplete;
    expect(position(el)).to.equal(`Fact ${RUNAWAYS} of ${RUNAWAYS}`);
    const nextEvent = oneEvent(el, 'aw-fact-change');
    buttonsOf(el)[2].click();
    const next = (await nextEvent) as CustomEvent<FactChangeDetail>;
    expect(next.detail).to.include({ index: 0, reason: 'next' });
  });

  it('pauses while the pointer is over it, and moves on after it leaves', async () => {
    const el = await fastCard();
    const box = el.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + 10), Math.round(box.y + box.height - 10)],
    });
    await el.updateComplete;
    tick(700);
    await el.updateComplete;
    expect(position(el)).to.equal(`Fact 1 of ${RUNAWAYS}`);
    await sendMouse({ type: 'move', position: [Math.round(box.x + 10), Math.round(box.bottom + 200)] });
    await el.updateComplete;
    tick(500);
    await el.updateComplete;
    expect(position(el), 'moved on').to.not.equal(`Fact 1 of ${RUNAWAYS}`);
  });

  it('pauses while focus is inside, and moves on after focus leaves', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      '<div><aw-fact-card topic="runaways" rotate interval="0.3"></aw-fact-card><button>after</button></div>',
    );
    FactCardElement.minimumInterval = 0.2;
    const el = wrapper.querySelector('aw-fact-card')!;
    el.requestUpdate();
    await el.updateComplete;
    buttonsOf(el)[2].focus();
    await el.updateComplete;
    tick(700);
    await el.updateComplete;
    expect(position(el)).to.equal(`Fact 1 of ${RUNAWAYS}`);
    wrapper.querySelector<HTMLButtonElement>(':scope > button')!.focus();
    await el.updateComplete;
    tick(500);
    await el.updateComplete;
    expect(position(el), 'moved on').to.not.equal(`Fact 1 of ${RUNAWAYS}`);
  });

  it('stays paused after focus leaves when the reader had pressed Pause', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      '<div><aw-fact-card topic="runaways" rotate interval="0.3"></aw-fact-card><button>after</button></div>',
    );
    FactCardElement.minimumInterval = 0.2;
    const el = wrapper.querySelector('aw-fact-card')!;
    el.requestUpdate();
    await el.updateComplete;
    buttonsOf(el)[0].focus();
    buttonsOf(el)[0].click();
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>(':scope > button')!.focus();
    await el.updateComplete;
    tick(700);
    await el.updateComplete;
    expect(position(el)).to.equal(`Fact 1 of ${RUNAWAYS}`);
    expect(el.paused).to.equal(true);
  });

  it('works from the keyboard: Enter pauses, Tab reaches Previous and Next, Space moves', async () => {
    const el = await fastCard();
    buttonsOf(el)[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.paused).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(el).activeElement).to.equal(buttonsOf(el)[1]);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(position(el)).to.equal(`Fact ${RUNAWAYS} of ${RUNAWAYS}`);
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(el).activeElement).to.equal(buttonsOf(el)[2]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(position(el)).to.equal(`Fact 1 of ${RUNAWAYS}`);
  });

  it('starts paused for readers who ask for reduced motion', async function () {
    if (!(await reducedMotion('reduce'))) {
      // Firefox, driven over WebDriver BiDi, has no way to emulate this media feature; Chromium runs this test.
      this.skip();
    }
    const el = await fastCard();
    expect(el.paused).to.equal(true);
    expect(textOf(buttonsOf(el)[0])).to.equal('Play');
    expect(slides(el).getAttribute('aria-live')).to.equal('polite');
    tick(700);
    await el.updateComplete;
    expect(position(el)).to.equal(`Fact 1 of ${RUNAWAYS}`);
  });

  it('stops its timer when it leaves the page', async () => {
    const el = await fastCard();
    let changes = 0;
    el.addEventListener('aw-fact-change', () => changes++);
    el.remove();
    tick(700);
    await el.updateComplete;
    expect(changes).to.equal(0);
  });

  it('keeps the same height from one fact to the next', async () => {
    const el = await card('<aw-fact-card rotate style="inline-size: 20rem"></aw-fact-card>');
    const heights = new Set<number>();
    for (let i = 0; i < currentFacts().length; i++) {
      heights.add(Math.round(slides(el).getBoundingClientRect().height));
      buttonsOf(el)[2].click();
      await el.updateComplete;
    }
    expect([...heights]).to.have.length(1);
  });

  it('speaks Spanish in its controls', async () => {
    const el = await card('<aw-fact-card lang="es" topic="runaways" rotate></aw-fact-card>');
    expect(buttonsOf(el).map((button) => textOf(button))).to.deep.equal(['Pausar', 'Anterior', 'Siguiente']);
    expect(position(el)).to.equal(`Dato 1 de ${RUNAWAYS}`);
    expect(figure(el)).to.equal(es.facts['runaways-2021'].figure);
  });

  it('shows no controls for a topic with a single fact', async () => {
    const el = await card('<aw-fact-card topic="boys" rotate></aw-fact-card>');
    expect(buttonsOf(el)).to.have.length(0);
    expect(figure(el)).to.equal('4.3%');
  });
});

// ---- A partner's own figure -----------------------------------------------------------------------------------

describe("<aw-fact-card> with a partner's own figure", () => {
  const partner = (source: string, year = '<span slot="year">2024</span>') => `<aw-fact-card>
    <strong slot="figure">1 in 3</strong>
    <p slot="sentence">In 2024, 1 in 3 young people who called our line had run away.</p>
    ${source}
    ${year}
  </aw-fact-card>`;

  it('shows the figure and sentence as a card, with its source and year', async () => {
    const el = await card(
      partner('<a slot="source" href="https://example.org/report">Example Services report</a>'),
    );
    expect(el.querySelector('[slot="figure"]')!.assignedSlot).to.not.equal(null);
    expect(el.querySelector('[slot="sentence"]')!.assignedSlot).to.not.equal(null);
    const link = partOf(el, 'source-link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/report');
    expect(textOf(link)).to.equal('Example Services report');
    expect(citation(el)).to.include('data from 2024');
    expect(warnings).to.deep.equal([]);
  });

  it('resolves a relative source link against the page', async () => {
    const el = await card(partner('<a slot="source" href="/reports/2024.html">Our report</a>'));
    expect((partOf(el, 'source-link') as HTMLAnchorElement).href).to.equal(
      `${location.origin}/reports/2024.html`,
    );
  });

  it('shows a source without a link as text', async () => {
    const el = await card(partner('<span slot="source">Example Services, annual report</span>'));
    expect(partOf(el, 'source-link')).to.equal(null);
    expect(citation(el)).to.include('Example Services, annual report');
    expect(warnings).to.deep.equal([]);
  });

  it('still shows a figure without a source, says so, and warns once', async () => {
    const el = await card(partner(''));
    expect(el.querySelector('[slot="figure"]')!.assignedSlot).to.not.equal(null);
    expect(citation(el)).to.include('source not given');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('source');
  });

  it('shows a javascript: source as plain text, never as a link, and warns once', async () => {
    const el = await card(partner('<a slot="source" href="javascript:alert(1)">Example Services report</a>'));
    expect(shadowOf(el).querySelector('a')).to.equal(null);
    expect(citation(el)).to.include('Example Services report');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('javascript:');
  });

  it('warns once when the year of the data is missing', async () => {
    const el = await card(partner('<a slot="source" href="https://example.org/report">Report</a>', ''));
    expect(citation(el)).to.include('Report');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('year');
  });

  it('shows built-in content instead when a topic is set', async () => {
    const el = await card(`<aw-fact-card topic="age"><strong slot="figure">1 in 3</strong></aw-fact-card>`);
    expect(figure(el)).to.equal('Age 15');
  });

  it('picks up a figure added after the card is on the page', async () => {
    const el = await card('<aw-fact-card></aw-fact-card>');
    el.innerHTML =
      '<strong slot="figure">1 in 3</strong><span slot="source">Ours</span><span slot="year">2024</span>';
    await aTimeout(0);
    await el.updateComplete;
    expect(el.querySelector('[slot="figure"]')!.assignedSlot).to.not.equal(null);
    expect(citation(el)).to.include('Ours');
  });
});

// ---- Fallback and examples ------------------------------------------------------------------------------------

describe('<aw-fact-card> fallback and examples', () => {
  it('reads as plain HTML before the script runs', async () => {
    // The same markup in a tag that is never defined stands for the page before the script has loaded.
    for (const example of factCardExamples) {
      const markup = example.html.replace(/aw-fact-card/g, 'aw-fact-card-not-loaded');
      const el = await fixture<HTMLElement>(`<div>${markup}</div>`);
      const shown = el.innerText;
      expect(shown, example.id).to.match(/\d/);
      expect(shown, example.id).to.match(/Source|Fuente|our help line/);
    }
  });

  it('includes the figure, sentence and year of its fact in every built-in fallback', async () => {
    const el = await fixture<HTMLElement>(
      `<div>${factCardExamples.find((each) => each.id === 'fact')!.html}</div>`,
    );
    const light = el.querySelector('aw-fact-card')!.textContent!;
    expect(light).to.include(en.facts['child-welfare-runaways-2021'].figure);
    expect(light).to.include(en.facts['child-welfare-runaways-2021'].sentence);
    expect(light).to.include('data from 2021');
  });

  it('covers every variant in its examples', () => {
    const markup = factCardExamples.map((example) => example.html).join('\n');
    for (const needle of [
      'variant="compact"',
      'rotate',
      'topic=',
      'fact=',
      'slot="figure"',
      'lang="es"',
      'theme="dark"',
    ]) {
      expect(markup, needle).to.include(needle);
    }
  });

  for (const example of factCardExamples) {
    it(`passes axe: ${example.id}`, async () => {
      const el = await fixture<HTMLElement>(`<div>${example.html}</div>`);
      const cardElement = el.querySelector('aw-fact-card')!;
      await cardElement.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe when paused, in Spanish and dark', async () => {
    const el = await card('<aw-fact-card lang="es" theme="dark" topic="runaways" rotate></aw-fact-card>');
    buttonsOf(el)[0].click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe as a compact estimate', async () => {
    const el = await card(
      '<aw-fact-card variant="compact" fact="children-exploited-estimate"></aw-fact-card>',
    );
    await expect(el).to.be.accessible();
  });

  it('has touch targets of at least 44 by 44 pixels, as the theme gives every button', async () => {
    const el = await card('<aw-fact-card topic="runaways" rotate></aw-fact-card>');
    expect(buttonsOf(el).length, 'pause, previous and next').to.be.at.least(3);
    for (const button of buttonsOf(el)) {
      const box = button.getBoundingClientRect();
      expect(box.width, textOf(button)).to.be.at.least(44);
      expect(box.height, textOf(button)).to.be.at.least(44);
    }
  });
});

describe('<aw-fact-card> as a lit template', () => {
  it('takes its attributes from a template', async () => {
    const el = await fixture<FactCardElement>(html`<aw-fact-card fact="boys-2015"></aw-fact-card>`);
    expect(figure(el)).to.equal('4.3%');
  });
});
