/**
 * Examples of `<aw-fact-card>`, for the gallery, the docs and the tests. The fallback inside each built-in card
 * (the figure, its sentence and its source as plain HTML, readable when the script does not run) is generated
 * from the content files, so it can never disagree with what the element shows.
 */
import {
  citedFromText,
  currentFacts,
  defaultFact,
  factById,
  factsByTopic,
  type FactId,
} from '../../content/facts.js';
import { builtInLocales } from '../../content/locales/all.js';
import type { LocaleCode } from '../../content/locales/index.js';
import { escapeHtml as escape, type Example } from '../../core/examples.js';

/** The plain-HTML fallback of a built-in fact: its figure, its sentence, and its source with the year of the data. */
export function factFallbackHtml(id: FactId, lang: LocaleCode = 'en'): string {
  const fact = factById(id) ?? defaultFact();
  const { facts, common } = builtInLocales[lang] ?? builtInLocales.en;
  const words = facts[fact.id];
  const { source, dataYear } = fact.citation;
  const name = escape(`${source.organisation}, ${source.title}`);
  const from = escape(citedFromText(fact.citation, common));
  const cited = from + (source.url ? `<a href="${escape(source.url)}">${name}</a>` : name);
  const year = dataYear === 'undated' ? common.undated : common.dataYear(dataYear);
  return [
    `  <p><strong>${escape(words.figure)}</strong>${fact.estimate ? ` (${escape(common.estimate)})` : ''}</p>`,
    `  <p>${escape(words.sentence)}</p>`,
    `  <p>${escape(common.source)}: ${cited}, ${escape(year)}.</p>`,
  ].join('\n');
}

function card(attributes: string, id: FactId, lang: LocaleCode = 'en'): string {
  const open = attributes ? `<aw-fact-card ${attributes}>` : '<aw-fact-card>';
  return `${open}\n${factFallbackHtml(id, lang)}\n</aw-fact-card>`;
}

/** A partner's own figure, written with the card's slots; it reads as plain HTML without the script. */
const partnerCard = (sourceLink: string) => `<aw-fact-card>
  <strong slot="figure">1 in 3</strong>
  <p slot="sentence">In 2024, 1 in 3 young people who called our help line had run away from home at least once.</p>
  ${sourceLink}
  (<span slot="year">2024</span>)
</aw-fact-card>`;

/** What the card is for, in one line (the embed builder shows it under the element choice). */
export const factCardSummary = 'One figure with a plain sentence, its source and the year of its data.';

export const factCardExamples: Example[] = [
  {
    id: 'default',
    title: 'Default card',
    description:
      'With no attributes the card shows the newest built-in figure about the scale of the problem, with its source.',
    html: card('', defaultFact().id),
  },
  {
    id: 'fact',
    title: 'A chosen fact',
    description: 'Pick one built-in figure by its id; the README lists every id.',
    html: card('fact="child-welfare-runaways-2021"', 'child-welfare-runaways-2021'),
  },
  {
    id: 'topic',
    title: 'The newest fact of a topic',
    description: 'Name a topic and the card shows its newest figure; older ones stay available by id.',
    html: card('topic="age"', factsByTopic('age')[0].id),
  },
  {
    id: 'compact',
    title: 'Compact',
    description:
      'A smaller card for a sidebar; the source shows its short name, with the full name in its title.',
    html: card('fact="runaways-2021" variant="compact"', 'runaways-2021'),
  },
  {
    id: 'estimate',
    title: 'An estimate',
    description: 'A figure that is an estimate says so, next to the figure and in the sentence.',
    html: card('fact="children-exploited-estimate"', 'children-exploited-estimate'),
  },
  {
    id: 'rotating-topic',
    title: 'Rotating through a topic',
    description:
      'Cycles through the facts of a topic, newest first. Pause, Previous and Next come first; hovering or focusing the card pauses it, and it starts paused for readers who ask for reduced motion.',
    html: card('topic="runaways" rotate interval="10"', factsByTopic('runaways')[0].id),
  },
  {
    id: 'rotating-all',
    title: 'Rotating through the current figures',
    description:
      'Without a topic, a rotating card cycles through the current figures, newest first: older counts stay reachable by topic or id.',
    html: card('rotate', currentFacts()[0].id),
  },
  {
    id: 'partner',
    title: "A partner's own figure",
    description:
      'Write your own figure, sentence, source and year of the data in plain HTML; the card styles it. Links that are not http(s) are shown as plain text.',
    html: partnerCard(
      '<a slot="source" href="https://example.org/annual-report-2024">Example Youth Services, Annual report</a>',
    ),
  },
  {
    id: 'spanish',
    title: 'In Spanish',
    description: 'Every built-in figure, its sentence and the card’s buttons are written in Spanish too.',
    html: card('lang="es" fact="reports-2021"', 'reports-2021', 'es'),
  },
  {
    id: 'spanish-rotating',
    title: 'Rotating, in Spanish',
    description: 'The rotation controls in Spanish.',
    html: card('lang="es" topic="scale" rotate', factsByTopic('scale')[0].id, 'es'),
  },
  {
    id: 'dark',
    title: 'Dark theme',
    description: 'For dark pages; `theme="auto"` (the default) follows the reader’s system setting.',
    html: card('theme="dark" fact="runaways-2021"', 'runaways-2021'),
  },
  {
    id: 'dark-rotating-compact',
    title: 'Dark, compact and rotating',
    description: 'Every option together.',
    html: card('theme="dark" variant="compact" topic="age" rotate', factsByTopic('age')[0].id),
    testOnly: true,
  },
  {
    id: 'partner-without-source',
    title: "A partner's figure without a source",
    description: 'Still shown, with "source not given" and a console warning.',
    html: partnerCard(''),
    testOnly: true,
  },
  {
    id: 'partner-unsafe-link',
    title: "A partner's figure with a javascript: link",
    description: 'The source is shown as plain text, not as a link, with a console warning.',
    html: partnerCard(
      '<a slot="source" href="javascript:alert(1)">Example Youth Services, Annual report</a>',
    ),
    testOnly: true,
  },
];
