/**
 * The code the builder gives: the element with its attributes, its contacts and its fallback, after the script
 * tags (pinned version, integrity hash), or as an iframe of the embed page. Pure functions of the options and of
 * what the build published, so tests write every snippet without the page.
 */
import { builtInLocales } from '../content/locales/all.js';
import type { LocaleCode } from '../content/locales/index.js';
import { escapeHtml as escape } from '../core/examples.js';
import { extraQuickExitFallback, fallbackHtml } from './fallbacks.js';
import { contactParams, EMBEDDABLE, LOCAL_CONTACT_HEIGHT } from './iframe-url.js';
import { attributeValue, spokenLanguage, type Attribute, type BuilderOptions } from './options.js';

export const CDN = 'https://cdn.jsdelivr.net/npm/awareness-widgets';

/** What the build wrote that a snippet names: read by the page at run time, made up by tests. */
export interface Published {
  /** The package version, for the CDN address. */
  readonly version: string;
  /** The drop-in file's integrity hash (`dist/awareness-widgets.js.sri`). */
  readonly integrity: string;
  /** Each locale file's integrity hash (`dist/locales/<code>.js.sri`); undefined when it could not be read. */
  readonly localeIntegrity: ReadonlyMap<LocaleCode, string | undefined>;
  /** The iframe page, on the site that serves the builder (npm CDNs send HTML as plain text). */
  readonly embedUrl: string;
}

export function openingTag(
  tag: string,
  attributes: readonly Attribute[],
  styles: readonly (readonly [string, string])[] = [],
): string {
  const parts = attributes.map(([name, value]) => (value === true ? name : `${name}="${escape(value)}"`));
  if (styles.length) {
    parts.push(`style="${escape(styles.map(([property, value]) => `${property}: ${value}`).join('; '))}"`);
  }
  return `<${tag}${parts.map((part) => ` ${part}`).join('')}>`;
}

/** One element of a snippet: its opening tag and the fallback written inside it. */
export interface ElementPart {
  readonly tag: string;
  readonly open: string;
  readonly fallback: string;
}

/** The elements a snippet writes, in order: the extra quick exit (when asked for) first, then the element. */
export function elementParts(options: BuilderOptions): ElementPart[] {
  const main = {
    tag: options.tag,
    open: openingTag(options.tag, options.attributes, options.styles),
    fallback: fallbackHtml(options),
  };
  if (!options.addQuickExit) return [main];
  const lang = attributeValue(options, 'lang');
  const exit = {
    tag: 'aw-quick-exit',
    open: openingTag('aw-quick-exit', lang ? [['lang', lang]] : []),
    fallback: extraQuickExitFallback(options),
  };
  return [exit, main];
}

/** The element with its attributes and its fallback content (the contacts first), exactly as it is pasted. */
export function elementMarkup(options: BuilderOptions): string {
  return elementParts(options)
    .map(({ tag, open, fallback }) => [open, fallback, `</${tag}>`].filter(Boolean).join('\n'))
    .join('\n');
}

const scriptTag = (src: string, hash: string) =>
  `<script src="${escape(src)}" integrity="${escape(hash)}" crossorigin="anonymous" defer></script>`;

export const scriptUrl = (published: Published) => `${CDN}@${published.version}/dist/awareness-widgets.js`;
export const localeUrl = (published: Published, code: LocaleCode) =>
  `${CDN}@${published.version}/dist/locales/${code}.js`;

/**
 * The script tags: English is in the drop-in file; any other language is one more small file, after it, or before
 * it with `localeFirst` (a language file may load before the elements).
 */
export function scriptTags(options: BuilderOptions, published: Published, localeFirst = false): string {
  const lines = [scriptTag(scriptUrl(published), published.integrity)];
  const lang = spokenLanguage(options);
  if (lang !== 'en' && published.localeIntegrity.has(lang)) {
    lines.push(scriptTag(localeUrl(published, lang), published.localeIntegrity.get(lang) ?? ''));
  }
  if (localeFirst) lines.reverse();
  return lines.join('\n');
}

/** The script tags and the element. */
export function scriptSnippet(options: BuilderOptions, published: Published): string {
  return `${scriptTags(options, published)}\n${elementMarkup(options)}\n`;
}

/** The embed page's name for the element (`hotline-banner`), when it can be framed. */
const embedName = (options: BuilderOptions) => {
  const name = options.tag.replace(/^aw-/, '');
  return EMBEDDABLE[name] ? name : undefined;
};

/** True when the element can go in a frame (not the quick exit: it could leave only the frame). */
export const frameable = (options: BuilderOptions) => embedName(options) !== undefined;

/** The frame's title in the chosen language, from the element's own words (no language is typed here). */
export function frameTitle(options: BuilderOptions): string {
  const messages =
    builtInLocales[(attributeValue(options, 'lang') as LocaleCode) || 'en'] ?? builtInLocales.en;
  const set = (attributeValue(options, 'set') ?? 'warning-signs') as keyof typeof messages.signs.sets;
  switch (options.tag) {
    case 'aw-hotline-banner':
      return messages.hotlines.label;
    case 'aw-fact-card':
      return messages.factCard.carouselLabel;
    case 'aw-indicator-explainer':
      return messages.signs.sets[set]?.title ?? messages.signs.sets['warning-signs'].title;
    case 'aw-quick-exit':
      return messages.quickExit.label;
  }
}

/** The chosen options an iframe cannot carry, in words for the note under the iframe code. */
export function notInFrame(options: BuilderOptions): string[] {
  const allowed = EMBEDDABLE[embedName(options) ?? '']?.attributes ?? [];
  const dropped = options.attributes.map(([name]) => name).filter((name) => !allowed.includes(name));
  if (options.styles.length) dropped.push('brand colours');
  if (options.addQuickExit) dropped.push('the extra quick exit');
  return dropped;
}

/** The embed page's URL for these options: the attributes it takes, then the local contacts. */
export function iframeUrl(options: BuilderOptions, published: Pick<Published, 'embedUrl'>): string {
  const name = embedName(options);
  if (!name) return '';
  const query = new URLSearchParams({ element: name });
  for (const [attribute, value] of options.attributes) {
    if (EMBEDDABLE[name].attributes.includes(attribute)) query.set(attribute, value === true ? '' : value);
  }
  if (EMBEDDABLE[name].localContacts) {
    for (const [key, value] of contactParams(options.contacts)) query.set(key, value);
  }
  return `${published.embedUrl}?${query}`;
}

export function iframeSnippet(options: BuilderOptions, published: Pick<Published, 'embedUrl'>): string {
  const name = embedName(options);
  if (!name) return '';
  const height = EMBEDDABLE[name].height + LOCAL_CONTACT_HEIGHT * options.contacts.length;
  return `<iframe src="${escape(iframeUrl(options, published))}" title="${escape(frameTitle(options))}" width="100%" height="${height}" loading="lazy" allow="clipboard-write" style="border: 0"></iframe>\n`;
}
