/**
 * The prerendered snippet: each element already drawn, as declarative shadow DOM (`<template shadowrootmode>`
 * holding the element's own styles and its rendered shadow root), so the browser paints the finished, styled widget
 * before any script runs; the drop-in file then replaces that copy with its own render in the same frame (see
 * `createRenderRoot` in src/core/awareness-element.ts). It is what `@lit-labs/ssr` writes (scripts/prerender.mjs),
 * made in the browser from the real element the drop-in file rendered, for whatever options were chosen, and with
 * the partner's own contacts, which a server never sees. Two differences: Lit's comment markers are left out, and
 * a painted quick exit leaves for its address before the script runs, as the plain fallback link does.
 */
import { LOCALE_REGISTERED, localePack } from '../core/locale-registry.js';
import type { LocaleCode } from '../content/locales/index.js';
import { exitHref } from './fallbacks.js';
import { spokenLanguage, type BuilderOptions } from './options.js';
import { elementMarkup, elementParts, scriptTags, type ElementPart, type Published } from './snippets.js';

// ---- Serializing a rendered element ---------------------------------------------------------------------------

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

const escapeText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** A Lit element class: its styles, as `CSSResult`s (with `cssText`) or constructed sheets. */
interface StyledClass {
  readonly elementStyles?: readonly ({ readonly cssText: string } | CSSStyleSheet)[];
}

/** The element class's own styles as one stylesheet, as `@lit-labs/ssr` writes them. */
export function elementCss(element: Element): string {
  const styles = (element.constructor as StyledClass).elementStyles ?? [];
  return (
    styles
      .map((style) =>
        'cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n'),
      )
      .join('\n')
      // Never the end of the <style> it is written in (CSS reads `<\/` as `</`).
      .replace(/<\/(style)/gi, '<\\/$1')
  );
}

/** Where a quick exit's button goes before the script runs (see `exitForm`), while its shadow root is written. */
interface Context {
  readonly exit?: string;
}

function childrenHtml(parent: Node, context: Context, raw = false): string {
  let out = '';
  for (const node of parent.childNodes) {
    // Node types by number: the element may live in another window (the builder's preview frame in a test).
    if (node.nodeType === 3) out += raw ? (node.textContent ?? '') : escapeText(node.textContent ?? '');
    else if (node.nodeType === 1) out += elementHtml(node as Element, context);
    // Comments are left out: Lit's part markers (`<!--?lit$…$-->`, `<!---->`) mean nothing to a page, since the
    // script renders the element again from nothing rather than hydrating this copy.
  }
  return out;
}

function elementHtml(element: Element, context: Context): string {
  const name = element.localName;
  const exitButton =
    context.exit !== undefined && name === 'button' && element.getAttribute('part') === 'button';
  const attributes = [...element.attributes]
    .map(({ name: attribute, value }) =>
      exitButton && attribute === 'type'
        ? ` type="submit" form="${EXIT_FORM}"`
        : ` ${attribute}="${escapeAttribute(value)}"`,
    )
    .join('');
  if (VOID.has(name)) return `<${name}${attributes}>`;
  const content = name === 'template' ? (element as HTMLTemplateElement).content : element;
  const inner = shadowTemplate(element) + childrenHtml(content, context, RAW_TEXT.has(name));
  return `<${name}${attributes}>${inner}</${name}>`;
}

const EXIT_FORM = 'exit-before-script';

/**
 * A painted quick exit must work before the script runs, as the plain snippet's fallback link does: its button
 * submits a hidden form that leaves for the same address (a plain page load, so Back returns, like the link). The
 * form takes no room, and the button keeps its place and its look. A GET form drops its action's query, so the
 * query is written as hidden fields.
 */
