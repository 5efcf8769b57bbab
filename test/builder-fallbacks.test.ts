/**
 * What a reader sees of every snippet the embed builder can give when the script never runs: each element, with
 * each region, audience, set, figure, topic and language the builder offers (the same lists its form is filled
 * from), pasted into a page where no script may run. The element's own words in the chosen language, working
 * `tel:` links to the region's own numbers, and nothing a program left behind ("undefined", "[object") or English
 * in a Spanish or French snippet.
 *
 * Then the fallbacks written elsewhere: the docs pages take theirs from the same examples files; the README's and
 * docs/examples/ are written by hand, so their numbers are checked against the content.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_CHOICES, OFFERED, type Choices, type ElementTag } from '../src/builder/choices.js';
import { optionsFrom } from '../src/builder/options.js';
import { elementMarkup, scriptSnippet, type Published } from '../src/builder/snippets.js';
import { defaultFact, factById, factsByTopic, facts } from '../src/content/facts.js';
import { hotlines, type Hotline } from '../src/content/hotlines.js';
import { reviewedHotlines, type ReviewedHotline } from '../src/content/hotline-reviews.js';
import { builtInLocales } from '../src/content/locales/all.js';
import type { LocaleCode } from '../src/content/locales/index.js';
import { helpFor } from '../src/content/region-help.js';
import { REGION_CODES, REGION_LANGUAGES, regionCode, type RegionCode } from '../src/content/regions.js';
import { groupsFor, type SignItemId } from '../src/content/signs.js';

interface Case {
  readonly label: string;
  readonly choices: Choices;
  /** The language the reader should read: the chosen one, else the region's own, else English. */
  readonly lang: LocaleCode;
}

const PUBLISHED: Published = {
  version: '0.0.0-test',
  integrity: 'sha384-test',
  localeIntegrity: new Map([
    ['es', 'sha384-es'],
    ['fr', 'sha384-fr'],
  ]),
  embedUrl: 'https://widgets.example.org/embed.html',
};

const readerLanguage = (lang: Choices['lang'], region?: RegionCode): LocaleCode =>
  lang || (region && REGION_LANGUAGES[region]) || 'en';

/** Every combination the builder offers for one element, built from the lists its form is filled from. */
function cases(tag: ElementTag): Case[] {
  const all: Case[] = [];
  const add = (label: string, choices: Partial<Choices>, region?: RegionCode) => {
    for (const lang of OFFERED.languages) {
      all.push({
        label: `${tag} ${label} lang=${lang || '(page)'}`,
        choices: { ...DEFAULT_CHOICES, tag, lang, ...choices },
        lang: readerLanguage(lang, region),
      });
    }
  };
  if (tag === 'aw-hotline-banner') {
    for (const region of OFFERED.regions) {
      for (const audience of OFFERED.bannerAudiences) {
        add(`region=${region} audience=${audience}`, { region, bannerAudience: audience }, region);
      }
    }
  } else if (tag === 'aw-indicator-explainer') {
    for (const region of OFFERED.regions) {
      for (const set of OFFERED.sets) {
        for (const audience of OFFERED.explainerAudiences) {
          add(
            `region=${region} set=${set} audience=${audience}`,
            { region, set, explainerAudience: audience },
            region,
          );
        }
      }
    }
  } else if (tag === 'aw-fact-card') {
    add('newest figure', { chooseBy: 'default' });
    for (const fact of OFFERED.facts) add(`fact=${fact}`, { chooseBy: 'fact', fact });
    for (const topic of OFFERED.topics) add(`topic=${topic}`, { chooseBy: 'topic', topic });
  } else {
    add('default', {});
  }
  return all;
}

/** A page with every case in it, where no script may run (and none is written). */
async function openScriptlessPage(markup: string[]): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'none'"><title>Partner page</title></head><body><main>${markup
    .map((each, index) => `<section data-case="${index}">${each}</section>`)
    .join('')}</main></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

/** Text nodes of an element, trimmed of the punctuation around them, as pieces of what a reader sees. */
function segments(element: Element): string[] {
  const found: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').replace(/^[\s:;,.()]+|[\s:;,.()]+$/g, '');
    if (/\p{L}/u.test(text)) found.push(text);
  }
  return found;
}

/** Every string in a locale, and what each of its functions writes, for its vocabulary. */
function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'function') {
    // What it writes, with a stand-in for its value ("Datos de 0"): its source text may be escaped by the build.
    const written: unknown = (value as (argument: string) => unknown)('0');
    if (typeof written === 'string') into.push(written);
  } else if (value && typeof value === 'object') Object.values(value).forEach((each) => strings(each, into));
  return into;
}

