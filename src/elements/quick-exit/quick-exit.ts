import { html } from 'lit';
import { quickExit } from '../../content/locales/en/quick-exit.js';
import { readChoice, unlessEmpty } from '../../core/attributes.js';
import { AwarenessElement, states } from '../../core/awareness-element.js';
import { pageDefaults } from '../../core/page-defaults.js';
import type { ExitDetail } from '../../core/events.js';
import { safeUrl } from '../../core/safe-url.js';
import {
  hidePage,
  leaveTo,
  registerExit,
  restorePage,
  SHIFT_PRESSES,
  unregisterExit,
  type ExitTarget,
} from './exit-registry.js';
import { quickExitStyles } from './quick-exit.styles.js';

/** What `aw-exit` carries (declared with every event in core/events.ts). */
export type { ExitDetail };

/** Where the exit goes when the page names no destination: a neutral search page. */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

const POSITIONS = ['inline', 'fixed'] as const;
type QuickExitPosition = (typeof POSITIONS)[number];

/**
 * @summary A safety exit: a clearly labelled button, and Shift pressed three times, hide the page at once and
 * replace it with a neutral site, so Back does not return to it. It does not erase the browser's history.
 *
 * @slot - Fallback shown only when the script does not run: write a plain link to the same neutral site.
 *
 * @event aw-exit - Before leaving; cancelable. `detail: { href: string, trigger: 'button' | 'keyboard' }`. When a
 * host cancels it, the page stays and the overlay is removed.
 *
 * @csspart base - The wrapper.
 * @csspart button - The exit button.
 * @csspart hint - The line that tells keyboard users about Shift pressed three times.
 * @csspart progress - The dots that fill as Shift is pressed.
 *
 * @cssproperty --aw-accent-color - Background of the button.
 * @cssproperty --aw-on-accent-color - Text of the button.
 * @cssproperty --aw-focus-color - Focus ring.
 * @cssproperty --aw-radius - Corner radius of the button.
 * @cssproperty --aw-font-family - Font of the button and hint.
 */
export class QuickExitElement extends AwarenessElement implements ExitTarget {
  static override styles = [...AwarenessElement.styles, quickExitStyles];

  static override english = { quickExit };

  static override properties = {
    href: {},
    position: { reflect: true },
    ...states('pressed', 'announcement'),
  };

  /** The neutral site to leave for (http or https; relative URLs are fine). Default: the script tag's `data-exit-url`, else https://www.google.com/. */
  href?: string;

  /** `inline` (default) keeps the button where it is written; `fixed` pins it to the top-end corner of the window. */
  position?: string;

  private pressed = 0;
  private announcement = '';

  override connectedCallback(): void {
    super.connectedCallback();
    registerExit(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unregisterExit(this);
  }

  /** The destination in force, after checking the attribute and the page default. */
  get exitUrl(): string {
    return safeUrl(this.href, this) ?? safeUrl(pageDefaults().exitUrl, this) ?? DEFAULT_EXIT_URL;
  }

  get #position(): QuickExitPosition {
    // An empty position is the default, not a mistake.
    return readChoice(this, 'position', unlessEmpty(this.position), POSITIONS, 'inline');
  }

  /** Hides the page at once, tells the host, then leaves unless the host cancelled. */
  exit(trigger: 'button' | 'keyboard' = 'button'): void {
    const href = this.exitUrl;
    hidePage();
    const proceed = this.emit('aw-exit', { href, trigger }, true);
    if (!proceed) {
      restorePage();
      return;
    }
    leaveTo(href);
  }

  showProgress(count: number, announce: boolean): void {
    this.pressed = count;
    this.announcement = announce && count > 0 ? this.messages.quickExit.progress(count) : '';
  }

  override render() {
    const words = this.messages.quickExit;
    const dots = Array.from({ length: SHIFT_PRESSES }, (_, index) => index < this.pressed);
    return html`<div class="${this.rootClass} quick-exit ${this.#position}" part="base">
      <button type="button" part="button" aria-describedby="hint" @click=${() => this.exit('button')}>
        ${words.label}
      </button>
      <span class="keys">
        <span id="hint" class="hint" part="hint">${words.hint}</span>
        <span class="progress" part="progress" aria-hidden="true" data-count=${this.pressed}>
          ${dots.map((filled) => html`<span class="dot ${filled ? 'filled' : ''}"></span>`)}
        </span>
      </span>
      <span class="visually-hidden" role="status">${this.announcement}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aw-quick-exit': QuickExitElement;
  }
}
