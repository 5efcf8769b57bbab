/**
 * custom-elements.json, the Custom Elements Manifest that `npm run build` writes from the JSDoc on each element
 * class: editors, documentation tools and the embed builder read it, so every public name in it must be there and
 * must say what it is for. The README's attribute and event tables are checked against it too.
 */
import { expect } from '@open-wc/testing';
import {
  checkReadmeTables,
  elementsOf,
  type Manifest,
  type ManifestDeclaration,
  type ManifestMember,
} from '../scripts/readme-tables.mjs';
import { facts } from '../src/content/facts.js';
import { HOTLINE_AUDIENCES, HOTLINE_IDS } from '../src/content/hotlines.js';
import { REGION_ALIASES, REGION_CODES } from '../src/content/regions.js';
import { SIGN_AUDIENCES, SIGN_SETS } from '../src/content/signs.js';
import { FACT_TOPICS } from '../src/content/types.js';

/** The public API in shared/DESIGN.md: these tags and attributes are a contract. */
const CONTRACT: Record<string, string[]> = {
  'aw-fact-card': ['fact', 'topic', 'rotate', 'interval', 'variant'],
  'aw-hotline-banner': ['hotline', 'region', 'audience', 'position', 'dismissible', 'remember', 'quick-exit'],
  'aw-indicator-explainer': ['set', 'audience', 'open'],
  'aw-quick-exit': ['href'],
};

/** The public styling surface every element shares (src/core/theme.styles.ts). */
const PUBLIC_CUSTOM_PROPERTIES = [
  '--aw-text-color',
  '--aw-background-color',
  '--aw-accent-color',
  '--aw-on-accent-color',
  '--aw-border-color',
  '--aw-focus-color',
  '--aw-radius',
  '--aw-spacing',
  '--aw-font-family',
];

const union = (values: readonly string[]) => values.map((value) => `'${value}'`).join(' | ');
const REGIONS = union([...REGION_CODES, ...Object.keys(REGION_ALIASES)]);
const THEMES = "'light' | 'dark' | 'auto'";

/**
 * The type each attribute has in the manifest: its allowed values, from the content's lists, or from the lists the
 * elements keep for themselves (positions, variants, heading levels: the same values src/types/attributes.ts
 * gives the framework typings, so a change to an element's list fails here until both follow).
 */
const ATTRIBUTE_TYPES: Record<string, Record<string, string>> = {
  'aw-fact-card': {
    fact: union(facts.map((fact) => fact.id)),
    topic: union(FACT_TOPICS),
    rotate: 'boolean',
    variant: "'full' | 'compact'",
    theme: THEMES,
  },
  'aw-hotline-banner': {
    hotline: `${union(HOTLINE_IDS)} | \`\${string},\${string}\``,
    region: REGIONS,
    audience: union(HOTLINE_AUDIENCES),
    position: "'inline' | 'top' | 'bottom'",
    dismissible: 'boolean',
    theme: THEMES,
  },
  'aw-indicator-explainer': {
    set: union(SIGN_SETS),
    audience: union(SIGN_AUDIENCES),
    region: REGIONS,
    open: 'boolean',
    'heading-level': "'2' | '3' | '4' | '5' | '6'",
    theme: THEMES,
  },
  'aw-quick-exit': { position: "'inline' | 'fixed'", theme: THEMES },
};

const KINDS = ['attributes', 'events', 'slots', 'cssParts', 'cssProperties'] as const;

let manifest: Manifest;
let elements: Map<string, ManifestDeclaration>;

const undescribed = (members: readonly ManifestMember[] = []) =>
  members.filter((member) => !member.description?.trim()).map((member) => member.name || '(default slot)');

/** Public fields: no privacy set, not static, not a Lit internal. */
const publicProperties = (declaration: ManifestDeclaration) =>
  (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && !member.privacy && !member.static && !member.name.startsWith('_'),
  );

