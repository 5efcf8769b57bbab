import { expect } from '@open-wc/testing';
import { format } from 'prettier/standalone';
import * as prettierHtml from 'prettier/plugins/html';
import { citedFromText, factsByTopic } from '../src/content/facts.js';
import { contactText, HOTLINE_IDS, hotlines } from '../src/content/hotlines.js';
import { reviewedFacts } from '../src/content/fact-reviews.js';
import { reviewedHotlines } from '../src/content/hotline-reviews.js';
import { en } from '../src/content/locales/en/index.js';
import { hotlines as words } from '../src/content/locales/en/hotlines.js';
import { regionHelp, UNCOVERED } from '../src/content/region-help.js';
import { REGION_CODES, REGION_LANGUAGES } from '../src/content/regions.js';
import { contactKey, EMBEDDABLE, MAX_LOCAL_CONTACTS } from '../src/builder/iframe-url.js';
import { factFallbackHtml } from '../src/elements/fact-card/fact-card.examples.js';
import { hotlineFallbackHtml } from '../src/elements/hotline-banner/hotline-banner.examples.js';
import { explainerFallbackHtml } from '../src/elements/indicator-explainer/indicator-explainer.examples.js';
import { quickExitFallbackHtml } from '../src/elements/quick-exit/quick-exit.examples.js';
import {
  contentTables,
  exampleFallbacks,
  fallbackBlocks,
  PRETTIER_OPTIONS,
  withFallbacks,
  withTables,
  // @ts-expect-error: a plain ES module, shared with the Node script that writes the README
} from '../scripts/readme-content.mjs';

type Format = (html: string) => Promise<string>;

/** The fallback writers the elements, the gallery and the embed builder use, as the script is given them. */
const writers = {
  hotlineFallbackHtml,
  explainerFallbackHtml,
  factFallbackHtml,
  quickExitFallbackHtml,
  factsByTopic,
};

/** What the test server adds before `</body>` of every HTML page it serves (its live-reload socket). */
const INJECTED =
  /<!-- injected by web-dev-server -->\n<script type="module" src="\/__web-dev-server__web-socket\.js"><\/script>/;

/** A file as it is on disk (an HTML page without what the test server injects). */
const text = async (path: string) => {
  const response = await fetch(path);
  expect(response.ok, `${path} is served`).to.equal(true);
  const body = await response.text();
  return body.includes('</body>') ? body.replace(INJECTED, '') : body;
};

/** Prettier with the project's own settings, as the Node script formats the snippets. */
async function projectFormat(): Promise<Format> {
  return (html) => format(html, { ...PRETTIER_OPTIONS, parser: 'html', plugins: [prettierHtml] });
}

/** The ```html blocks of a Markdown text, without their indentation. */
const htmlBlocks = (markdown: string) =>
  [...markdown.matchAll(/^( *)```html\n([\s\S]*?)^ *```/gm)].map(([, indent, body]) =>
    body.replace(new RegExp(`^${indent}`, 'gm'), ''),
  );

// The README's regions, hotlines and facts tables are generated from src/content: this fails when they drift.
describe('README content tables', () => {
  const content = {
    HOTLINE_IDS,
    hotlines: reviewedHotlines,
    words,
    contactText,
    REGION_CODES,
    REGION_LANGUAGES,
    regionHelp,
    UNCOVERED,
    facts: reviewedFacts(),
    factWords: en.facts,
    common: en.common,
    citedFromText,
  };

  it('are what src/content gives (run `node scripts/readme-content.mjs` after a change)', async () => {
    const readme = await text('/README.md');
    expect(
      withTables(readme, contentTables(content)) === readme,
      'README.md tables are out of date',
    ).to.equal(true);
  });

  it('list every region and every hotline number', async () => {
    const readme = await text('/README.md');
    for (const code of REGION_CODES) expect(readme).to.contain(`| \`${code}\` |`);
    for (const id of HOTLINE_IDS) {
      for (const channel of hotlines[id].channels) expect(readme, id).to.contain(channel.display);
    }
  });

  it('list every built-in figure with its source, and name who a quoted figure comes from', async () => {
    const readme = await text('/README.md');
    for (const fact of reviewedFacts()) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${fact.id}\` |`));
      expect(row, fact.id).to.not.equal(undefined);
      expect(row, fact.id).to.contain(en.facts[fact.id].figure);
      expect(row, fact.id).to.contain(fact.citation.source.title);
    }
    const estimate = readme.split('\n').find((line) => line.startsWith('| `children-exploited-estimate` |'));
    expect(estimate).to.contain('NCMEC, as cited in');
  });
});

