/** Examples of `<aw-quick-exit>`, for the gallery, the docs and the tests. */
import { quickExit as englishWords } from '../../content/locales/en/quick-exit.js';
import { quickExit as spanishWords } from '../../content/locales/es/quick-exit.js';
import { builtInLocales } from '../../content/locales/all.js';
import type { LocaleCode } from '../../content/locales/index.js';
import { escapeHtml as escape, type Example } from '../../core/examples.js';

/** Kept equal to `DEFAULT_EXIT_URL` in quick-exit.ts (a test checks), without importing the element here. */
const DEFAULT_EXIT_URL = 'https://www.google.com/';

/**
 * The plain-HTML fallback of a quick exit: a link to where it goes, labelled in the chosen language, so the exit
 * still works when the script does not run.
 */
export function quickExitFallbackHtml(options: { href?: string; lang?: LocaleCode } = {}): string {
  const { href = DEFAULT_EXIT_URL, lang = 'en' } = options;
  const words = (builtInLocales[lang] ?? builtInLocales.en).quickExit;
  return `  <a href="${escape(href)}">${escape(words.label)}</a>`;
}

function quickExit(attributes: string, href = DEFAULT_EXIT_URL, label = englishWords.label): string {
  const open = attributes ? `<aw-quick-exit ${attributes}>` : '<aw-quick-exit>';
  return `${open}\n  <a href="${href}">${label}</a>\n</aw-quick-exit>`;
}

/** What the button is for, in one line (the embed builder shows it under the element choice). */
export const quickExitSummary = 'A button that leaves the page at once, also by pressing Shift three times.';

export const quickExitExamples: readonly Example[] = [
  {
    id: 'default',
    title: 'Quick exit',
    description:
      'A button, and Shift pressed three times, hide the page at once and go to a neutral site. Put it first in the page.',
    html: quickExit(''),
  },
  {
    id: 'own-destination',
    title: 'Your own neutral destination',
    description: 'Set `href` to any http(s) address; relative addresses such as `/safe.html` work too.',
    html: quickExit('href="https://www.wikipedia.org/"', 'https://www.wikipedia.org/'),
  },
  {
    id: 'fixed',
    title: 'Fixed to the top-end corner',
    description: 'With `position="fixed"` the button stays in the corner of the window as the page scrolls.',
    html: quickExit('position="fixed"'),
  },
  {
    id: 'spanish',
    title: 'In Spanish',
    description: 'The button and the Shift hint in Spanish.',
    html: quickExit('lang="es"', DEFAULT_EXIT_URL, spanishWords.label),
  },
  {
    id: 'refused-destination',
    title: 'Refused destination',
    description: 'A `javascript:` address is refused with one warning; the exit goes to the default site.',
    html: quickExit('href="javascript:alert(1)"'),
    testOnly: true,
  },
];
