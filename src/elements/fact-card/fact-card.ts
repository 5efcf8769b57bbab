import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { common } from '../../content/locales/en/common.js';
import { facts } from '../../content/locales/en/facts.js';
import { factCard } from '../../content/locales/en/fact-card.js';
import { readChoice, readNumber } from '../../core/attributes.js';
import { AwarenessElement } from '../../core/awareness-element.js';
import type { FactChangeDetail } from '../../core/events.js';
import { badValue, quote } from '../../core/warn.js';
import { currentFacts, defaultFact, factById, factsByTopic, type BuiltInFact } from '../../content/facts.js';
import { FACT_TOPICS } from '../../content/types.js';
import { renderFact } from './built-in-fact.js';
import { factCardStyles } from './fact-card.styles.js';
import { partnerFigure, renderPartnerFigure, watchPartnerFigure } from './partner-figure.js';
import { rotation } from './rotation.js';

/** What `aw-fact-change` carries (declared with every event in core/events.ts). */
export type { FactChangeDetail };

const VARIANTS = ['full', 'compact'] as const;
type FactCardVariant = (typeof VARIANTS)[number];

/** Seconds between two figures when `interval` is not set. */
export const DEFAULT_INTERVAL = 8;
/** The longest pause a card accepts between two figures, in seconds. */
export const MAXIMUM_INTERVAL = 60;

/**
 * @summary One figure about child sex trafficking, large, with a plain sentence, its source and the year of the
 * data, always visible. Built-in facts come by id (`fact`) or by topic (`topic`, newest first) and can rotate
 * (`rotate`), with a pause button, Previous and Next. A partner can show its own figure by writing it in plain
 * HTML inside the element.
 *
 * Which content is shown: `fact`, else `topic`, else `rotate` (all built-in facts), else a partner's own figure
 * written in the slots below, else the default fact (the newest figure about the scale of the problem). When
 * `fact`, `topic` or `rotate` is set, the children are only the fallback shown before the script runs.
 *
 * @slot - Fallback: plain HTML (the figure, its sentence and its source) shown before the script runs or if it
 * fails. Hidden once the card shows a built-in fact.
 * @slot figure - A partner's own figure, e.g. `<strong slot="figure">1 in 3</strong>`.
 * @slot sentence - A partner's sentence about the figure, e.g. `<span slot="sentence">…</span>`.
 * @slot source - Not projected: the card reads the text and `href` of `<a slot="source" href="…">` and shows
 * them as its citation. Links that are not http(s) are shown as plain text, with a warning.
 * @slot year - Not projected: the card reads the year of the data from `<span slot="year">2024</span>`.
 *
 * @event aw-fact-change - When a rotating card shows another fact. `detail: { id: string, index: number,
 * total: number, reason: 'auto' | 'previous' | 'next' }`.
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart card - The box around one figure.
 * @csspart figure - The large figure.
 * @csspart estimate - The "Estimate" label on a figure that is an estimate.
 * @csspart sentence - The sentence under the figure.
 * @csspart citation - The line with the source and the year of the data.
 * @csspart source-link - The link to the source document.
 * @csspart controls - The row of rotation controls.
 * @csspart control - Each rotation button (pause or play, previous, next).
 * @csspart position - The "Fact 2 of 5" text.
 *
 * @cssproperty --aw-accent-color - Colour of the figure, links and buttons' borders.
 * @cssproperty --aw-text-color - Colour of the text.
 * @cssproperty --aw-background-color - Background of the card.
 * @cssproperty --aw-border-color - Border of the card and the buttons.
 * @cssproperty --aw-focus-color - Focus ring.
 * @cssproperty --aw-radius - Corner radius.
 * @cssproperty --aw-spacing - Inner spacing.
 * @cssproperty --aw-font-family - Font.
 */
export class FactCardElement extends AwarenessElement {
  static override styles = [...AwarenessElement.styles, factCardStyles];

  static override english = { common, facts, factCard };

  static override properties = {
    fact: { reflect: true },
    topic: { reflect: true },
    rotate: { type: Boolean, reflect: true },
    interval: {},
    variant: { reflect: true },
  };

  /**
   * The shortest time a figure stays, in seconds; shorter `interval` values are raised to it.
   * @internal Tests lower it to keep rotation tests fast.
   */
  static minimumInterval = 4;

  /** The id of one built-in fact, e.g. `reports-2021`. An unknown id shows the default fact, with a warning. */
  fact?: string;

  /** A topic (`scale`, `runaways`, `foster-care`, `age`, `boys`, `missing`): shows its newest fact, or rotates through it. */
  topic?: string;

  /** Cycles through the topic's facts (or the current figures without a topic), with pause, previous and next. */
  rotate = false;

  /** Seconds each fact stays when rotating: default 8, at least 4, at most 60. */
  interval?: string | number;

  /** `full` (default): large figure, full source. `compact`: smaller, for sidebars; the source's short name. */
  variant?: string;

