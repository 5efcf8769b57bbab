// Writes one locale pack entry per shipped language besides English, from the list in src/content/locales/index.ts,
// so adding a language is a change to src/content/ alone: `dist/esm/locales/<code>.js` (for bundlers:
// `import 'awareness-widgets/locales/fr.js'`) registers that language's words. Rollup turns each into the classic
// script `dist/locales/<code>.js` that a page adds after the drop-in file.
//
//   node scripts/locale-entries.mjs     after `tsc`; prints the codes it wrote
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/esm/locales');

/** The languages that get a pack: every shipped one but the default, which every element carries. */
export async function localePackCodes() {
  const { SUPPORTED_LOCALES, DEFAULT_LOCALE } = await import(
    pathToFileURL(join(root, 'dist/esm/content/locales/index.js')).href
  );
  return SUPPORTED_LOCALES.filter((code) => code !== DEFAULT_LOCALE);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const codes = await localePackCodes();
  mkdirSync(out, { recursive: true });
  for (const code of codes) {
    // Each locale folder's index exports its messages under the language code (`export const fr: Messages`).
    writeFileSync(
      join(out, `${code}.js`),
      `// The "${code}" locale pack, written by scripts/locale-entries.mjs from src/content/locales/${code}/.\n` +
        `import * as pack from '../content/locales/${code}/index.js';\n` +
        `import { registerLocale } from '../core/locale-registry.js';\n\n` +
        `registerLocale(${JSON.stringify(code)}, pack[${JSON.stringify(code)}]);\n`,
    );
    writeFileSync(
      join(out, `${code}.d.ts`),
      `// Registers the "${code}" words; it exports nothing.\nexport {};\n`,
    );
  }
  console.log(`locale-entries: ${codes.map((code) => `locales/${code}.js`).join(', ')}`);
}