/** Strings English and another locale share on purpose, key by key (names such as "Childline"). */
function sharedStrings(english: unknown, other: unknown, into = new Set<string>()): Set<string> {
  if (typeof english === 'string' && english === other) into.add(english.replace(/[\s:;,.()]+$/g, ''));
  else if (english && typeof english === 'object' && other && typeof other === 'object') {
    for (const [key, value] of Object.entries(english)) {
      sharedStrings(value, (other as Record<string, unknown>)[key], into);
    }
  }
  return into;
}

const words = (text: string) => (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) as string[];

/** Language-neutral text a fallback may show in any language: numbers, text keywords, and cited sources' names. */
const NEUTRAL = new Set(
  words(
    [
      ...Object.values(hotlines).flatMap((hotline: Hotline) =>
        hotline.channels.flatMap((channel) => [
          channel.display,
          channel.vanity ?? '',
          ...(channel.keywords ?? []),
        ]),
      ),
      ...facts.flatMap(({ citation: { source } }) => [source.organisation, source.title, source.shortName]),
    ].join(' '),
  ),
);
const NEUTRAL_SEGMENTS = new Set(
  facts.map(({ citation: { source } }) => `${source.organisation}, ${source.title}`),
);

const vocabulary = new Map(
  (Object.keys(builtInLocales) as LocaleCode[]).map((code) => [
    code,
    new Set([...words(strings(builtInLocales[code]).join(' ')), ...NEUTRAL]),
  ]),
);

