/**
 * The iframe embed page: `dist/embed.html` with this script, bundled as `dist/embed.js`. It renders ONE element from
 * its URL, for sites whose editor strips `<script>` or custom tags but allows an iframe:
 *
 *     embed.html?element=hotline-banner&region=US&lang=es
 *
 * Only the elements and attributes in `EMBEDDABLE` are accepted; anything else is ignored with one console warning.
 * Values reach the element through `setAttribute` only (never as HTML), and the element checks them as it does on
 * any page. The banner and the explainer also take up to three of the partner's own contacts
 * (`contact1-href=tel:+15555550100&contact1-name=...&contact1-detail=...`, written by the builder), judged by the
 * same rules as on a page (only `tel:`, `sms:`, `mailto:` and http(s), written out in full) and added as the
 * `<a slot="local-contact">` links the element reads, their text set as text. The page tells the page around it how tall it is, so `embed-helper.js` can size the frame:
 * `parent.postMessage({ type: 'aw-embed-height', height }, '*')`.
 */
import '../index.js';
import { builtInLocales } from '../content/locales/all.js';
import { registerLocale } from '../core/locale-registry.js';
import { quote, warnOnce } from '../core/warn.js';
import { contactsFromParams, EMBEDDABLE, isContactKey, MAX_LOCAL_CONTACTS } from '../builder/iframe-url.js';

// The embed page is one URL for every language, so it carries every shipped language (a frame's bytes are not the
// host page's).
for (const [code, words] of Object.entries(builtInLocales)) if (code !== 'en') registerLocale(code, words);

/** The `type` of the message the embed page posts to its parent whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'aw-embed-height';

/** The message the embed page posts to its parent: its content height in CSS pixels. */
export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  height: number;
}

export { EMBEDDABLE, MAX_LOCAL_CONTACTS };

/** Shown when the URL names no element, or one the page does not offer: how to get help is never wrong. */
export const DEFAULT_EMBED = 'hotline-banner';

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Builds the element the URL asks for (not yet attached). Unknown names and attributes are warned about once. */
export function createEmbeddedElement(search: string, doc: Document = document): HTMLElement {
  const params = new URLSearchParams(search);
  const asked = params.get('element');
  let name = (asked ?? '').trim().toLowerCase().replace(/^aw-/, '');
  if (!has(EMBEDDABLE, name)) {
    warnOnce(
      `embed: element=${quote(asked)} is not one of ${Object.keys(EMBEDDABLE).join(', ')}; showing the ${DEFAULT_EMBED}.`,
    );
    name = DEFAULT_EMBED;
  }
  const { attributes, booleans, localContacts } = EMBEDDABLE[name];
  const element = doc.createElement(`aw-${name}`);
  for (const [key, value] of params) {
    if (key === 'element' || (localContacts && isContactKey(key))) continue;
    if (!attributes.includes(key)) {
      warnOnce(`embed: ${quote(key)} is not an attribute that <aw-${name}> takes in an embed; ignored.`);
      continue;
    }
    if (booleans.includes(key) && /^(false|0|no|off)$/i.test(value.trim())) continue;
    element.setAttribute(key, value);
  }
  if (localContacts) {
    const { contacts, refused } = contactsFromParams(params);
    for (const reason of refused) warnOnce(`embed: ${reason}`);
    for (const contact of contacts) {
      const link = doc.createElement('a');
      link.slot = 'local-contact';
      link.setAttribute('href', contact.link.href);
      if (contact.detail) link.dataset.detail = contact.detail;
      link.textContent = contact.name;
      element.append(link);
    }
  }
  return element;
}

/** Posts the height of `content` to the parent page each time it changes. */
export function reportHeight(content: Element, target: Window = window.parent): ResizeObserver {
  let last = -1;
  const post = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, height };
    // Only a number leaves the frame, so any page may hear it.
    target.postMessage(message, '*');
  };
  // The first call comes after the first layout, with the element rendered: no early height of 0.
  const observer = new ResizeObserver(post);
  observer.observe(content);
  return observer;
}

// The page's own few rules, as a constructed sheet: no <style> element, so style-src 'self' allows it.
function stylePage(doc: Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    'html, body { margin: 0; padding: 0; background: transparent; } main { display: flow-root; }',
  );
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

function start(): void {
  const main = document.querySelector('main') ?? document.body.appendChild(document.createElement('main'));
  stylePage(document);
  const element = createEmbeddedElement(location.search);
  const lang = element.getAttribute('lang');
  if (lang && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang)) document.documentElement.lang = lang;
  main.replaceChildren(element);
  if (window.parent !== window) reportHeight(main);
}

if (typeof document !== 'undefined' && document.documentElement.hasAttribute('data-aw-embed')) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
