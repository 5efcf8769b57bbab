/**
 * The builder's form (demo/builder.html): its lists filled from the content, its hints from the manifest, the
 * fields shown for the chosen element, and its values read as `Choices`.
 */
import { allFacts } from '../content/facts.js';
import { builtInLocales } from '../content/locales/all.js';
import { DEFAULT_REGION } from '../content/regions.js';
import { DEFAULT_SIGN_AUDIENCE, DEFAULT_SIGN_SET } from '../content/signs.js';
import {
  BANNER_AUDIENCE_LABELS,
  DEFAULT_CHOICES,
  EXPLAINER_AUDIENCE_LABELS,
  OFFERED,
  SUMMARIES,
  TOPIC_LABELS,
  oneOf,
  type Choices,
  type ContactInput,
  type ElementTag,
} from './choices.js';
import { contactIds } from './contact-rows.js';
import { languageName, regionName } from '../core/intl.js';
import { MAX_LOCAL_CONTACTS } from './iframe-url.js';
import type { DocumentedAttribute } from './published.js';

type Documented = ReadonlyMap<string, ReadonlyMap<string, DocumentedAttribute>>;

const byId = <T extends HTMLElement = HTMLInputElement>(doc: Document, id: string) =>
  doc.getElementById(id) as T;

const withDefault = (label: string, isDefault: boolean) => (isDefault ? `${label} (default)` : label);

function fill(
  select: HTMLSelectElement,
  entries: readonly (readonly [string, string])[],
  keepFirst = false,
): void {
  const first = keepFirst ? [...select.options].slice(0, 1) : [];
  select.replaceChildren(...first, ...entries.map(([value, label]) => new Option(label, value)));
}

/** Offers what the content has, in its order: regions, languages, audiences, sets, topics and figures. */
export function fillChoices(doc: Document): void {
  const english = builtInLocales.en;
  fill(
    byId<HTMLSelectElement>(doc, 'opt-region'),
    OFFERED.regions.map((code) => [code, withDefault(regionName(code), code === DEFAULT_REGION)]),
  );
  fill(
    byId<HTMLSelectElement>(doc, 'opt-lang'),
    OFFERED.languages
      .filter((code) => code !== '')
      .map((code) => {
        const own = languageName(code, code);
        const name = languageName(code);
        return [code, code === 'en' || own === code ? name : `${name} (${own})`];
      }),
    true,
  );
  fill(
    byId<HTMLSelectElement>(doc, 'opt-banner-audience'),
    OFFERED.bannerAudiences.map((each) => [
      each,
      withDefault(BANNER_AUDIENCE_LABELS[each], each === 'public'),
    ]),
  );
  fill(
    byId<HTMLSelectElement>(doc, 'opt-explainer-audience'),
    OFFERED.explainerAudiences.map((each) => [
      each,
      withDefault(EXPLAINER_AUDIENCE_LABELS[each], each === DEFAULT_SIGN_AUDIENCE),
    ]),
  );
  // Each set by the title the explainer itself shows.
  fill(
    byId<HTMLSelectElement>(doc, 'opt-set'),
    OFFERED.sets.map((set) => [set, withDefault(english.signs.sets[set].title, set === DEFAULT_SIGN_SET)]),
  );
  fill(
    byId<HTMLSelectElement>(doc, 'opt-topic'),
    OFFERED.topics.map((topic) => [topic, TOPIC_LABELS[topic]]),
  );
  fill(
    byId<HTMLSelectElement>(doc, 'opt-fact'),
    allFacts().map((fact) => {
      const { dataYear, source } = fact.citation;
      return [fact.id, `${english.facts[fact.id].figure} (${dataYear}, ${source.shortName})`];
    }),
  );
}