/** What a program can leave in text when a value is missing. */
const LEFTOVERS = /\bundefined\b|\bnull\b|\[object|\bNaN\b/;

/** The hotlines whose numbers close an element for a region and an audience. */
function contactsFor(choices: Choices): Hotline[] {
  const help = helpFor(regionCode(choices.region));
  const ids =
    choices.tag === 'aw-hotline-banner'
      ? help.banner[choices.bannerAudience]
      : help.explainer[choices.explainerAudience].contacts;
  return ids.map((id) => hotlines[id]);
}

/** The element's own words a reader must find in its fallback. */
function ownWords(item: Case): string[] {
  const { choices, lang } = item;
  const messages = builtInLocales[lang];
  // Each line but the emergency number, by its words: its name, and what it is for.
  const lines = contactsFor(choices)
    .filter((hotline) => !hotline.emergency)
    .map((hotline) => messages.hotlines.entries[hotline.id]);
  const names = () => lines.map((entry) => entry.name);
  const purposes = (youth: boolean) =>
    lines.map((entry) => (youth ? entry.youthPurpose : entry.purpose) ?? '');
  switch (choices.tag) {
    case 'aw-hotline-banner': {
      const youth = choices.bannerAudience === 'youth';
      const words = messages.hotlines;
      return [
        youth ? words.youthTitle : words.title,
        // The opening and what each line is for are the element's truthful words about what happens next.
        youth ? words.youthIntro : words.intro,
        ...names(),
        ...purposes(youth),
        ...(youth ? [words.youthTraces] : []),
      ];
    }
    case 'aw-indicator-explainer': {
      const set = messages.signs.sets[choices.set];
      const youth = choices.explainerAudience === 'youth';
      const whatToDo = messages.explainer.whatToDo[choices.explainerAudience];
      const steps = whatToDo.steps as Readonly<Record<string, string>>;
      const help = helpFor(regionCode(choices.region)).explainer[choices.explainerAudience];
      return [
        youth ? set.youthTitle : set.title,
        messages.explainer.framing[choices.explainerAudience],
        // Every sign the element lists, then what to do: a reader without the script still gets both.
        ...groupsFor(choices.set, choices.explainerAudience).flatMap((group) =>
          group.items.map((item) => messages.signs.items[item.id as SignItemId].title),
        ),
        whatToDo.title,
        ...help.steps.map((step) => steps[step as string]),
        ...names(),
        ...purposes(youth),
      ];
    }
    case 'aw-fact-card': {
      const fact =
        choices.chooseBy === 'fact'
          ? factById(choices.fact)!
          : choices.chooseBy === 'topic'
            ? factsByTopic(choices.topic)[0]
            : defaultFact();
      return [messages.facts[fact.id].figure, messages.facts[fact.id].sentence, messages.common.source];
    }
    case 'aw-quick-exit':
      return [messages.quickExit.label];
  }
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every builder snippet, with the script blocked', function () {
  this.timeout(120000);
  after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('covers every region, language, audience, set, figure and topic the builder offers', () => {
    expect(cases('aw-hotline-banner').length).to.equal(
      OFFERED.regions.length * OFFERED.bannerAudiences.length * OFFERED.languages.length,
    );
    expect(cases('aw-indicator-explainer').length).to.equal(
      OFFERED.regions.length *
        OFFERED.sets.length *
        OFFERED.explainerAudiences.length *
        OFFERED.languages.length,
    );
    expect(cases('aw-fact-card').length).to.equal(
      (1 + OFFERED.facts.length + OFFERED.topics.length) * OFFERED.languages.length,
    );
    expect(OFFERED.regions).to.deep.equal(REGION_CODES);
    expect(OFFERED.languages).to.include.members(['', 'en', 'es', 'fr']);
  });

  for (const tag of OFFERED.elements) {
    describe(`<${tag}>`, () => {
      const all = cases(tag);
      const markup = all.map((item) => elementMarkup(optionsFrom(item.choices)));
      let page: { frame: HTMLIFrameElement; doc: Document };
      const elementOf = (index: number) =>
        page.doc.querySelector<HTMLElement>(`[data-case="${index}"] > ${tag}`)!;

      before(async () => {
        page = await openScriptlessPage(markup);
      });
      after(() => page.frame.remove());

      it('is pasted as written in the script-tag snippet, into a page where it stays undefined', () => {
        all.forEach((item, index) => {
          const options = optionsFrom(item.choices);
          expect(scriptSnippet(options, PUBLISHED), item.label).to.contain(markup[index]);
          const element = elementOf(index);
          expect(element, item.label).to.not.equal(null);
          expect(element.shadowRoot, item.label).to.equal(null);
        });
        expect(page.frame.contentWindow!.customElements.get(tag)).to.equal(undefined);
        expect(page.doc.scripts.length).to.equal(0);
      });

      it("shows the element's own words, in the reader's language, and nothing left over", () => {
        all.forEach((item, index) => {
          const element = elementOf(index);
          const text = clean(element.innerText);
          expect(text, `${item.label}: visible text`).to.not.equal('');
          expect(element.getBoundingClientRect().height, item.label).to.be.greaterThan(0);
          expect(text, item.label).to.not.match(LEFTOVERS);
          expect(element.outerHTML, `${item.label}: markup`).to.not.match(/undefined|\[object|="null"/);
          for (const expected of ownWords(item)) expect(text, item.label).to.contain(clean(expected));
        });
      });

      it('has no English in a Spanish or French snippet', () => {
        let checked = 0;
        all.forEach((item, index) => {
          if (item.lang === 'en') return;
          checked += 1;
          const english = optionsFrom({ ...item.choices, lang: 'en' });
          const host = document.createElement('div');
          host.innerHTML = elementMarkup(english);
          const englishSegments = new Set(segments(host));
          const shared = sharedStrings(builtInLocales.en, builtInLocales[item.lang]);
          const element = elementOf(index);
          const same = segments(element).filter(
            (segment) =>
              englishSegments.has(segment) && !shared.has(segment) && !NEUTRAL_SEGMENTS.has(segment),
          );
          expect(same, `${item.label}: English text`).to.deep.equal([]);
          const known = vocabulary.get(item.lang)!;
          const foreign = words(element.innerText).filter((word) => !known.has(word));
          expect(foreign, `${item.label}: words that are not ${item.lang}`).to.deep.equal([]);
        });
        expect(checked).to.be.greaterThan(0);
      });

      if (tag === 'aw-hotline-banner' || tag === 'aw-indicator-explainer') {
        it("links to the region's own numbers with working tel: links", () => {
          all.forEach((item, index) => {
            const element = elementOf(index);
            const numbers = contactsFor(item.choices).flatMap((hotline) =>
              hotline.channels.filter((channel) => channel.href.startsWith('tel:')),
            );
            const links = [...element.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
            expect(links.length, `${item.label}: tel: links`).to.be.greaterThan(0);
            for (const link of links) {
              const href = link.getAttribute('href')!;
              expect(href, item.label).to.match(/^tel:\+?\d+$/);
              const channel = numbers.find((each) => each.href === href);
              expect(channel, `${item.label}: ${href} is one of the region's numbers`).to.not.equal(
                undefined,
              );
              expect(link.textContent, item.label).to.contain(channel!.display);
              const box = link.getBoundingClientRect();
              expect(box.width * box.height, `${item.label}: ${href} visible`).to.be.greaterThan(0);
            }
            // Every number the element shows is there without the script too.
            expect(
              numbers.map((channel) => channel.href),
              item.label,
            ).to.have.members(links.map((link) => link.getAttribute('href')));
          });
        });
      }

      if (tag === 'aw-quick-exit') {
        it('keeps a working link out', () => {
          all.forEach((item, index) => {
            const link = elementOf(index).querySelector('a')!;
            expect(new URL(link.href).protocol, item.label).to.equal('https:');
          });
        });
      }
    });
  }
});

/** The fenced ```html blocks of a Markdown file. */
const htmlBlocks = (markdown: string) =>
  [...markdown.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]);

/** Every hand-written banner and explainer with fallback links, with where it was found. */
async function handWrittenFallbacks(): Promise<{ where: string; element: Element }[]> {
  const sources: { where: string; html: string }[] = [];
  const readme = await (await fetch('/README.md')).text();
  htmlBlocks(readme).forEach((html, index) => sources.push({ where: `README.md block ${index + 1}`, html }));
  for (const file of ['docs/examples/plain.html', 'docs/examples/wordpress-custom-html-block.html']) {
    sources.push({ where: file, html: await (await fetch(`/${file}`)).text() });
  }
  return sources.flatMap(({ where, html }) =>
    [
      ...new DOMParser()
        .parseFromString(html, 'text/html')
        .querySelectorAll('aw-hotline-banner, aw-indicator-explainer'),
    ]
      .filter((element) => element.querySelector('a[href]:not([slot])'))
      .map((element) => ({ where: `${where} <${element.localName}>`, element })),
  );
}

describe('fallbacks written outside the builder', () => {
  it('on the docs element pages, come from the examples files, not written by hand', async () => {
    for (const name of ['hotline-banner', 'indicator-explainer', 'fact-card', 'quick-exit']) {
      const html = await (await fetch(`/docs/elements/${name}.html`)).text();
      const page = new DOMParser().parseFromString(html, 'text/html');
      expect(page.querySelector(`[data-fill="examples:aw-${name}"]`), name).to.not.equal(null);
      expect(
        page.querySelectorAll('aw-hotline-banner, aw-indicator-explainer, aw-fact-card, aw-quick-exit')
          .length,
        name,
      ).to.equal(0);
    }
  });

  it("in the README and docs/examples/, call only the content's numbers, shown as the content writes them", async () => {
    const found = await handWrittenFallbacks();
    expect(found.length, 'hand-written fallbacks found').to.be.greaterThan(2);
    for (const { where, element } of found) {
      const region = regionCode(element.getAttribute('region') ?? 'US') ?? 'US';
      const channels = Object.values(reviewedHotlines)
        .filter((hotline: ReviewedHotline) => hotline.region === region || hotline.region === 'international')
        .flatMap((hotline: ReviewedHotline) => hotline.channels);
      // A partner's own contacts (`slot="local-contact"`) are theirs, not the library's.
      const links = [...element.querySelectorAll('a:not([slot])[href^="tel:"], a:not([slot])[href^="sms:"]')];
      expect(links.length, where).to.be.greaterThan(0);
      for (const link of links) {
        const href = link.getAttribute('href');
        const channel = channels.find((each) => each.href === href);
        expect(channel, `${where}: ${href} is a ${region} number in src/content`).to.not.equal(undefined);
        expect(link.textContent, `${where}: ${href}`).to.contain(channel!.display);
      }
    }
  });
});

// A top or bottom banner keeps the room its fallback took at the page's edge (see reserve-space.ts): its fallback
// is the title and every line's links only, so that room stays close to the compact bar the script shows.
describe("a fixed banner's fallback", () => {
  for (const bannerPosition of ['top', 'bottom'] as const) {
    it(`is the title and the links for position="${bannerPosition}", with every number still a link`, () => {
      const choices = { ...DEFAULT_CHOICES, tag: 'aw-hotline-banner' as const, bannerPosition };
      const inline = elementMarkup(optionsFrom({ ...choices, bannerPosition: 'inline' }));
      const fixed = elementMarkup(optionsFrom(choices));
      const words = builtInLocales.en.hotlines;
      expect(inline).to.contain(words.intro);
      expect(fixed).to.not.contain(words.intro);
      for (const id of helpFor('US').banner.public) {
        expect(fixed, id).to.not.contain(words.entries[id].purpose ?? '\u0000');
        for (const channel of hotlines[id].channels) expect(fixed, id).to.contain(`href="${channel.href}"`);
      }
      expect(fixed.length).to.be.below(inline.length - words.intro.length);
    });
  }
});
