/**
 * The open content pack (`dist/content/`, exported as `awareness-widgets/content/*.json`): what a person who reuses
 * the vetted content in another tool downloads. Every file is validated against its JSON Schema with @cfworker/json-schema, and the
 * pack is compared with the content modules the elements read, so it can never say something the elements do not.
 */
import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { allFacts } from '../src/content/facts.js';
import { HOTLINE_IDS, hotlines } from '../src/content/hotlines.js';
import { reviewedHotlines } from '../src/content/hotline-reviews.js';
import { SIGN_SETS } from '../src/content/signs.js';
import { builtInLocales } from '../src/content/locales/all.js';
import { SUPPORTED_LOCALES } from '../src/content/locales/index.js';

type Json = Record<string, unknown>;

async function load(path: string): Promise<Json> {
  const response = await fetch(`/dist/content/${path}`);
  expect(response.ok, `dist/content/${path} is served`).to.equal(true);
  return (await response.json()) as Json;
}

const SCHEMAS = ['facts', 'hotlines', 'signs', 'strings'];

/** A check per schema, made once: `check('hotlines', data)` says whether data is valid and, if not, why. */
async function validator() {
  const validators = new Map<string, Validator>();
  for (const name of SCHEMAS) {
    const schema = (await load(`schema/${name}.schema.json`)) as Schema;
    validators.set(name, new Validator(schema, '2020-12', false));
  }
  return (schema: string, data: Json) => {
    const validate = validators.get(schema);
    if (!validate) throw new Error(`no schema ${schema}`);
    const { valid, errors } = validate.validate(data);
    return { valid, errors: errors.map((error) => `${error.instanceLocation}: ${error.error}`).join('\n') };
  };
}

const DATA_FILES: [file: string, schema: string][] = [
  ['facts.json', 'facts'],
  ['hotlines.json', 'hotlines'],
  ['signs.json', 'signs'],
  ...SUPPORTED_LOCALES.map((locale): [string, string] => [`strings/${locale}.json`, 'strings']),
];

describe('the open content pack', () => {
  for (const [file, schema] of DATA_FILES) {
    it(`${file} is valid against ${schema}.schema.json`, async () => {
      const check = await validator();
      const data = await load(file);
      const result = check(schema, data);
      expect(result.valid, result.errors).to.equal(true);
    });
  }

  it('a file that breaks its schema is caught: a hotline without a verified date, a fact without a year', async () => {
    const check = await validator();
    const hotlineFile = await load('hotlines.json');
    const [first, ...rest] = hotlineFile.hotlines as Json[];
    const unverified = { ...first };
    delete unverified.verified;
    expect(check('hotlines', { ...hotlineFile, hotlines: [unverified, ...rest] }).valid).to.equal(false);
    const javascriptLink = {
      ...first,
      channels: [{ kind: 'call', display: 'x', href: 'javascript:alert(1)' }],
    };
    expect(check('hotlines', { ...hotlineFile, hotlines: [javascriptLink] }).valid).to.equal(false);

    const factFile = await load('facts.json');
    const [fact] = factFile.facts as { citation: Json }[];
    const undated = { ...fact, citation: { source: fact.citation.source } };
    expect(check('facts', { ...factFile, facts: [undated] }).valid).to.equal(false);
  });

  it('a locale that misses a string English has fails the strings schema', async () => {
    const check = await validator();
    const spanish = await load('strings/es.json');
    const hotlineWords = spanish.hotlines as Json;
    const withoutTitle = { ...hotlineWords };
    delete withoutTitle.title;
    expect(check('strings', { ...spanish, hotlines: withoutTitle }).valid).to.equal(false);
  });

  it('holds every figure, hotline, number and set the elements show, with sources and verified dates', async () => {
    const factFile = await load('facts.json');
    const packFacts = factFile.facts as { id: string; citation: { dataYear: unknown } }[];
    expect(packFacts.map((fact) => fact.id)).to.have.members(allFacts().map((fact) => fact.id));
    for (const fact of allFacts()) {
      expect(packFacts.find((entry) => entry.id === fact.id)?.citation.dataYear).to.equal(
        fact.citation.dataYear,
      );
    }

    const hotlineFile = await load('hotlines.json');
    const packHotlines = hotlineFile.hotlines as {
      id: string;
      channels: { href: string }[];
      verified: string;
    }[];
    expect(packHotlines.map((hotline) => hotline.id)).to.deep.equal([...HOTLINE_IDS]);
    for (const id of HOTLINE_IDS) {
      const entry = packHotlines.find((hotline) => hotline.id === id);
      expect(entry?.channels.map((channel) => channel.href)).to.deep.equal(
        hotlines[id].channels.map((channel) => channel.href),
      );
      expect(entry?.verified).to.equal(reviewedHotlines[id].verified);
    }

    const signFile = await load('signs.json');
    expect(Object.keys(signFile.sets as Json)).to.deep.equal([...SIGN_SETS]);
  });

  it('strings keep the words of each locale, with a placeholder where a phrase takes a value', async () => {
    for (const locale of SUPPORTED_LOCALES) {
      const strings = await load(`strings/${locale}.json`);
      const words = builtInLocales[locale];
      expect(strings.locale).to.equal(locale);
      expect((strings.hotlines as Json).title).to.equal(words.hotlines.title);
      expect((strings.common as Json).dataYear).to.equal(
        words.common.dataYear(Number.NaN).replace('NaN', '{year}'),
      );
    }
  });
});
