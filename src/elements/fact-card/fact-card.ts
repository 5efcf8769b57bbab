import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { common } from '../../content/locales/en/common.js';
import { facts } from '../../content/locales/en/facts.js';
import { factCard } from '../../content/locales/en/fact-card.js';
import { AwarenessElement, states } from '../../core/awareness-element.js';
import type { FactChangeDetail } from '../../core/events.js';
import { safeUrl } from '../../core/safe-url.js';
import { badValue, quote } from '../../core/warn.js';
import { allFacts, defaultFact, factById, factsByTopic, type BuiltInFact } from '../../content/facts.js';
import { FACT_TOPICS, type FactTopic } from '../../content/types.js';
import { factCardStyles } from './fact-card.styles.js';

/** What `aw-fact-change` carries (declared with every event in core/events.ts). */
export type { FactChangeDetail };

const VARIANTS = ['full', 'compact'] as const;
type FactCardVariant = (typeof VARIANTS)[number];

/** Seconds between two figures when `interval` is not set. */
export const DEFAULT_INTERVAL = 8;
/** The longest pause a card accepts between two figures, in seconds. */
export const MAXIMUM_INTERVAL = 60;

/** A partner's own figure, read from the light DOM. */
interface PartnerCitation {
  sourceText: string;
  /** Null when no link was given or the link was refused. */
  sourceHref: string | null;
  yearText: string;
}

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
    ...states('index', 'userPaused', 'pointerInside', 'focusInside'),
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

  /** Cycles through the topic's facts (or every built-in fact without a topic), with pause, previous and next. */
  rotate = false;

  /** Seconds each fact stays when rotating: default 8, at least 4, at most 60. */
  interval?: string | number;

  /** `full` (default): large figure, full source. `compact`: smaller, for sidebars; the source's short name. */
  variant?: string;

  private index = 0;
  /** The reader pressed Pause (or asked for reduced motion); only Play undoes it. */
  private userPaused = false;
  private pointerInside = false;
  private focusInside = false;

  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerKey: string | undefined;
  #rotationKey = '';
  #lightDomObserver: MutationObserver | undefined;
  #reducedMotion: MediaQueryList | undefined;

  constructor() {
    super();
    this.addEventListener('pointerenter', () => (this.pointerInside = true));
    this.addEventListener('pointerleave', () => (this.pointerInside = false));
    this.addEventListener('focusin', () => (this.focusInside = true));
    this.addEventListener('focusout', (event: FocusEvent) => {
      // A move between two buttons inside is retargeted to the host itself.
      const next = event.relatedTarget as Node | null;
      this.focusInside = !!next && (next === this || this.contains(next));
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    // No motion the reader did not start: under reduced motion the rotation waits for Play.
    if (this.#reducedMotion?.matches) this.userPaused = true;
    this.#reducedMotion?.addEventListener?.('change', this.#onMotionPreference);
    // A partner's figure may be written, or rewritten by a framework, after the card is on the page.
    this.#lightDomObserver = new MutationObserver(() => this.requestUpdate());
    this.#lightDomObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['slot', 'href'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTimer();
    this.#lightDomObserver?.disconnect();
    this.#reducedMotion?.removeEventListener?.('change', this.#onMotionPreference);
  }

  #onMotionPreference = (event: MediaQueryListEvent): void => {
    if (event.matches) this.userPaused = true;
  };

  // ---- What to show -------------------------------------------------------------------------------------------

  // Read once per update from the attributes (and the light DOM), so render and the timer agree.
  #list: BuiltInFact[] | null = null;
  #variantInForce: FactCardVariant = 'full';
  #seconds = DEFAULT_INTERVAL;

  #resolveVariant(): FactCardVariant {
    return this.pick('variant', this.variant, VARIANTS, 'full');
  }

  /** Seconds between figures, after checking the attribute. */
  #resolveInterval(): number {
    if (this.interval == null) return DEFAULT_INTERVAL;
    const minimum = FactCardElement.minimumInterval;
    const seconds = Number(String(this.interval).trim() || NaN);
    if (!Number.isFinite(seconds)) {
      this.warn(badValue('interval', String(this.interval), DEFAULT_INTERVAL));
      return DEFAULT_INTERVAL;
    }
    if (seconds < minimum || seconds > MAXIMUM_INTERVAL) {
      const clamped = Math.min(Math.max(seconds, minimum), MAXIMUM_INTERVAL);
      this.warn(badValue('interval', String(this.interval), clamped));
      return clamped;
    }
    return seconds;
  }

  #resolveTopic(): BuiltInFact[] | null {
    if (this.topic == null) return null;
    const name = this.topic.trim().toLowerCase() as FactTopic;
    if (FACT_TOPICS.includes(name)) return factsByTopic(name);
    this.warn(badValue('topic', this.topic, this.rotate ? 'every fact' : 'the default fact'));
    return null;
  }

  /** The built-in facts to show, in order, or null for a partner's own figure. */
  #resolveFacts(): BuiltInFact[] | null {
    if (this.fact != null) {
      const found = factById(this.fact.trim());
      if (!found) this.warn(badValue('fact', this.fact, 'the default fact'));
      if (this.topic != null || this.rotate) {
        this.warn(`fact=${quote(this.fact)} shows one figure; topic and rotate are ignored.`);
      }
      return [found ?? defaultFact()];
    }
    const topicFacts = this.#resolveTopic();
    if (topicFacts) return this.rotate ? topicFacts : topicFacts.slice(0, 1);
    if (this.rotate) return allFacts();
    if (this.topic == null && this.#partnerFigure) return null;
    return [defaultFact()];
  }

  get #partnerFigure(): Element | null {
    // A server renderer does not give an element its light DOM: a prerendered card shows a built-in figure.
    if (isServer) return null;
    return this.querySelector(':scope > [slot="figure"]');
  }

  #readPartnerCitation(): PartnerCitation {
    const source = this.querySelector(':scope > [slot="source"]');
    const year = this.querySelector(':scope > [slot="year"]');
    const sourceText = source?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const yearText = year?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const rawHref = source?.getAttribute('href');
    const gaps = [!sourceText && 'slot="source"', !yearText && 'slot="year"'].filter(Boolean);
    if (gaps.length) this.warn(`The figure has no ${gaps.join(' and no ')}.`);
    return {
      sourceText,
      sourceHref: rawHref == null ? null : safeUrl(rawHref, this),
      yearText,
    };
  }

  // ---- Rotation -----------------------------------------------------------------------------------------------

  get #rotating(): boolean {
    return this.rotate && this.fact == null && (this.#list?.length ?? 0) > 1;
  }

  /** True while the timer is meant to run: rotating, not paused by the reader, no pointer or focus inside. */
  get #running(): boolean {
    return this.#rotating && !this.userPaused && !this.pointerInside && !this.focusInside;
  }

  #show(index: number, reason: FactChangeDetail['reason']): void {
    const list = this.#list ?? [];
    if (list.length < 2) return;
    this.index = (index + list.length) % list.length;
    this.emit('aw-fact-change', {
      id: list[this.index].id,
      index: this.index,
      total: list.length,
      reason,
    });
  }

  /** Shows the next fact of the rotation, as the Next button does. */
  next(): void {
    this.#show(this.index + 1, 'next');
  }

  /** Shows the previous fact of the rotation, as the Previous button does. */
  previous(): void {
    this.#show(this.index - 1, 'previous');
  }

  /** True when the reader has paused the rotation (or it started paused because they prefer reduced motion). */
  get paused(): boolean {
    return this.userPaused;
  }

  #togglePaused(): void {
    this.userPaused = !this.userPaused;
  }

  #stopTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerKey = undefined;
  }

  // One timer at most: it is replaced whenever the figure, the interval or the running state changes.
  #syncTimer(): void {
    const key = this.#running ? `${this.index}|${this.#seconds}` : undefined;
    if (key === this.#timerKey) return;
    this.#stopTimer();
    if (!key) return;
    this.#timerKey = key;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#timerKey = undefined;
      this.#show(this.index + 1, 'auto');
    }, this.#seconds * 1000);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#variantInForce = this.#resolveVariant();
    this.#list = this.#resolveFacts();
    this.#seconds = this.#rotating ? this.#resolveInterval() : DEFAULT_INTERVAL;
    // A new list (another topic, rotate switched on) starts from its newest fact.
    const key = (this.#list ?? []).map((fact) => fact.id).join(' ');
    if (key !== this.#rotationKey) {
      this.#rotationKey = key;
      this.index = 0;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#syncTimer();
  }

  // ---- Rendering ----------------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const variant = this.#variantInForce;
    const list = this.#list;
    let body: TemplateResult;
    if (!list) body = this.#renderPartner();
    else if (this.#rotating) body = this.#renderRotation(list);
    else body = this.#renderFact(list[0]);
    return html`<div class="${this.rootClass} variant-${variant}" part="base">${body}</div>`;
  }

  #renderRotation(list: BuiltInFact[]): TemplateResult {
    const words = this.messages.factCard;
    const index = Math.min(this.index, list.length - 1);
    const paused = this.userPaused;
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
          @click=${this.#togglePaused}
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
      <div class="slides" aria-live=${this.#running ? 'off' : 'polite'}>
        <div
          class="slide"
          role="group"
          aria-roledescription=${words.slideRole}
          aria-label=${words.slideLabel(index + 1, list.length)}
        >
          ${this.#renderFact(list[index])}
        </div>
        ${list.map((fact, each) =>
          // Invisible copies of the other facts share the slide's grid cell, so the card is as tall as its
          // tallest fact and the page below does not jump when the figure changes.
          each === index
            ? nothing
            : html`<div class="sizer" aria-hidden="true" inert>${this.#renderFact(fact)}</div>`,
        )}
      </div>
    </section>`;
  }

  #renderFact(fact: BuiltInFact): TemplateResult {
    const common = this.messages.common;
    const text = this.messages.facts[fact.id];
    const { source, dataYear } = fact.citation;
    const compact = this.#variantInForce === 'compact';
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
        ${common.source}: ${sourceText},
        <span class="year">${dataYear === 'undated' ? common.undated : common.dataYear(dataYear)}</span>.
      </p>
    </div>`;
  }

  #renderPartner(): TemplateResult {
    const common = this.messages.common;
    const citation = this.#readPartnerCitation();
    const year = /^\d{4}$/.test(citation.yearText)
      ? common.dataYear(Number(citation.yearText))
      : citation.yearText;
    const source = !citation.sourceText
      ? this.messages.factCard.noSource
      : citation.sourceHref
        ? html`<a part="source-link" href=${citation.sourceHref}>${citation.sourceText}</a>`
        : citation.sourceText;
    return html`<div class="card" part="card">
      <div class="figure" part="figure"><slot name="figure" @slotchange=${this.#onSlotChange}></slot></div>
      <div class="sentence" part="sentence"><slot name="sentence"></slot></div>
      <p class="citation" part="citation">
        ${common.source}: ${source}${year ? html`, <span class="year">${year}</span>` : nothing}.
      </p>
    </div>`;
  }

  #onSlotChange(): void {
    this.requestUpdate();
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
