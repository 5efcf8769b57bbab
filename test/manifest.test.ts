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