describe("README's iframe section", () => {
  it('lists every parameter the embed page takes, the local contacts included', async () => {
    const readme = await text('/README.md');
    const from = readme.indexOf('## Embedding without a script');
    const section = readme.slice(from, readme.indexOf('\n## ', from + 1));
    const row = (first: string) =>
      section.split('\n').find((line) => line.trim().startsWith(`| ${first}`)) ?? '';
    for (const [name, { attributes, localContacts }] of Object.entries(EMBEDDABLE)) {
      const cells = row(`\`${name}\``);
      expect(cells, `a row for ${name}`).to.not.equal('');
      for (const attribute of attributes)
        expect(cells, `${name} ${attribute}`).to.contain(`\`${attribute}\``);
      expect(cells.includes('local contacts'), `${name} takes local contacts`).to.equal(localContacts);
    }
    const contacts = row('local contacts');
    for (const field of ['href', 'name', 'detail'] as const) {
      expect(contacts, field).to.contain(`\`${contactKey(0, field)}\``);
    }
    expect(contacts).to.contain(`\`contact${MAX_LOCAL_CONTACTS}-…\``);
    expect(contacts).to.contain(`\`contact${MAX_LOCAL_CONTACTS + 1}-…\` and above are ignored`);
    for (const scheme of ['tel:', 'sms:', 'mailto:', 'http:', 'https:'])
      expect(contacts).to.contain(`\`${scheme}\``);
  });
});

// The no-script fallbacks in the README and in docs/examples/ come from the elements' own fallback writers.
describe('fallback snippets in the README and docs/examples', () => {
  it('the README shows each fallback as its writer gives it (run `node scripts/readme-content.mjs`)', async () => {
    const readme = await text('/README.md');
    const blocks: Record<string, string> = await fallbackBlocks(writers, await projectFormat());
    expect(Object.keys(blocks)).to.have.length(6);
    const updated: string = withTables(readme, blocks);
    // Name the block that differs, so a failure says where to look.
    for (const name of Object.keys(blocks)) {
      const between = (markdown: string) =>
        markdown.slice(markdown.indexOf(`<!-- ${name}:start -->`), markdown.indexOf(`<!-- ${name}:end -->`));
      expect(between(readme), `README.md block ${name}`).to.equal(between(updated));
    }
    expect(updated === readme, 'README.md fallback snippets are out of date').to.equal(true);
  });

  it("the README's banner and explainer snippets carry every number their element shows", async () => {
    const readme = await text('/README.md');
    const fallbacks = htmlBlocks(readme)
      .map((html) => new DOMParser().parseFromString(html, 'text/html').body.firstElementChild)
      .filter((element) => element?.matches('aw-hotline-banner, aw-indicator-explainer'));
    expect(fallbacks.length, 'banner and explainer snippets').to.be.greaterThan(2);
    const banner = fallbacks.find((element) => element!.matches('aw-hotline-banner:not([region])'))!;
    const hrefs = [...banner.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    for (const id of regionHelp.US.banner.public) {
      for (const channel of hotlines[id].channels)
        expect(hrefs, `${id} ${channel.display}`).to.include(channel.href);
    }
    expect(banner.textContent).to.contain(words.entries['national-human-trafficking-hotline'].name);
  });

  it('a hand-edited README snippet is noticed', async () => {
    const readme = await text('/README.md');
    const edited = readme.replace(
      '<p>In an emergency, call <a href="tel:911">911</a>.</p>',
      '<p>Call 911.</p>',
    );
    expect(edited, 'the edit applies').to.not.equal(readme);
    const blocks = await fallbackBlocks(writers, await projectFormat());
    expect(withTables(edited, blocks) === edited).to.equal(false);
    expect(withTables(edited, blocks)).to.equal(readme);
  });

  for (const [path, elements] of Object.entries(
    exampleFallbacks(writers) as Record<string, [string, string][]>,
  )) {
    it(`${path} holds the fallback each element's writer gives (run \`node scripts/readme-content.mjs\`)`, async () => {
      const html = await text(`/${path}`);
      expect(elements.length, 'elements with a fallback').to.be.greaterThan(0);
      expect(await withFallbacks(html, elements, await projectFormat())).to.equal(html);
    });
  }

  it('a hand-edited or emptied element in docs/examples is noticed', async () => {
    const path = 'docs/examples/plain.html';
    const elements: [string, string][] = exampleFallbacks(writers)[path];
    const html = await text(`/${path}`);
    const formatted = await projectFormat();
    const emptied = html.replace(/(<aw-fact-card topic="runaways">)[\s\S]*?(<\/aw-fact-card>)/, '$1$2');
    expect(emptied, 'the edit applies').to.not.equal(html);
    expect(await withFallbacks(emptied, elements, formatted)).to.equal(html);
    // An element whose opening tag changed is not silently skipped.
    const renamed = html.replace('<aw-hotline-banner>', '<aw-hotline-banner region="CA">');
    let error: unknown;
    await withFallbacks(renamed, elements, formatted).catch((caught: unknown) => (error = caught));
    expect(String(error)).to.contain('<aw-hotline-banner>');
  });
});
