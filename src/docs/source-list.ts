/** Every source the content draws from, once each, with when and how it was last read. */
import { allFacts } from '../content/facts.js';
import { HOTLINE_IDS } from '../content/hotlines.js';
import { reviewedHotlines } from '../content/hotline-reviews.js';
import { allSignItems } from '../content/signs.js';
import type { Source } from '../content/types.js';
import { h, sourceChecked, sourceLink } from './dom.js';

export function renderSources(container: Element): void {
  const seen = new Map<string, Source>();
  const add = (source: Source) => seen.set(`${source.organisation}|${source.title}`, source);
  allFacts().forEach((fact) => add(fact.citation.source));
  HOTLINE_IDS.forEach((id) => reviewedHotlines[id].sources.forEach(add));
  allSignItems().forEach((item) => add(item.citation.source));
  container.append(
    h(
      'ul',
      {},
      ...[...seen.values()].map((source) => h('li', {}, sourceLink(source), sourceChecked(source))),
    ),
  );
}
