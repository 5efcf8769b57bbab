// A plugin for the Custom Elements Manifest analyzer: each attribute that takes one of a list of values gets that
// list as its type (`'US' | 'CA' | ...`) instead of the property's `string | undefined`, so editors and JSX
// generators offer the values. The lists come from two places, never written out here:
// - the content's own lists, from the modules `tsc` has just built (dist/esm/content/, built before the analyzer
//   runs in `npm run build`): regions and their aliases, hotline ids, fact ids and topics;
// - an element's `readChoice(this, 'name', this.name, LIST, fallback)` calls, read from its code: LIST is a
//   constant of the same file (positions, variants, themes) or one the content exports (sets, audiences).
import { fileURLToPath } from 'node:url';

const content = new URL('../dist/esm/content/', import.meta.url);
const load = (name) => import(new URL(name, content).href);
const [regions, hotlines, facts, signs, types] = await Promise.all(
  ['regions.js', 'hotlines.js', 'facts.js', 'signs.js', 'types.js'].map(load),
).catch((error) => {
  throw new Error(
    `cem-allowed-values: read ${fileURLToPath(content)} first (tsc -p tsconfig.build.json): ${error.message}`,
  );
});

/** Every exported list of strings in the content modules, by name (`SIGN_SETS`, `HOTLINE_AUDIENCES`, ...). */
const CONTENT_LISTS = new Map(
  [regions, hotlines, facts, signs, types].flatMap((module) =>
    Object.entries(module).filter(
      ([, value]) => Array.isArray(value) && value.length && value.every((each) => typeof each === 'string'),
    ),
  ),
);

const union = (values) => values.map((value) => `'${value}'`).join(' | ');

/** Attributes whose values the element checks against content without `readChoice`, by attribute name. */
const FROM_CONTENT = {
  region: union([...regions.REGION_CODES, ...Object.keys(regions.REGION_ALIASES)]),
  fact: union(facts.facts.map((fact) => fact.id)),
  topic: union(types.FACT_TOPICS),
  // A comma-separated list of ids, shown in that order.
  hotline: `${union(hotlines.HOTLINE_IDS)} | \`\${string},\${string}\``,
};

/** The explainer clamps its heading level to 2..6 (readNumber with min 2, max 6, in the element). */
const BY_ELEMENT = {
  IndicatorExplainerElement: { 'heading-level': "'2' | '3' | '4' | '5' | '6'" },
};

export function allowedValuesPlugin() {
  /** `ClassName:attribute` → type text, from the `readChoice(this, ...)` calls of each class. */
  const picked = new Map();
  return {
    name: 'awareness-widgets: allowed attribute values',
    analyzePhase({ ts, node }) {
      if (node.kind !== ts.SyntaxKind.SourceFile) return;
      // Constant lists of string literals declared in this file: `const POSITIONS = ['inline', 'fixed'] as const`.
      const local = new Map();
      const found = new Map();
      const visit = (each, className) => {
        if (ts.isVariableDeclaration(each) && ts.isIdentifier(each.name) && each.initializer) {
          let init = each.initializer;
          while (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init)) init = init.expression;
          if (ts.isArrayLiteralExpression(init) && init.elements.every(ts.isStringLiteral))
            local.set(
              each.name.text,
              init.elements.map((element) => element.text),
            );
        }
        const inClass = ts.isClassDeclaration(each) && each.name ? each.name.text : className;
        if (
          inClass &&
          ts.isCallExpression(each) &&
          ts.isIdentifier(each.expression) &&
          each.expression.text === 'readChoice' &&
          each.arguments[0]?.kind === ts.SyntaxKind.ThisKeyword
        ) {
          const [, name, , list] = each.arguments;
          if (name && ts.isStringLiteral(name) && list && ts.isIdentifier(list))
            found.set(`${inClass}:${name.text}`, list.text);
        }
        ts.forEachChild(each, (child) => visit(child, inClass));
      };
      visit(node, undefined);
      // The lists this file's calls read: its own constants, else the content's exported lists.
      for (const [key, list] of found) {
        const values = local.get(list) ?? CONTENT_LISTS.get(list);
        if (values) picked.set(key, union(values));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          for (const attribute of declaration.attributes ?? []) {
            const owner = attribute.inheritedFrom?.name ?? declaration.name;
            const fromReadChoice = picked.get(`${owner}:${attribute.name}`);
            const text =
              BY_ELEMENT[owner]?.[attribute.name] ?? fromReadChoice ?? FROM_CONTENT[attribute.name];
            if (text) attribute.type = { text };
          }
        }
      }
    },
  };
}
