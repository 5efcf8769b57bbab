import type { Example } from '../../core/examples.js';

/**
 * Every variant of `<aw-indicator-explainer>`, with the fallback a site writes inside it. The gallery, the README
 * and the accessibility tests read this list. Plain data only: no Lit, no element classes.
 */
const fallback = `<p>Worried about a child? Call the National Human Trafficking Hotline at <a href="tel:+18883737888">1-888-373-7888</a>. In an emergency, call <a href="tel:911">911</a>.</p>`;
const fallbackYouth = `<p>You can get help. Call or text the National Human Trafficking Hotline: <a href="tel:+18883737888">1-888-373-7888</a>. In an emergency, call <a href="tel:911">911</a>.</p>`;
const fallbackEs = `<p>¿Le preocupa un menor? Llame a la Línea Nacional contra la Trata de Personas al <a href="tel:+18883737888">1-888-373-7888</a>. En una emergencia, llame al <a href="tel:911">911</a>.</p>`;

export const indicatorExplainerExamples: readonly Example[] = [
  {
    id: 'warning-signs-parent',
    title: 'Warning signs, for parents',
    description:
      'The default: warning signs grouped so they are easy to scan, then what to do and who to call.',
    html: `<aw-indicator-explainer set="warning-signs" audience="parent">\n  ${fallback}\n</aw-indicator-explainer>`,
  },
  {
    id: 'warning-signs-educator',
    title: 'Warning signs, for school staff',
    description: 'Same signs; what to do follows the school’s reporting steps and mandated reporting.',
    html: `<aw-indicator-explainer set="warning-signs" audience="educator">\n  ${fallback}\n</aw-indicator-explainer>`,
  },
  {
    id: 'warning-signs-youth',
    title: 'Warning signs, for young people',
    description: 'Signs in how someone treats you, written for a young reader, never blaming.',
    html: `<aw-indicator-explainer set="warning-signs" audience="youth">\n  ${fallbackYouth}\n</aw-indicator-explainer>`,
  },
  {
    id: 'vulnerabilities',
    title: 'Who traffickers target',
    description:
      'Risks in the community, the family and the child’s own life: gaps traffickers use, never the child’s fault.',
    html: `<aw-indicator-explainer set="vulnerabilities">\n  ${fallback}\n</aw-indicator-explainer>`,
  },
  {
    id: 'grooming-parent',
    title: 'How grooming works, for parents',
    description: 'Online and street grooming, how control grows, and what a trusted adult can do.',
    html: `<aw-indicator-explainer set="grooming" audience="parent">\n  ${fallback}\n</aw-indicator-explainer>`,
  },
  {
    id: 'grooming-youth',
    title: 'How grooming works, for young people',
    description: 'Secrets, gifts, a place to stay, a request to meet: what to watch for and what you can do.',
    html: `<aw-indicator-explainer set="grooming" audience="youth">\n  ${fallbackYouth}\n</aw-indicator-explainer>`,
  },
  {
    id: 'forms-educator',
    title: 'Forms of child sex trafficking, for school staff',
    description:
      'Pimp-controlled, familial, gang-controlled and buyer-perpetrated trafficking, as NCMEC describes them.',
    html: `<aw-indicator-explainer set="forms" audience="educator">\n  ${fallback}\n</aw-indicator-explainer>`,
  },
  {
    id: 'myths-open',
    title: 'Myths and facts, open',
    description:
      'Every item starts open: good for a page meant to be read through, or printed for a notice board.',
    html: `<aw-indicator-explainer set="myths" open>\n  ${fallback}\n</aw-indicator-explainer>`,
  },
  {
    id: 'heading-level-3',
    title: 'Fitted into a page outline',
    description: 'heading-level="3" for an explainer under an h2: the title is an h3 and each item an h4.',
    html: `<aw-indicator-explainer set="warning-signs" heading-level="3">\n  ${fallback}\n</aw-indicator-explainer>`,
  },
  {
    id: 'spanish',
    title: 'En español',
    description: 'Spanish from the element’s own lang (or the page’s, or the script tag’s data-lang).',
    html: `<aw-indicator-explainer lang="es" set="warning-signs" audience="parent">\n  ${fallbackEs}\n</aw-indicator-explainer>`,
  },
  {
    id: 'spanish-youth',
    title: 'En español, para jóvenes',
    description: 'Spanish for a young reader, addressed as “tú”.',
    html: `<aw-indicator-explainer lang="es" set="grooming" audience="youth" open>\n  ${fallbackEs}\n</aw-indicator-explainer>`,
  },
  {
    id: 'dark',
    title: 'Dark theme',
    description: 'theme="dark" (or "auto" to follow the reader’s system setting).',
    html: `<aw-indicator-explainer set="vulnerabilities" theme="dark" open>\n  ${fallback}\n</aw-indicator-explainer>`,
  },
  {
    id: 'bad-input',
    title: 'Unknown set and audience',
    description:
      'An unknown set, audience and heading level fall back to the defaults with one console warning each.',
    html: `<aw-indicator-explainer set="red-flags" audience="teacher" heading-level="9">\n  ${fallback}\n</aw-indicator-explainer>`,
    testOnly: true,
  },
];
