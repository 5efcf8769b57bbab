import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  DEFAULT_SIGN_AUDIENCE,
  DEFAULT_SIGN_SET,
  groupsFor,
  SIGN_AUDIENCES,
  SIGN_SETS,
  type SignAudience,
  type SignGroup,
  type SignSetId,
} from '../../content/signs.js';
import { common } from '../../content/locales/en/common.js';
import { explainer } from '../../content/locales/en/explainer.js';
import { signs } from '../../content/locales/en/signs.js';
import { hotlines as hotlineWords } from '../../content/locales/en/hotlines.js';
import { readChoice, readNumber } from '../../core/attributes.js';
import { states } from '../../core/awareness-element.js';
import type { ContactDetail, ToggleDetail } from '../../core/events.js';
import { LocalContacts, localContactStyles, renderLocalContacts } from '../../core/local-contacts.js';
import { RegionalElement } from '../../core/regional-element.js';
import { renderContact } from './explainer-contacts.js';
import { heading } from './heading.js';
import { renderGroup } from './sign-items.js';
import { indicatorExplainerStyles } from './indicator-explainer.styles.js';

/** What `aw-contact` carries: the same shape `<aw-hotline-banner>` sends, so a host counts both alike. */
export type { ContactDetail, ToggleDetail };

const DEFAULT_HEADING_LEVEL = 2;

/**
 * @summary Warning signs and what to do, as accessible disclosures. Signs are shown as reasons to notice and to
 * ask a caring question, never as a checklist or a score; every set ends with what to do in the reader's country
 * and how to reach its helplines and emergency number (`region`, as on `<aw-hotline-banner>`).
 *
 * Each item is a WAI-ARIA APG accordion section: a heading at the level the page asks for, holding a `<button
 * aria-expanded aria-controls>`, and the panel right after it in the same shadow root. Not `<details>`/`<summary>`:
 * a heading inside `<summary>` loses its heading role in several screen readers (summary is a button), so the
 * items would drop out of the page outline.
 *
 * @slot - Fallback shown only when the script does not run: a sentence and a link to the hotline. Hidden once the
 * element renders.
 * @slot local-contact - The site's own help, as plain links (`tel:`, `sms:`, `mailto:`, `https:`, optional
 * `data-detail`), shown in "what to do" before the national lines, under a label saying the site added them. The
 * explainer shows its own copies: the links themselves are the fallback without the script. Other links are shown
 * as plain text.
 *
 * @event aw-toggle - When the reader opens or closes an item (one event per item that changes, so "Open all"
 * sends one for each closed item). Not sent for the starting state. `detail: { id: string, open: boolean,
 * set: string }`.
 * @event aw-contact - When the reader follows a contact link. `detail: { hotline: string, channel: 'call' | 'text'
 * | 'web' | 'tty', href: string }`, or for the site's own links `{ local: true, channel: 'call' | 'text' | 'web',
 * href: string }` (no hotline id). The library counts nothing itself.
 *
 * @csspart base - The wrapper.
 * @csspart title - The explainer's heading.
 * @csspart framing - The opening line: no single sign proves anything; notice and ask.
 * @csspart controls - The row holding the "Open all" and "Close all" buttons.
 * @csspart control - Each of those two buttons.
 * @csspart group-label - The label above a group of items.
 * @csspart item - One item: its heading and its panel.
 * @csspart item-heading - The heading that holds an item's button.
 * @csspart item-button - The button that opens and closes an item.
 * @csspart panel - An item's explanation and source.
 * @csspart source - The line naming where an item comes from.
 * @csspart what-to-do - The closing section: what to do and who to contact.
 * @csspart contact-link - Each call, text or website link.
 * @csspart local-contacts - The site's own help (`slot="local-contact"`), first among the contacts.
 * @csspart local-contact-link - The site's own links (also `contact-link`).
 *
 * @cssproperty --aw-text-color - Text.
 * @cssproperty --aw-background-color - Background.
 * @cssproperty --aw-accent-color - Links, item buttons' marker and the what-to-do border.
 * @cssproperty --aw-border-color - Lines between items.
 * @cssproperty --aw-focus-color - Focus ring.
 * @cssproperty --aw-radius - Corner radius.
 * @cssproperty --aw-spacing - Base spacing.
 * @cssproperty --aw-font-family - Font.
 */
export class IndicatorExplainerElement extends RegionalElement {
  static override styles = [...RegionalElement.styles, localContactStyles, indicatorExplainerStyles];

  static override english = { common, explainer, signs, hotlines: hotlineWords };

  static override properties = {
    set: { reflect: true },
    audience: { reflect: true },
    open: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level' },
    ...states('expanded'),
  };

  /** Which set to show: `warning-signs` (default), `vulnerabilities`, `grooming`, `forms` or `myths`. */
  set?: string;

