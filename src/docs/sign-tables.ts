/** One table per set of the explainer: each item's group, words, audience and source, in the chosen language. */
import type { Messages } from '../content/locales/index.js';
import { SIGN_SETS, signSets, type SignGroup, type SignSetId } from '../content/signs.js';
import { h, sourceLink, table, type Child } from './dom.js';

export function renderSigns(
  container: Element,
  messages: Messages,
  shown: readonly SignSetId[] = SIGN_SETS,
): void {
  for (const setId of shown) {
    const title = messages.signs.sets[setId].title;
    const groups: readonly SignGroup[] = signSets[setId].groups;
    const rows = groups.flatMap((group) =>
      group.items.map((item): Child[] => {
        const text = messages.signs.items[item.id as keyof Messages['signs']['items']];
        // A myth is labelled as a myth and its answer as the fact, as the explainer itself shows them, so a reader
        // skimming the table never takes a myth for a sign.
        const words =
          setId === 'myths'
            ? [
                h('strong', {}, `${messages.explainer.myth} `, text.title),
                h('br'),
                h('strong', {}, `${messages.explainer.fact} `),
                text.body,
              ]
            : [h('strong', {}, text.title), h('br'), text.body];
        return [
          messages.signs.groups[group.id as keyof Messages['signs']['groups']],
          words,
          (item.audiences ?? ['everyone']).join(', '),
          sourceLink(item.citation.source),
        ];
      }),
    );
    container.append(
      h('h3', {}, title),
      table(`Items in “${title}”`, ['group', 'item', 'for', 'source'], rows),
    );
  }
}
