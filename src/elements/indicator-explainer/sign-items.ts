import { html, nothing, type TemplateResult } from 'lit';
import type { SignGroup, SignGroupId, SignItem, SignItemId } from '../../content/signs.js';
import type { Messages } from '../../content/locales/index.js';
import type { Source } from '../../content/types.js';
import { heading } from './heading.js';

/** What the items need from the explainer: its words, the items' heading level, and which items are open. */
export interface SignItemsContext {
  readonly messages: Messages;
  readonly level: number;
  /** The myths set: each title is labelled a myth, each body starts with "Fact". */
  readonly myths: boolean;
  readonly open: ReadonlySet<string>;
  toggle(id: string): void;
}

function sourceText(source: Source): string {
  return source.shortName === source.title ? source.title : `${source.shortName}, “${source.title}”`;
}

/**
 * One sign as a WAI-ARIA APG accordion section: a heading holding a button that opens and closes the panel right
 * after it, with the item's explanation and its source. Ids stay inside the shadow root, so aria-controls never
 * crosses a boundary.
 */
function renderItem(context: SignItemsContext, item: SignItem): TemplateResult {
  const { messages, myths } = context;
  const text = messages.signs.items[item.id as SignItemId];
  const open = context.open.has(item.id);
  const { source } = item.citation;
  const label = sourceText(source);
  return html`<div class="item" part="item">
    ${heading(
      context.level,
      'item-heading',
      'item-heading',
      html`<button
        type="button"
        id="button-${item.id}"
        part="item-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="panel-${item.id}"
        @click=${() => context.toggle(item.id)}
      >
        <span class="marker" aria-hidden="true"></span>
        <span class="item-title"
          >${myths ? html`<span class="myth-label">${messages.explainer.myth}</span> ` : nothing}${text.title}</span
        >
      </button>`,
    )}
    <div id="panel-${item.id}" class="panel" part="panel" ?hidden=${!open}>
      <p class="body">${myths ? html`<strong>${messages.explainer.fact}</strong> ` : nothing}${text.body}</p>
      <p class="source" part="source">
        ${messages.common.source}: ${source.url ? html`<a href=${source.url}>${label}</a>` : label}
      </p>
    </div>
  </div>`;
}

/** A group of signs; with `labelled` (a set of several groups), a labelled `role="group"`. */
export function renderGroup(context: SignItemsContext, group: SignGroup, labelled: boolean): TemplateResult {
  const items = group.items.map((item) => renderItem(context, item));
  if (!labelled) return html`<div class="group">${items}</div>`;
  return html`<div class="group" role="group" aria-labelledby="group-${group.id}">
    <p class="group-label" id="group-${group.id}" part="group-label">
      ${context.messages.signs.groups[group.id as SignGroupId]}
    </p>
    ${items}
  </div>`;
}
