import { expect } from '@open-wc/testing';
import { contactText, HOTLINE_IDS, hotlines } from '../src/content/hotlines.js';
import { hotlines as words } from '../src/content/locales/en/hotlines.js';
import { regionHelp, UNCOVERED } from '../src/content/region-help.js';
import { REGION_CODES, REGION_LANGUAGES } from '../src/content/regions.js';
// @ts-expect-error: a plain ES module, shared with the Node script that writes the README
import { contentTables, withTables } from '../scripts/readme-content.mjs';

// The README's regions and hotlines tables are generated from src/content: this fails when they drift.
describe('README content tables', () => {
  const content = {
    HOTLINE_IDS,
    hotlines,
    words,
    contactText,
    REGION_CODES,
    REGION_LANGUAGES,
    regionHelp,
    UNCOVERED,
  };

  it('are what src/content gives (run `node scripts/readme-content.mjs` after a change)', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(
      withTables(readme, contentTables(content)) === readme,
      'README.md tables are out of date',
    ).to.equal(true);
  });

  it('list every region and every hotline number', async () => {
    const readme = await (await fetch('/README.md')).text();
    for (const code of REGION_CODES) expect(readme).to.contain(`| \`${code}\` |`);
    for (const id of HOTLINE_IDS) {
      for (const channel of hotlines[id].channels) expect(readme, id).to.contain(channel.display);
    }
  });
});