  readonly #rotation = rotation(this);

  constructor() {
    super();
    watchPartnerFigure(this);
  }

  // ---- What to show -------------------------------------------------------------------------------------------

  // The values in force, read once per update from the attributes (and the light DOM), so render and the timer agree.
  #variant: FactCardVariant = 'full';
  /** The built-in facts to show, in order, or null for a partner's own figure. */
  #facts: BuiltInFact[] | null = null;

  #readFacts(): BuiltInFact[] | null {
    if (this.fact != null) {
      const found = factById(this.fact.trim());
      if (!found) this.warn(badValue('fact', this.fact, 'the default fact'));
      if (this.topic != null || this.rotate) {
        this.warn(`fact=${quote(this.fact)} shows one figure; topic and rotate are ignored.`);
      }
      return [found ?? defaultFact()];
    }
    const topic = readChoice(
      this,
      'topic',
      this.topic,
      FACT_TOPICS,
      null,
      this.rotate ? 'the current facts' : 'the default fact',
    );
    const topicFacts = topic && factsByTopic(topic);
    if (topicFacts) return this.rotate ? topicFacts : topicFacts.slice(0, 1);
    if (this.rotate) return currentFacts();
    if (this.topic == null && partnerFigure(this)) return null;
    return [defaultFact()];
  }

  /** Shows the next fact of the rotation, as the Next button does. */
  next(): void {
    this.#rotation.step(1, 'next');
  }

  /** Shows the previous fact of the rotation, as the Previous button does. */
  previous(): void {
    this.#rotation.step(-1, 'previous');
  }

  /** True when the reader has paused the rotation (or it started paused because they prefer reduced motion). */
  get paused(): boolean {
    return this.#rotation.paused;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#variant = readChoice(this, 'variant', this.variant, VARIANTS, 'full');
    const facts = this.#readFacts();
    this.#facts = facts;
    // More than one fact means rotating (only `rotate` gives a list of several); only then is `interval` read.
    this.#rotation.set(
      facts?.map((fact) => fact.id) ?? [],
      facts && facts.length > 1
        ? readNumber(this, 'interval', this.interval, DEFAULT_INTERVAL, {
            min: FactCardElement.minimumInterval,
            max: MAXIMUM_INTERVAL,
          })
        : DEFAULT_INTERVAL,
    );
  }

  // ---- Rendering ----------------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const variant = this.#variant;
    const list = this.#facts;
    let body: TemplateResult;
    if (!list) body = renderPartnerFigure(this, this.messages);
    else if (list.length > 1) body = this.#renderRotation(list);
    else body = renderFact(this.messages, list[0], variant === 'compact');
    return html`<div class="${this.rootClass} variant-${variant}" part="base">${body}</div>`;
  }

  #renderRotation(list: BuiltInFact[]): TemplateResult {
    const words = this.messages.factCard;
    const index = Math.min(this.#rotation.index, list.length - 1);
    const paused = this.#rotation.paused;
    return html`<section
      class="carousel"
      aria-roledescription=${words.carouselRole}
      aria-label=${words.carouselLabel}
    >
      <div class="controls" part="controls">
        <button
          type="button"
          class="control toggle"
          part="control"
          aria-label=${paused ? words.playLabel : words.pauseLabel}
          @click=${() => this.#rotation.toggle()}
        >
          <span class="icon ${paused ? 'play' : 'pause'}" aria-hidden="true"></span>${
            paused ? words.play : words.pause
          }
        </button>
        <button
          type="button"
          class="control"
          part="control"
          aria-label=${words.previousLabel}
          @click=${this.previous}
        >
          <span class="icon previous" aria-hidden="true"></span>${words.previous}
        </button>
        <span class="position" part="position">${words.position(index + 1, list.length)}</span>
        <button
          type="button"
          class="control"
          part="control"
          aria-label=${words.nextLabel}
          @click=${this.next}
        >
          ${words.next}<span class="icon next" aria-hidden="true"></span>
        </button>
      </div>
      <div class="slides" aria-live=${this.#rotation.running ? 'off' : 'polite'}>
        <div
          class="slide"
          role="group"
          aria-roledescription=${words.slideRole}
          aria-label=${words.slideLabel(index + 1, list.length)}
        >
          ${renderFact(this.messages, list[index], this.#variant === 'compact')}
        </div>
        ${list.map((fact, each) =>
          // Invisible copies of the other facts share the slide's grid cell, so the card is as tall as its
          // tallest fact and the page below does not jump when the figure changes.
          each === index
            ? nothing
            : html`<div class="sizer" aria-hidden="true" inert>
                ${renderFact(this.messages, fact, this.#variant === 'compact')}
              </div>`,
        )}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aw-fact-card': FactCardElement;
  }
  interface HTMLElementEventMap {
    'aw-fact-change': CustomEvent<FactChangeDetail>;
  }
}
