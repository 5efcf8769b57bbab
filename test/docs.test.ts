/**
 * The documentation pages under docs/ (served as part of the project's website): they render the reference from
 * custom-elements.json and the content from the content modules, so a partner reviewing them sees exactly what the
 * elements show. Each page is opened as a visitor opens it.
 */
import { expect } from '@open-wc/testing';
import { allFacts, defaultFact } from '../src/content/facts.js';
import { HOTLINE_IDS, hotlines, type HotlineId } from '../src/content/hotlines.js';
import { reviewedHotlines } from '../src/content/hotline-reviews.js';
import { hotlinesFor } from '../src/content/region-help.js';
import { DEFAULT_REGION, REGION_CODES } from '../src/content/regions.js';
import { allSignItems, DEFAULT_SIGN_SET, SIGN_SETS } from '../src/content/signs.js';
import { FACT_TOPICS } from '../src/content/types.js';
import { builtInLocales } from '../src/content/locales/all.js';
import { SUPPORTED_LOCALES, type LocaleCode } from '../src/content/locales/index.js';
import { facts as spanishFacts } from '../src/content/locales/es/facts.js';
import { until } from './helpers/wait.js';

type AxeWindow = Window & {
  axe?: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string }[] }> };
};

let frame: HTMLIFrameElement | undefined;

async function openPage(path: string): Promise<Document> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await until(() => doc.body.dataset.ready === 'true', `${path} fills its content`);
  return doc;
}

/** Every widget on a docs page defined and rendered, so axe reads what a reader sees. */
async function elementsRendered(doc: Document): Promise<void> {
  const registry = frame!.contentWindow!.customElements;
  const widgets = [...doc.querySelectorAll('*')].filter((element) => element.localName.startsWith('aw-'));
  await Promise.all(
    widgets.map(async (element) => {
      await registry.whenDefined(element.localName);
      await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    }),
  );
}

