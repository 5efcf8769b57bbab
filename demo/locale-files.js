// Adds the locale file of every shipped language to this page, as a site that offers them all would with one more
// script tag each (the drop-in file carries English only). The list is the library's own, so a new language
// shows up in the gallery, the docs and the builder's preview with no change here.
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from '../dist/esm/content/locales/index.js';

const dist = new URL('../dist/', import.meta.url);

for (const code of SUPPORTED_LOCALES) {
  if (code === DEFAULT_LOCALE) continue;
  const script = document.createElement('script');
  script.src = new URL(`locales/${code}.js`, dist).href;
  document.head.append(script);
}
