// A Rollup plugin for the drop-in file: it removes from the built-in content the records that say how the content
// was checked and where from (`reviewed`, `verified`, `archival`, `measures`, a hotline's `sources`,
// `organisation` and `recheck`; the name a banner shows comes from the locale files), and the two fields only the
// docs, the README tables and the print kit read (a hotline's `region`, since the elements take their lines from
// region-help's lists, and a channel's `shortCode`). They stay in the TypeScript
// source, the ES modules, the content tests and the content documentation page, where people review them; no element
// ever reads them, and every reader of every partner page would otherwise download them. What a reader sees (each
// figure's citation: organisation, title, year, link) is not touched.
//
// Only object properties inside the named content modules are removed, found by parsing the module, so a field of
// the same name anywhere else (Lit, the elements) is left alone.

import MagicString from 'magic-string';

const MODULES = /[\\/]content[\\/](facts|hotlines)\.js$/;
const FIELDS = new Set([
  'reviewed',
  'verified',
  'archival',
  'measures',
  'sources',
  'organisation',
  'recheck',
  'region',
  'shortCode',
]);

function keyName(property) {
  if (property.computed) return undefined;
  return property.key.type === 'Identifier' ? property.key.name : property.key.value;
}

/** Every `Property` node of an object literal whose key is one of FIELDS, anywhere in the tree. */
function findProperties(node, found = []) {
  if (!node || typeof node.type !== 'string') return found;
  if (node.type === 'ObjectExpression') {
    for (const property of node.properties) {
      if (property.type === 'Property' && FIELDS.has(keyName(property))) found.push(property);
    }
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => findProperties(child, found));
    else if (value && typeof value === 'object' && typeof value.type === 'string')
      findProperties(value, found);
  }
  return found;
}

export default function stripReviewMetadata() {
  return {
    name: 'strip-review-metadata',
    transform(code, id) {
      if (!MODULES.test(id)) return null;
      const properties = findProperties(this.parse(code));
      if (properties.length === 0) this.error(`strip-review-metadata: found none of its fields in ${id}`);
      const out = new MagicString(code);
      for (const { start, end } of properties) {
        // Take the comma after each property with it.
        const comma = /^\s*,/.exec(code.slice(end));
        out.remove(start, end + (comma ? comma[0].length : 0));
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
