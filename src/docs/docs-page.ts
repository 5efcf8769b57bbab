/**
 * The documentation pages' script (dist/docs.js, loaded by docs/*.html and docs/elements/*.html after the drop-in
 * file). Each page marks the places to fill with `data-fill="<what>[:<argument>]"`; this fills them from the
 * library's own sources, so the docs cannot drift from what the elements show:
 * - `reference:<tag>`: the element's API, from custom-elements.json (written by the build, read at run time);
 * - `examples:<tag>`: live examples, from each element's examples file;
 * - `facts`, `hotlines[:<regions>]`, `signs[:<sets>]`, `sources`: the content, in the language chosen on the page;
 * - the short phrases in `phrases.ts` (`languages`, `region-codes`…): what the docs' sentences say of the content.
 * `code[data-source]` blocks show the example files that the tests run. `body[data-ready]` is set once all is filled.
 */
import { builtInLocales } from '../content/locales/all.js';
import { REGION_CODES } from '../content/regions.js';
import { SIGN_SETS, type SignSetId } from '../content/signs.js';
import type { HotlineRegion } from '../content/hotline-reviews.js';
import { append } from './dom.js';
import { renderExamples } from './examples.js';
import { renderFacts } from './facts-table.js';
import { renderHotlines } from './hotline-tables.js';
import { fillLanguageChoice, localeCode, registerShippedLocales } from './locales.js';
import { phrases } from './phrases.js';
import { loadManifest, renderReference, type Manifest } from './reference.js';
import { renderSigns } from './sign-tables.js';
import { renderSources } from './source-list.js';

// This file is dist/docs.js: the package root, where custom-elements.json and docs/examples/ are, is one folder up.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src$="dist/docs.js"]');
const root = new URL('../', script?.src ?? document.baseURI);

/** The listed values a fill's argument names, in its order; every value when it names none. */
function listed<T extends string>(argument: string | undefined, all: readonly T[]): readonly T[] {
  if (!argument) return all;
  return argument.split(',').filter((each): each is T => (all as readonly string[]).includes(each));
}

/** The places a page marks, each with what to fill and its argument (`hotlines:US,CA` → `hotlines`, `US,CA`). */
function places(): { container: HTMLElement; what: string; argument: string | undefined }[] {
  return [...document.querySelectorAll<HTMLElement>('[data-fill]')].map((container) => {
    const [what, argument] = (container.dataset.fill ?? '').split(':');
    return { container, what, argument };
  });
}

const CONTENT = new Set(['facts', 'hotlines', 'signs']);

/** Fills the content tables in one language; they are filled again when the reader picks another. */
function fillContent(lang: string): void {
  const messages = builtInLocales[localeCode(lang)];
  for (const { container, what, argument } of places()) {
    if (!CONTENT.has(what)) continue;
    container.replaceChildren();
    if (what === 'facts') renderFacts(container, messages);
    if (what === 'hotlines') {
      renderHotlines(
        container,
        messages,
        listed<HotlineRegion>(argument, [...REGION_CODES, 'international']),
      );
    }
    if (what === 'signs') renderSigns(container, messages, listed<SignSetId>(argument, SIGN_SETS));
  }
}

type PageFill = (
  container: HTMLElement,
  argument: string | undefined,
  manifest: Manifest | undefined,
) => void;

/** What does not change with the language of the content, by the name a page gives it. */
const PAGE_FILLS: Readonly<Record<string, PageFill>> = {
  reference: (container, tag, manifest) => tag && renderReference(container, tag, manifest),
  examples: (container, tag) => tag && renderExamples(container, tag),
  sources: (container) => renderSources(container),
  ...Object.fromEntries(
    Object.entries(phrases).map(([name, phrase]): [string, PageFill] => [
      name,
      (container) => append(container, [phrase()]),
    ]),
  ),
};

/** Fills everything that does not change with the language of the content, once. */
function fillPage(manifest: Manifest | undefined): void {
  for (const { container, what, argument } of places()) {
    if (CONTENT.has(what)) continue;
    const fill = PAGE_FILLS[what];
    if (!fill) {
      console.warn(`docs: nothing fills data-fill="${container.dataset.fill}"`);
      continue;
    }
    container.replaceChildren();
    fill(container, argument, manifest);
  }
}

/** Example code shown on the usage page, read from the very files the tests bundle and run. */
function fillSourceBlocks(): Promise<unknown> {
  return Promise.all(
    [...document.querySelectorAll<HTMLElement>('code[data-source]')].map(async (block) => {
      const response = await fetch(new URL(block.dataset.source ?? '', root)).catch(() => undefined);
      if (response?.ok) block.textContent = (await response.text()).trim();
    }),
  );
}

async function main(): Promise<void> {
  registerShippedLocales();
  const language = document.querySelector<HTMLSelectElement>('#content-lang');
  if (language) {
    fillLanguageChoice(language);
    language.addEventListener('change', () => fillContent(language.value));
  }
  fillContent(language?.value ?? '');
  fillPage(await loadManifest(root));
  document.body.dataset.ready = 'true';
  await fillSourceBlocks();
}

void main();
