// A plugin for the Custom Elements Manifest analyzer: elements here are registered through the guarded helper
// `defineElement('aw-x', XElement)` (src/core/define.ts), which the analyzer does not know. Without this, the
// manifest lists every class but no tag name, and editors and docs cannot link `<aw-x>` to its attributes.
export function defineElementPlugin() {
  return {
    name: 'awareness-widgets: defineElement calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (node.kind !== ts.SyntaxKind.CallExpression) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      const imported = context?.imports?.find((each) => each.name === klass.text);
      const where = !imported
        ? { module: moduleDoc.path }
        : imported.isBareModuleSpecifier
          ? { package: imported.importPath }
          : { module: new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname };
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, ...where } },
      ];
    },
  };
}