describe('custom elements manifest', () => {
  before(async () => {
    const response = await fetch('/custom-elements.json');
    expect(response.ok, 'custom-elements.json exists: run npm run build').to.equal(true);
    manifest = await response.json();
    elements = elementsOf(manifest);
  });

  it('lists every element by its tag name', () => {
    expect([...elements.keys()].sort()).to.deep.equal(Object.keys(CONTRACT).sort());
  });

  it('is the manifest package.json points editors to, and is published with the package', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg.files).to.include('custom-elements.json');
    expect(pkg.exports['./custom-elements.json']).to.equal('./custom-elements.json');
  });

  for (const [tag, attributes] of Object.entries(CONTRACT)) {
    describe(`<${tag}>`, () => {
      it('says what the element is for', () => {
        const declaration = elements.get(tag)!;
        expect(declaration.summary?.trim() || declaration.description?.trim(), `${tag} summary`).to.match(
          /\S/,
        );
      });

      it('has every attribute of the public API', () => {
        const names = (elements.get(tag)!.attributes ?? []).map((attribute) => attribute.name);
        expect(names).to.include.members([...attributes, 'theme']);
      });

      it('types each attribute that takes a list of values with those values', () => {
        const types = Object.fromEntries(
          (elements.get(tag)!.attributes ?? [])
            .filter((attribute) => attribute.name in ATTRIBUTE_TYPES[tag])
            .map((attribute) => [attribute.name, attribute.type?.text]),
        );
        expect(types).to.deep.equal(ATTRIBUTE_TYPES[tag]);
      });

      it('types no attribute as a bare string', () => {
        const loose = (elements.get(tag)!.attributes ?? [])
          .filter((attribute) => /^string( \| undefined)?$/.test(attribute.type?.text ?? ''))
          .map((attribute) => attribute.name);
        // Free text by design: a URL.
        expect(loose.filter((name) => name !== 'href')).to.deep.equal([]);
      });

      for (const kind of KINDS) {
        it(`describes every one of its ${kind}`, () => {
          expect(undescribed(elements.get(tag)![kind]), `${tag} ${kind} without a description`).to.deep.equal(
            [],
          );
        });
      }

      it('describes every public property', () => {
        const missing = undescribed(publicProperties(elements.get(tag)!));
        expect(missing, `${tag} public properties without a description`).to.deep.equal([]);
      });

      it('documents at least one event, and only aw-* events', () => {
        const events = (elements.get(tag)!.events ?? []).map((event) => event.name);
        expect(events).to.not.have.length(0);
        expect(events.filter((name) => !name.startsWith('aw-'))).to.deep.equal([]);
      });

      it('documents its parts and only the public custom properties', () => {
        const declaration = elements.get(tag)!;
        expect(declaration.cssParts?.map((part) => part.name)).to.include('base');
        const properties = (declaration.cssProperties ?? []).map((property) => property.name);
        expect(properties).to.not.have.length(0);
        expect(properties.filter((name) => !PUBLIC_CUSTOM_PROPERTIES.includes(name))).to.deep.equal([]);
      });
    });
  }

  it('agrees with the attribute and event tables in the README', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(checkReadmeTables(readme, manifest)).to.deep.equal([]);
  });

  it('notices a README table that names an attribute the element does not have', () => {
    const tag = 'aw-quick-exit';
    const declaration = elements.get(tag)!;
    const rows = (declaration.attributes ?? []).map((attribute) => `| \`${attribute.name}\` | x |`);
    const events = (declaration.events ?? []).map((event) => `| \`${event.name}\` | x |`);
    const table = (heading: string, lines: string[]) => [`| ${heading} | what |`, '| --- | --- |', ...lines];
    const readme = (extra: string[]) =>
      [
        '<!-- quick-exit:start -->',
        ...table('attribute', [...rows, ...extra]),
        '',
        ...table('event', events),
        '<!-- quick-exit:end -->',
      ].join('\n');
    const single: Manifest = { ...manifest, modules: [{ path: 'x', declarations: [declaration] }] };
    expect(checkReadmeTables(readme([]), single)).to.deep.equal([]);
    expect(checkReadmeTables(readme(['| `not-an-attribute` | x |']), single)).to.have.length(1);
  });
});
