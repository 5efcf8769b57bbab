/**
 * The light-DOM fallback a snippet carries: what readers see before the script runs, or if it never does. Each
 * element's own examples file writes it from the content, in the element's language, so the builder, the gallery,
 * the docs and the README examples say what the element says.
 */
import { defaultFact, factById, factsByTopic, type BuiltInFact } from '../content/facts.js';
import type { LocaleCode } from '../content/locales/index.js';
import { HOTLINE_AUDIENCES } from '../content/hotlines.js';
import { DEFAULT_SIGN_AUDIENCE, DEFAULT_SIGN_SET, SIGN_AUDIENCES, SIGN_SETS } from '../content/signs.js';
import { FACT_TOPICS } from '../content/types.js';
import { factFallbackHtml } from '../elements/fact-card/fact-card.examples.js';
import { hotlineFallbackHtml } from '../elements/hotline-banner/hotline-banner.examples.js';
import { explainerFallbackHtml } from '../elements/indicator-explainer/indicator-explainer.examples.js';
import { quickExitFallbackHtml } from '../elements/quick-exit/quick-exit.examples.js';
import { oneOf } from './choices.js';
import { localContactsFallbackHtml } from './contacts.js';
import { attributeValue, regionOf, spokenLanguage, type BuilderOptions } from './options.js';

/** The fact a card shows for these options, as the element chooses it: by id, else the newest of a topic. */
export function factFor(options: BuilderOptions): BuiltInFact {
  const id = attributeValue(options, 'fact');
  const topic = attributeValue(options, 'topic');
  if (id) return factById(id) ?? defaultFact();
  if (topic) return factsByTopic(oneOf(topic, FACT_TOPICS, FACT_TOPICS[0]))[0] ?? defaultFact();
  return defaultFact();
}

/** A quick exit's fallback goes where the element would: a typed address only when it is http(s) or relative. */
export function exitHref(typed: string | null | undefined): string | undefined {
  if (!typed) return undefined;
  try {
    return ['http:', 'https:'].includes(new URL(typed, 'https://page.invalid/').protocol) ? typed : undefined;
  } catch {
    return undefined;
  }
}

/** The national lines' fallback with the partner's own contacts first, as the element shows them. */
function withContacts(fallback: string, options: BuilderOptions, lang: LocaleCode): string {
  const local = localContactsFallbackHtml(options.contacts, lang);
  if (!local.length) return fallback;
  // After the title (and the explainer's framing line), before the list of national lines.
  const lines = fallback.split('\n');
  const list = lines.findIndex((line) => line.trim() === '<ul>');
  const at = list === -1 ? lines.length : list;
  return [...lines.slice(0, at), ...local, ...lines.slice(at)].join('\n');
}

/** The fallback inside the element, in the language it will speak. */
export function fallbackHtml(options: BuilderOptions): string {
  const lang = spokenLanguage(options);
  const region = regionOf(options);
  switch (options.tag) {
    case 'aw-hotline-banner':
      return withContacts(
        hotlineFallbackHtml({
          region,
          audience: oneOf(attributeValue(options, 'audience'), HOTLINE_AUDIENCES, 'public'),
          lang,
          position: attributeValue(options, 'position'),
        }),
        options,
        lang,
      );
    case 'aw-indicator-explainer':
      return withContacts(
        explainerFallbackHtml({
          set: oneOf(attributeValue(options, 'set'), SIGN_SETS, DEFAULT_SIGN_SET),
          audience: oneOf(attributeValue(options, 'audience'), SIGN_AUDIENCES, DEFAULT_SIGN_AUDIENCE),
          region,
          lang,
        }),
        options,
        lang,
      );
    case 'aw-fact-card':
      return factFallbackHtml(factFor(options).id, lang);
    case 'aw-quick-exit':
      return quickExitFallbackHtml({ href: exitHref(attributeValue(options, 'href')), lang });
  }
}

/** The fallback of the quick exit written before a fact card or an explainer. */
export const extraQuickExitFallback = (options: BuilderOptions) =>
  quickExitFallbackHtml({ lang: spokenLanguage(options) });
