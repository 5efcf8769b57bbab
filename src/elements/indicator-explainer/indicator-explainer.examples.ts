import { builtInLocales } from '../../content/locales/all.js';
import type { LocaleCode } from '../../content/locales/index.js';
import { helpFor } from '../../content/region-help.js';
import type { RegionCode } from '../../content/regions.js';
import {
  groupsFor,
  type SignAudience,
  type SignGroupId,
  type SignItemId,
  type SignSetId,
} from '../../content/signs.js';
import { escapeHtml as escape, type Example } from '../../core/examples.js';
import { contactsFallbackHtml, LOCAL_CONTACTS_EXAMPLE } from '../hotline-banner/hotline-banner.examples.js';

/**
 * Every variant of `<aw-indicator-explainer>`, with the fallback a site writes inside it. The gallery, the README
 * and the accessibility tests read this list. Plain data only: no Lit, no element classes.
 */

/** Who reads an explainer, and where: what its fallback says depends on both, as the element's contacts do. */
interface ExplainerFallbackOptions {
  set?: SignSetId;
  audience?: SignAudience;
  /** A covered region, or null for one without built-in lines. */
  region?: RegionCode | null;
  lang?: LocaleCode;
}

/**
 * The plain-HTML fallback for an explainer, from content, in the element's own order: the set's title and framing
 * line, each group's items by title (a myth labelled as a myth, with its fact), what to do in that region for that
 * reader, then the contacts the element closes with. Readable when the script does not run, never a foreign number,
 * and close to the element's own height, so the page moves little when the script arrives.
 */
export function explainerFallbackHtml(options: ExplainerFallbackOptions = {}): string {
  const { set = 'warning-signs', audience = 'parent', region = 'US', lang = 'en' } = options;
  const messages = builtInLocales[lang] ?? builtInLocales.en;
  const words = messages.signs.sets[set];
  const framing = messages.explainer.framing[audience];
  const youth = audience === 'youth';
  const help = helpFor(region);
  const explainerWords = messages.explainer;
  const groups = groupsFor(set, audience);
  const item = (id: SignItemId) => {
    const text = messages.signs.items[id];
    return set === 'myths'
      ? `<strong>${escape(explainerWords.myth)}</strong> ${escape(text.title)} <strong>${escape(explainerWords.fact)}</strong> ${escape(text.body)}`
      : escape(text.title);
  };
  const whatToDo = explainerWords.whatToDo[audience];
  const steps = whatToDo.steps as Readonly<Record<string, string>>;
  return [
    `  <p><strong>${escape(youth ? words.youthTitle : words.title)}</strong></p>`,
    `  <p>${escape(framing)}</p>`,
    ...groups.flatMap((group) => [
      // As on the element, a set of one group shows no group label.
      ...(groups.length > 1 ? [`  <p>${escape(messages.signs.groups[group.id as SignGroupId])}</p>`] : []),
      '  <ul>',
      ...group.items.map(({ id }) => `    <li>${item(id as SignItemId)}</li>`),
      '  </ul>',
    ]),
    `  <p><strong>${escape(whatToDo.title)}</strong></p>`,
    '  <ul>',
    ...help.explainer[audience].steps.map((step) => `    <li>${escape(steps[step as string])}</li>`),
    '  </ul>',
    ...contactsFallbackHtml(help.explainer[audience].contacts, {
      audience: youth ? 'youth' : 'public',
      lang,
      localEmergency: help.localEmergency,
    }),
  ].join('\n');
}

function explainer(attributes: string, fallback: ExplainerFallbackOptions): string {
  return `<aw-indicator-explainer ${attributes}>\n${explainerFallbackHtml(fallback)}\n</aw-indicator-explainer>`;
}

/** What the explainer is for, in one line (the embed builder shows it under the element choice). */
export const indicatorExplainerSummary =
  'Warning signs and what to do, as sections a reader opens one by one.';