function exitForm(href: string): string {
  const url = new URL(href, 'https://page.invalid/');
  const fields = [...url.searchParams]
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeAttribute(name)}" value="${escapeAttribute(value)}">`,
    )
    .join('');
  const action = href.replace(/\?[^#]*/, '');
  return `<form id="${EXIT_FORM}" action="${escapeAttribute(action)}" method="get" hidden>${fields}</form>`;
}

/** The address a quick exit leaves for: as typed when the element takes it, else what the element chose. */
function exitAddress(element: Element): string {
  return exitHref(element.getAttribute('href')) ?? (element as Element & { exitUrl?: string }).exitUrl ?? '';
}

/** An element's open shadow root as a declarative one, nested elements (a banner's quick exit) included. */
function shadowTemplate(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  // A banner fixed to an edge is written as @lit-labs/ssr writes it (class "prerendered"): standing in the page's
  // flow until the script fixes it there with the same room, so nothing moves. This copy is out of sight and thrown
  // away after, so marking it changes nothing a reader sees.
  if (element.localName === 'aw-hotline-banner') root.querySelector('.banner')?.classList.add('prerendered');
  const exit = element.localName === 'aw-quick-exit' ? exitAddress(element) : undefined;
  const form = exit ? exitForm(exit) : '';
  // `shadowroot` as well, as @lit-labs/ssr writes it, for browsers from before `shadowrootmode`.
  return `<template shadowroot="open" shadowrootmode="open"><style>${elementCss(element)}</style>${form}${childrenHtml(root, { exit: exit || undefined })}</template>`;
}

/**
 * One rendered element as prerendered HTML: the snippet's own opening tag (not the live one, which the element may
 * have added to), its shadow root as declarative shadow DOM, then the same fallback as the plain snippet, which
 * the shadow root keeps hidden and which readers see where the template is not understood.
 */
export function prerenderedElement(element: Element, part: ElementPart): string {
  const light = part.fallback ? `\n${part.fallback}\n` : '';
  return `${part.open}${shadowTemplate(element)}${light}</${part.tag}>`;
}

/** The rendered elements of a snippet (in the order `elementParts` writes them) as prerendered HTML. */
export function prerenderedMarkup(elements: readonly Element[], options: BuilderOptions): string {
  return elementParts(options)
    .map((part, index) => prerenderedElement(elements[index], part))
    .join('\n');
}

// ---- Rendering the elements to serialize them -----------------------------------------------------------------

type Updating = Element & { updateComplete?: Promise<boolean> };

/** Resolves when every element, and every element in their shadow roots, has rendered and has nothing pending. */
async function settled(elements: readonly Element[]): Promise<void> {
  for (const element of elements) {
    const updating = element as Updating;
    if (updating.updateComplete) while (!(await updating.updateComplete));
    if (element.shadowRoot) await settled([...element.shadowRoot.querySelectorAll('*')]);
  }
}

/** Resolves when the page has the words of `lang` (its locale file registered them); false after `ms`. */
function languageReady(lang: LocaleCode, ms = 10000): Promise<boolean> {
  if (lang === 'en' || localePack(lang)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      document.removeEventListener(LOCALE_REGISTERED, check);
      resolve(ready);
    };
    const check = () => {
      if (localePack(lang)) done(true);
    };
    const timer = setTimeout(() => done(false), ms);
    document.addEventListener(LOCALE_REGISTERED, check);
  });
}

/**
 * Renders the snippet's elements with the drop-in file the page loaded, out of sight (fresh, so nothing a person
 * did in the preview is written), and returns them prerendered; undefined when the language's file never loaded.
 * The elements stand in a box with an empty `lang`, so they take the page's language as a pasted one does, and a
 * partner's contact gets no language it was not written with.
 */
export async function renderPrerendered(
  options: BuilderOptions,
  doc: Document = document,
): Promise<string | undefined> {
  if (!(await languageReady(spokenLanguage(options)))) return undefined;
  const box = doc.createElement('div');
  box.hidden = true;
  box.setAttribute('lang', '');
  box.innerHTML = elementMarkup(options); // the builder's own escaped output, as a partner page would hold it
  doc.body.append(box);
  try {
    const elements = [...box.children];
    await Promise.all(elements.map((element) => customElements.whenDefined(element.localName)));
    await settled(elements);
    return prerenderedMarkup(elements, options);
  } finally {
    box.remove();
  }
}

/**
 * The script tags, then the prerendered elements. The language file comes first: the elements then have their
 * words the moment the drop-in file takes over, and never replace the painted copy with English, even for a frame.
 */
export const prerenderedSnippet = (options: BuilderOptions, published: Published, markup: string) =>
  `${scriptTags(options, published, true)}\n${markup}\n`;
