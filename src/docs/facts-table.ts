/** Every built-in figure in one table, in the chosen language, with its source, year of data and review date. */
import { reviewedFacts } from '../content/fact-reviews.js';
import { citedFromText } from '../content/facts.js';
import type { Messages } from '../content/locales/index.js';
import type { Citation } from '../content/types.js';
import { code, h, sourceLink, table } from './dom.js';

function dataYear(citation: Citation, messages: Messages): string {
  return citation.dataYear === 'undated' ? messages.common.undated : String(citation.dataYear);
}

export function renderFacts(container: Element, messages: Messages): void {
  const rows = reviewedFacts().map((fact) => {
    const words = messages.facts[fact.id];
    const flags = [fact.estimate ? 'estimate' : '', fact.archival ? 'archival (kept for the record)' : '']
      .filter(Boolean)
      .join(', ');
    return [
      code(fact.id),
      h('strong', {}, words.figure),
      words.sentence,
      [citedFromText(fact.citation, messages.common), sourceLink(fact.citation.source)],
      dataYear(fact.citation, messages),
      fact.reviewed,
      [fact.topics.join(', '), flags ? h('br') : '', flags],
    ];
  });
  container.append(
    table(
      'Every built-in figure, newest data first',
      ['id', 'figure', 'sentence', 'source', 'year of data', 'reviewed', 'topics, notes'],
      rows,
    ),
  );
}