/** Describes each control with the manifest's words for its attribute (`code` in them becomes `<code>`). */
export function describeControls(form: HTMLFormElement, documented: Documented): void {
  for (const control of form.querySelectorAll<HTMLElement>('[data-attribute]')) {
    const field = control.closest<HTMLElement>('.field');
    const tags = field?.dataset.for?.split(' ') ?? [];
    const attribute = control.dataset.attribute ?? '';
    const description = tags.map((tag) => documented.get(tag)?.get(attribute)?.description).find(Boolean);
    if (!description || !field) continue;
    const hint = form.ownerDocument.createElement('p');
    hint.className = 'hint';
    hint.id = `${control.id}-hint`;
    for (const part of description.split(/(`[^`]+`)/).filter(Boolean)) {
      if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) {
        const code = form.ownerDocument.createElement('code');
        code.textContent = part.slice(1, -1);
        hint.append(code);
      } else hint.append(part);
    }
    field.append(hint);
    control.setAttribute(
      'aria-describedby',
      [control.getAttribute('aria-describedby'), hint.id].filter(Boolean).join(' '),
    );
  }
}

/** Shows the fields of the chosen element (and of the chosen way to pick a figure), and its one-line summary. */
export function showFields(form: HTMLFormElement, tag: ElementTag, documented: Documented): void {
  const doc = form.ownerDocument;
  const by = byId<HTMLSelectElement>(doc, 'opt-choose-by').value;
  for (const field of form.querySelectorAll<HTMLElement>('[data-for]')) {
    const forTag = (field.dataset.for ?? '').split(' ').includes(tag);
    const when = field.dataset.when;
    // A control for an attribute the manifest does not document for this element is not offered.
    const attribute = field.querySelector<HTMLElement>('[data-attribute]')?.dataset.attribute;
    const known = !attribute || !documented.has(tag) || documented.get(tag)!.has(attribute);
    field.hidden = !forTag || (when !== undefined && when !== by) || !known;
  }
  byId(doc, 'element-summary').textContent = SUMMARIES[tag];
  byId(doc, 'brand-colours').hidden = !byId(doc, 'opt-brand').checked;
}

/** The ids of one contact row's fields and message. */
/** The form's values, each checked against the list it comes from. */
export function readChoices(form: HTMLFormElement): Choices {
  const doc = form.ownerDocument;
  const value = (id: string) => byId<HTMLInputElement | HTMLSelectElement>(doc, id).value;
  const checked = (id: string) => byId(doc, id).checked;
  const d = DEFAULT_CHOICES;
  const contacts: ContactInput[] = [];
  for (let index = 0; index < MAX_LOCAL_CONTACTS; index += 1) {
    const ids = contactIds(index);
    contacts.push({ name: value(ids.name), address: value(ids.address), detail: value(ids.detail) });
  }
  return {
    tag: oneOf(new FormData(form).get('element') as string | null, OFFERED.elements, d.tag),
    region: oneOf(value('opt-region'), OFFERED.regions, d.region),
    bannerAudience: oneOf(value('opt-banner-audience'), OFFERED.bannerAudiences, d.bannerAudience),
    bannerPosition: oneOf(value('opt-position'), ['inline', 'top', 'bottom'] as const, d.bannerPosition),
    dismissible: checked('opt-dismissible'),
    bannerQuickExit: checked('opt-banner-quick-exit'),
    chooseBy: oneOf(value('opt-choose-by'), OFFERED.chooseBy, d.chooseBy),
    fact: oneOf(value('opt-fact'), OFFERED.facts, d.fact),
    topic: oneOf(value('opt-topic'), OFFERED.topics, d.topic),
    rotate: checked('opt-rotate'),
    interval: value('opt-interval'),
    variant: oneOf(value('opt-variant'), ['full', 'compact'] as const, d.variant),
    set: oneOf(value('opt-set'), OFFERED.sets, d.set),
    explainerAudience: oneOf(
      value('opt-explainer-audience'),
      OFFERED.explainerAudiences,
      d.explainerAudience,
    ),
    open: checked('opt-open'),
    headingLevel: oneOf(value('opt-heading-level'), ['', '2', '3', '4', '5', '6'], d.headingLevel),
    href: value('opt-href'),
    exitPosition: oneOf(value('opt-exit-position'), ['inline', 'fixed'] as const, d.exitPosition),
    addQuickExit: checked('opt-add-quick-exit'),
    lang: oneOf(value('opt-lang'), OFFERED.languages, d.lang),
    theme: oneOf(value('opt-theme'), ['', 'light', 'dark'] as const, d.theme),
    brand: checked('opt-brand')
      ? { accent: value('opt-accent'), background: value('opt-background'), text: value('opt-text') }
      : null,
    contacts,
  };
}