async function axeViolations(doc: Document): Promise<string[]> {
  const win = frame!.contentWindow as AxeWindow;
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await loaded;
  const { violations } = await win.axe!.run(doc, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  return violations.map((violation) => `${violation.id} (${violation.help})`);
}

const ELEMENT_PAGES = ['fact-card', 'hotline-banner', 'indicator-explainer', 'quick-exit'];

/** The row of a hotline table that names this id. */
function hotlineRow(doc: Document, id: string): Element {
  const row = [...doc.querySelectorAll('[data-fill="hotlines"] tbody tr')].find(
    (each) => each.querySelector('code')?.textContent === id,
  );
  expect(row, `a row for ${id}`).to.not.equal(undefined);
  return row!;
}

/** Picks a language of the content page's text, as a reader does. */
function chooseLanguage(doc: Document, lang: string): void {
  const select = doc.getElementById('content-lang') as HTMLSelectElement;
  select.value = lang;
  expect(select.value, `${lang} is offered`).to.equal(lang);
  select.dispatchEvent(new Event('change'));
}

/** The text of each <code> inside what a page fills with data-fill="<name>". */
function codesIn(doc: Document, name: string): string[] {
  const container = doc.querySelector(`[data-fill="${name}"]`);
  expect(container, `data-fill="${name}"`).to.not.equal(null);
  return [...container!.querySelectorAll('code')].map((each) => each.textContent!);
}

const LINES_WITH_HOURS = HOTLINE_IDS.filter((id) => hotlines[id].hours);

describe('documentation pages', () => {
  after(() => frame?.remove());

  it('the content page lists every figure with its year and source', async () => {
    const doc = await openPage('/docs/content.html');
    const text = doc.body.textContent!;
    for (const fact of allFacts()) {
      expect(text, fact.id).to.contain(fact.id);
      expect(text, fact.id).to.contain(fact.citation.source.title);
    }
  });

  it('the content page lists every hotline number with its source and the date it was verified', async () => {
    const doc = await openPage('/docs/content.html');
    const links = [...doc.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    for (const id of HOTLINE_IDS) {
      for (const channel of hotlines[id].channels)
        expect(links, `${id} ${channel.display}`).to.include(channel.href);
      for (const source of reviewedHotlines[id].sources) {
        expect(doc.body.textContent, `${id} source`).to.contain(source.title);
      }
      expect(doc.body.textContent).to.contain(reviewedHotlines[id].verified);
    }
    expect(doc.body.textContent).to.contain('In an emergency, call 911');
  });

  it('the content page lists every warning sign and myth item with its source', async () => {
    const doc = await openPage('/docs/content.html');
    const rows = doc.querySelectorAll('[data-fill="signs"] tbody tr');
    expect(rows.length).to.equal(allSignItems().length);
  });

  it('the content page labels every myth as a myth and its answer as the fact', async () => {
    const doc = await openPage('/docs/content.html');
    const table = doc.querySelector('[data-fill="signs"] [aria-label="Items in “Myths and facts”"]')!;
    const cells = [...table.querySelectorAll('tbody tr')].map((row) => row.children[1]!.textContent!);
    expect(cells.length).to.be.greaterThan(3);
    for (const cell of cells) {
      expect(cell, cell).to.match(/^Myth: /);
      expect(cell, cell).to.contain('Fact: ');
    }
  });

  it('the content page gives the hours of every line that has them, and says so where the source does not', async () => {
    const doc = await openPage('/docs/content.html');
    const row = (id: string) =>
      [...doc.querySelectorAll('[data-fill="hotlines"] tbody tr')].find(
        (each) => each.querySelector('code')?.textContent === id,
      )!;
    for (const id of HOTLINE_IDS) {
      const hours = row(id).children[3]!.textContent!;
      expect(hours, id).to.equal(
        hotlines[id].hours === '24/7'
          ? 'Open 24/7.'
          : hotlines[id].hours === 'online'
            ? 'Report online at any time.'
            : 'Not stated by the source.',
      );
    }
    expect(row('national-human-trafficking-hotline').textContent).to.contain('To re-check live');
  });

  it('the content page shows the Spanish words when Spanish is chosen', async () => {
    const doc = await openPage('/docs/content.html');
    const select = doc.getElementById('content-lang') as HTMLSelectElement;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    const id = allFacts()[0].id as keyof typeof spanishFacts;
    expect(doc.body.textContent).to.contain(spanishFacts[id].sentence);
    // An emergency number is described the way the elements show it, in the chosen language.
    expect(doc.body.textContent).to.contain('En una emergencia, llame al 999');
    expect(doc.body.textContent).to.not.contain('In an emergency, call');
  });

  it('the content page offers every shipped language', async () => {
    const doc = await openPage('/docs/content.html');
    const options = [...(doc.getElementById('content-lang') as HTMLSelectElement).options];
    expect(options.map((option) => option.value)).to.deep.equal([...SUPPORTED_LOCALES]);
    for (const option of options) expect(option.textContent, option.value).to.not.equal('');
  });

  it('the content page shows, in every language, the hours of every line that has them as src/content words them', async () => {
    expect(LINES_WITH_HOURS.length).to.be.greaterThan(3);
    const doc = await openPage('/docs/content.html');
    for (const lang of SUPPORTED_LOCALES) {
      chooseLanguage(doc, lang);
      const words = builtInLocales[lang].hotlines.hours;
      for (const id of LINES_WITH_HOURS) {
        expect(hotlineRow(doc, id).children[3]!.textContent, `${lang} ${id}`).to.equal(
          words[hotlines[id].hours!],
        );
      }
      expect(doc.body.textContent, lang).to.not.match(/\bundefined\b|\bnull\b/);
    }
  });

  it('the hotline banner page shows the hours of every line that has them', async () => {
    const doc = await openPage('/docs/elements/hotline-banner.html');
    for (const id of LINES_WITH_HOURS) {
      expect(hotlineRow(doc, id).children[3]!.textContent, id).to.equal(
        builtInLocales.en.hotlines.hours[hotlines[id].hours!],
      );
    }
  });

  it('the content page has a table for every region in src/content, with each of its lines', async () => {
    const doc = await openPage('/docs/content.html');
    const headings = [...doc.querySelectorAll('[data-fill="hotlines"] h3')];
    for (const region of REGION_CODES) {
      const heading = headings.find((each) => each.querySelector('code')?.textContent === region);
      expect(heading, `a heading for ${region}`).to.not.equal(undefined);
      const ids = [...heading!.nextElementSibling!.querySelectorAll('tbody tr')].map(
        (row) => row.querySelector('code')!.textContent as HotlineId,
      );
      expect(ids, region).to.deep.equal(HOTLINE_IDS.filter((id) => reviewedHotlines[id].region === region));
    }
    // Then the directory that a region the library does not cover is given.
    expect(headings).to.have.length(REGION_CODES.length + 1);
    expect(headings.at(-1)!.nextElementSibling!.textContent).to.contain(
      hotlines['child-helpline-international'].channels[0].display,
    );
  });

  it('the hotline banner page lists every region in src/content for `region`, the default marked', async () => {
    const doc = await openPage('/docs/elements/hotline-banner.html');
    expect(codesIn(doc, 'region-codes')).to.deep.equal([...REGION_CODES]);
    expect(doc.querySelector('[data-fill="region-codes"]')!.textContent).to.contain(
      `${DEFAULT_REGION} (default)`,
    );
  });

  it('the hotline banner page quotes a number with letters and the Copy message from src/content', async () => {
    const doc = await openPage('/docs/elements/hotline-banner.html');
    const vanity = HOTLINE_IDS.flatMap((id) => hotlines[id].channels).find((channel) => channel.vanity)!;
    expect(doc.querySelector('[data-fill="vanity-example"]')!.textContent).to.equal(
      `${vanity.vanity} (${vanity.display})`,
    );
    const call = hotlinesFor(DEFAULT_REGION)
      .flatMap((hotline) => hotline.channels)
      .find((channel) => channel.kind === 'call')!;
    expect(doc.querySelector('[data-fill="copied-example"]')!.textContent).to.equal(
      `“${builtInLocales.en.hotlines.copied(call.display)}”`,
    );
  });

  it('the hotline banner page renders each live example in the language it is written in', async () => {
    const doc = await openPage('/docs/elements/hotline-banner.html');
    const banners = [...doc.querySelectorAll('[data-fill^="examples"] aw-hotline-banner[lang]')];
    const others = banners.filter((banner) => !banner.getAttribute('lang')!.startsWith('en'));
    expect(others.length, 'examples in other languages').to.be.greaterThan(1);
    for (const banner of others) {
      const lang = banner.getAttribute('lang')!.split('-')[0] as LocaleCode;
      const words = builtInLocales[lang].hotlines;
      const title = banner.getAttribute('audience') === 'youth' ? words.youthTitle : words.title;
      await until(() => !!banner.shadowRoot?.textContent?.includes(title), `${lang} banner says "${title}"`);
    }
  });

  it('the explainer page lists every set in src/content under its title, the default marked', async () => {
    const doc = await openPage('/docs/elements/indicator-explainer.html');
    const items = [...doc.querySelectorAll('[data-fill="sign-sets"] li')];
    expect(items.map((item) => item.querySelector('code')!.textContent)).to.deep.equal(
      SIGN_SETS.map((set) => `set="${set}"`),
    );
    SIGN_SETS.forEach((set, index) => {
      expect(items[index]!.textContent, set).to.contain(builtInLocales.en.signs.sets[set].title);
      expect(items[index]!.textContent!.includes('(default)'), set).to.equal(set === DEFAULT_SIGN_SET);
    });
  });

  it('the fact card page names the default figure and every topic from src/content', async () => {
    const doc = await openPage('/docs/elements/fact-card.html');
    const fact = defaultFact();
    const phrase = doc.querySelector('[data-fill="default-fact"]')!.textContent!;
    expect(phrase).to.contain(fact.id);
    expect(phrase).to.contain(builtInLocales.en.facts[fact.id].figure);
    expect(codesIn(doc, 'fact-topics')).to.deep.equal([...FACT_TOPICS]);
  });

  it('the front page names every shipped language', async () => {
    const doc = await openPage('/docs/index.html');
    const names = new Intl.DisplayNames(['en'], { type: 'language' });
    const phrase = doc.querySelector('[data-fill="languages"]')!.textContent!;
    for (const code of SUPPORTED_LOCALES) expect(phrase, code).to.contain(names.of(code)!);
  });

  for (const name of ELEMENT_PAGES) {
    it(`the ${name} page documents every attribute in the manifest and shows live examples`, async () => {
      const manifest = await (await fetch('/custom-elements.json')).json();
      const declaration = manifest.modules
        .flatMap((module: { declarations?: { tagName?: string }[] }) => module.declarations ?? [])
        .find((each: { tagName?: string }) => each.tagName === `aw-${name}`);
      const doc = await openPage(`/docs/elements/${name}.html`);
      const reference = doc.querySelector('[data-fill^="reference"]')!.textContent!;
      for (const attribute of declaration.attributes) expect(reference).to.contain(attribute.name);
      const live = doc.querySelector(`[data-fill^="examples"] aw-${name}`);
      expect(live, `a live <aw-${name}>`).to.not.equal(null);
      await until(() => !!live!.shadowRoot?.textContent?.trim(), `aw-${name} renders on its page`);
    });
  }

  it('the usage page shows the code of every example file it links to', async () => {
    const doc = await openPage('/docs/usage.html');
    const blocks = [...doc.querySelectorAll<HTMLElement>('code[data-source]')];
    expect(blocks).to.have.length(5);
    await until(() => blocks.every((block) => !!block.textContent?.trim()), 'every code block is filled');
    const react = await (await fetch('/docs/examples/react/App.jsx')).text();
    expect(blocks.find((block) => block.dataset.source!.endsWith('App.jsx'))!.textContent).to.equal(
      react.trim(),
    );
  });

  for (const path of [
    '/docs/index.html',
    '/docs/content.html',
    '/docs/usage.html',
    '/docs/elements/hotline-banner.html',
  ]) {
    it(`${path} has no accessibility violations`, async () => {
      const doc = await openPage(path);
      await elementsRendered(doc);
      expect(await axeViolations(doc)).to.deep.equal([]);
    });
  }
});
