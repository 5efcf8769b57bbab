import { html, nothing, type TemplateResult } from 'lit';
import { citedFromText, type BuiltInFact } from '../../content/facts.js';
import type { Messages } from '../../content/locales/index.js';

/**
 * One built-in figure as a card shows it: the figure large, "Estimate" where the source says so, the plain
 * sentence, and the citation with the year of the data. `compact` names the source by its short name, with the
 * full name and title on hover; the full card names the organisation and the document's title.
 */
export function renderFact(messages: Messages, fact: BuiltInFact, compact: boolean): TemplateResult {
  const common = messages.common;
  const text = messages.facts[fact.id];
  const { source, dataYear } = fact.citation;
  const name = compact ? source.shortName : source.organisation;
  const fullName = `${source.organisation}: ${source.title}`;
  const url = source.url;
  const title = compact ? nothing : html`, <cite>${source.title}</cite>`;
  const sourceText = url
    ? html`<a part="source-link" href=${url} title=${compact ? fullName : nothing}>${name}${title}</a>`
    : compact
      ? html`<abbr title=${fullName}>${name}</abbr>`
      : html`${name}${title}`;
  // Every built-in sentence repeats its figure, so the large copy is hidden from screen readers.
  return html`<div class="card" part="card">
    <p class="figure" part="figure" aria-hidden="true">${text.figure}</p>
    ${fact.estimate ? html`<p class="estimate" part="estimate">${common.estimate}</p>` : nothing}
    <p class="sentence" part="sentence">${text.sentence}</p>
    <p class="citation" part="citation">
      ${common.source}: ${citedFromText(fact.citation, common, compact)}${sourceText},
      <span class="year">${dataYear === 'undated' ? common.undated : common.dataYear(dataYear)}</span>.
    </p>
  </div>`;
}
