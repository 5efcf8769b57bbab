/**
 * The live preview: the pasted markup itself, upgraded by the built drop-in file the builder page loads exactly as
 * a partner's page does, with every shipped language's locale file added the same way (one script tag each).
 */
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from '../content/locales/index.js';

/** Adds the locale file of every shipped language besides English, from `dist/locales/`. */
export function loadLocaleFiles(dist: URL, doc: Document = document): void {
  for (const code of SUPPORTED_LOCALES) {
    if (code === DEFAULT_LOCALE) continue;
    const script = doc.createElement('script');
    script.src = new URL(`locales/${code}.js`, dist).href;
    doc.head.append(script);
  }
}

const shown = new WeakMap<HTMLElement, string>();

/** Shows the snippet's markup (already escaped by the snippet writers) as a partner's page would hold it. */
export function showPreview(preview: HTMLElement, markup: string): void {
  // Unchanged (a click on a field, a colour that did not change): the live element keeps its state.
  if (shown.get(preview) === markup) return;
  shown.set(preview, markup);
  preview.innerHTML = markup;
}

/**
 * A quick exit in the preview would leave the builder: it is stopped there, and `say` tells the partner what it
 * would do on a real page.
 */
export function keepQuickExitInPreview(preview: HTMLElement, say: (text: string) => void): void {
  preview.addEventListener('aw-exit', (event) => {
    event.preventDefault();
    const href = (event as CustomEvent<{ href?: string }>).detail?.href;
    say(`On your page, the quick exit would now leave for ${href}.`);
  });
}