export const indicatorExplainerExamples: readonly Example[] = [
  {
    id: 'warning-signs-parent',
    title: 'Warning signs, for parents',
    description:
      'The default: warning signs grouped so they are easy to scan, then what to do and who to call.',
    html: explainer('set="warning-signs" audience="parent"', { set: 'warning-signs', audience: 'parent' }),
  },
  {
    id: 'warning-signs-educator',
    title: 'Warning signs, for school staff',
    description: 'Same signs; what to do follows the school’s reporting steps and mandated reporting.',
    html: explainer('set="warning-signs" audience="educator"', {
      set: 'warning-signs',
      audience: 'educator',
    }),
  },
  {
    id: 'warning-signs-youth',
    title: 'Warning signs, for young people',
    description: 'Signs in how someone treats you, written for a young reader, never blaming.',
    html: explainer('set="warning-signs" audience="youth"', { set: 'warning-signs', audience: 'youth' }),
  },
  {
    id: 'vulnerabilities',
    title: 'Who traffickers target',
    description:
      'Risks in the community, the family and the child’s own life: gaps traffickers use, never the child’s fault.',
    html: explainer('set="vulnerabilities"', { set: 'vulnerabilities' }),
  },
  {
    id: 'grooming-parent',
    title: 'How grooming works, for parents',
    description: 'Online and street grooming, how control grows, and what a trusted adult can do.',
    html: explainer('set="grooming" audience="parent"', { set: 'grooming', audience: 'parent' }),
  },
  {
    id: 'grooming-youth',
    title: 'How grooming works, for young people',
    description: 'Secrets, gifts, a place to stay, a request to meet: what to watch for and what you can do.',
    html: explainer('set="grooming" audience="youth"', { set: 'grooming', audience: 'youth' }),
  },
  {
    id: 'forms-educator',
    title: 'Forms of child sex trafficking, for school staff',
    description:
      'Pimp-controlled, familial, gang-controlled and buyer-perpetrated trafficking, as NCMEC describes them.',
    html: explainer('set="forms" audience="educator"', { set: 'forms', audience: 'educator' }),
  },
  {
    id: 'myths-open',
    title: 'Myths and facts, open',
    description:
      'Every item starts open: good for a page meant to be read through, or printed for a notice board.',
    html: explainer('set="myths" open', { set: 'myths' }),
  },
  {
    id: 'heading-level-3',
    title: 'Fitted into a page outline',
    description: 'heading-level="3" for an explainer under an h2: the title is an h3 and each item an h4.',
    html: explainer('set="warning-signs" heading-level="3"', { set: 'warning-signs' }),
  },
  {
    id: 'spanish',
    title: 'En español',
    description: 'Spanish from the element’s own lang (or the page’s, or the script tag’s data-lang).',
    html: explainer('lang="es" set="warning-signs" audience="parent"', {
      set: 'warning-signs',
      audience: 'parent',
      lang: 'es',
    }),
  },
  {
    id: 'spanish-youth',
    title: 'En español, para jóvenes',
    description: 'Spanish for a young reader, addressed as “tú”.',
    html: explainer('lang="es" set="grooming" audience="youth" open', {
      set: 'grooming',
      audience: 'youth',
      lang: 'es',
    }),
  },
  {
    id: 'united-kingdom',
    title: 'United Kingdom, for parents',
    description: 'region="GB": steps that hold in the UK, then the NSPCC Helpline, the UK helpline and 999.',
    html: explainer('set="warning-signs" region="GB"', { set: 'warning-signs', region: 'GB' }),
  },
  {
    id: 'united-kingdom-youth',
    title: 'United Kingdom, for young people',
    description: 'Childline and 999 for a young reader in the UK.',
    html: explainer('set="grooming" audience="youth" region="GB"', {
      set: 'grooming',
      audience: 'youth',
      region: 'GB',
    }),
  },
  {
    id: 'canada-educator',
    title: 'Canada, for school staff',
    description: 'region="CA": the Canadian Human Trafficking Hotline, Cybertip.ca and 911.',
    html: explainer('set="warning-signs" audience="educator" region="CA"', {
      set: 'warning-signs',
      audience: 'educator',
      region: 'CA',
    }),
  },
  {
    id: 'local-contacts',
    title: "With the site's own local help",
    description:
      'The school counsellor and safeguarding lead come first in "What to do", before the national lines.',
    html: `<aw-indicator-explainer set="warning-signs" audience="educator">\n${LOCAL_CONTACTS_EXAMPLE}\n${explainerFallbackHtml({ set: 'warning-signs', audience: 'educator' })}\n</aw-indicator-explainer>`,
  },
  {
    id: 'uncovered-region',
    title: 'A country without built-in lines',
    description:
      'No foreign number: the reader is told to call their local emergency number and given a directory of child helplines.',
    html: explainer('set="warning-signs" region="JP"', { set: 'warning-signs', region: null }),
  },
  {
    id: 'french-canada-youth',
    title: 'En français, pour les jeunes, au Canada',
    description: 'French for a young reader in Canada, addressed as “tu”.',
    html: explainer('lang="fr-CA" region="CA" set="grooming" audience="youth"', {
      set: 'grooming',
      audience: 'youth',
      region: 'CA',
      lang: 'fr',
    }),
  },
  {
    id: 'dark',
    title: 'Dark theme',
    description: 'theme="dark" (or "auto" to follow the reader’s system setting).',
    html: explainer('set="vulnerabilities" theme="dark" open', { set: 'vulnerabilities' }),
  },
  {
    id: 'bad-input',
    title: 'Unknown set and audience',
    description:
      'An unknown set, audience and heading level fall back to the defaults with one console warning each.',
    html: explainer('set="red-flags" audience="teacher" heading-level="9"', {}),
    testOnly: true,
  },
];