  /** Who is reading: `parent` (default), `educator` or `youth` (items and words for a young reader). */
  audience?: string;

  /** Start with every item open. */
  open = false;

  /** The level of the explainer's heading, 2 to 6 (default 2); item headings are one level below, at most 6. */
  headingLevel?: string;

  readonly #local = new LocalContacts(this);
  private expanded: ReadonlySet<string> = new Set();

  // The values in force, read when their attribute changes.
  #set: SignSetId = DEFAULT_SIGN_SET;
  #audience: SignAudience = DEFAULT_SIGN_AUDIENCE;
  #headingLevel = DEFAULT_HEADING_LEVEL;
  #groups: readonly SignGroup[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('set')) this.#set = readChoice(this, 'set', this.set, SIGN_SETS, DEFAULT_SIGN_SET);
    if (changed.has('audience')) {
      this.#audience = readChoice(this, 'audience', this.audience, SIGN_AUDIENCES, DEFAULT_SIGN_AUDIENCE);
    }
    if (changed.has('headingLevel')) {
      this.#headingLevel = readNumber(this, 'heading-level', this.headingLevel, DEFAULT_HEADING_LEVEL, {
        min: 2,
        max: 6,
        whole: true,
      });
    }
    if (changed.has('set') || changed.has('audience') || changed.has('open') || !this.hasUpdated) {
      this.#groups = groupsFor(this.#set, this.#audience);
      this.expanded = new Set(this.open ? this.#itemIds() : []);
    }
  }

  #itemIds(): string[] {
    return this.#groups.flatMap((group) => group.items.map((item) => item.id));
  }

  #toggle(id: string): void {
    const next = new Set(this.expanded);
    const open = !next.has(id);
    if (open) next.add(id);
    else next.delete(id);
    this.expanded = next;
    this.emit('aw-toggle', { id, open, set: this.#set });
  }

  #setAll(open: boolean): void {
    const changed = this.#itemIds().filter((id) => this.expanded.has(id) !== open);
    this.expanded = new Set(open ? this.#itemIds() : []);
    for (const id of changed) this.emit('aw-toggle', { id, open, set: this.#set });
  }

  override render(): TemplateResult {
    const messages = this.messages;
    const setText = messages.signs.sets[this.#set];
    const youth = this.#audience === 'youth';
    const title = youth ? setText.youthTitle : setText.title;
    const itemLevel = Math.min(6, this.#headingLevel + 1);
    const whatToDo = messages.explainer.whatToDo[this.#audience];
    const region = this.help;
    const help = region.explainer[this.#audience];
    const steps = whatToDo.steps as Readonly<Record<string, string>>;
    const labelled = this.#groups.length > 1;
    return html`<div class=${this.rootClass} part="base" lang=${this.locale}>
      ${heading(this.#headingLevel, 'title', 'title', title)}
      <p class="framing" part="framing">${messages.explainer.framing[this.#audience]}</p>
      <div class="controls" part="controls">
        <button
          type="button"
          class="control"
          part="control"
          data-action="expand-all"
          aria-label=${messages.explainer.expandAllLabel(title)}
          @click=${() => this.#setAll(true)}
        >
          ${messages.explainer.expandAll}
        </button>
        <button
          type="button"
          class="control"
          part="control"
          data-action="collapse-all"
          aria-label=${messages.explainer.collapseAllLabel(title)}
          @click=${() => this.#setAll(false)}
        >
          ${messages.explainer.collapseAll}
        </button>
      </div>
      <div class="items">
        ${this.#groups.map((group) =>
          renderGroup(
            {
              messages,
              level: itemLevel,
              myths: this.#set === 'myths',
              open: this.expanded,
              toggle: (id) => this.#toggle(id),
            },
            group,
            labelled,
          ),
        )}
      </div>
      <div class="what-to-do" part="what-to-do">
        ${heading(itemLevel, 'what-to-do-title', nothing, whatToDo.title)}
        <ul class="steps">
          ${help.steps.map((step) => html`<li>${steps[step as string]}</li>`)}
        </ul>
        <p class="contacts-label">${messages.explainer.contactsLabel}</p>
        <ul class="contacts">
          ${
            this.#local.contacts.length
              ? html`<li class="local" part="local-contacts">
                  ${renderLocalContacts(this, this.#local.contacts, messages.hotlines, 'contact-link')}
                </li>`
              : nothing
          }
          ${help.contacts.map((id) => renderContact(this, messages.hotlines, youth, id))}
          ${
            region.localEmergency
              ? html`<li class="emergency local-emergency">
                  ${youth ? messages.hotlines.youthLocalEmergency : messages.hotlines.localEmergency}
                </li>`
              : nothing
          }
        </ul>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aw-indicator-explainer': IndicatorExplainerElement;
  }
}
