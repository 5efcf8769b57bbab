import { html, isServer, nothing, type PropertyValues } from 'lit';
import {
  HOTLINE_AUDIENCES,
  hotlineById,
  type Hotline,
  type HotlineAudience,
} from '../../content/hotlines.js';
import { bannerHotlines } from '../../content/region-help.js';
import { hotlines } from '../../content/locales/en/hotlines.js';
import { readChoice, readList } from '../../core/attributes.js';
import { states } from '../../core/awareness-element.js';
import { defineElement } from '../../core/define.js';
import { LocalContacts, localContactStyles, renderLocalContacts } from '../../core/local-contacts.js';
import type { ContactDetail, DismissDetail } from '../../core/events.js';
import { RegionalElement } from '../../core/regional-element.js';
import { QuickExitElement } from '../quick-exit/quick-exit.js';
import { copyNumber } from './copy-number.js';
import { dismissalKey, isDismissed, readRemember, rememberDismissal } from './dismissal.js';
import { focusAfterDismiss } from './focus-after-dismiss.js';
import { hotlineBannerStyles } from './hotline-banner.styles.js';
import { renderEmergency, renderHotline } from './hotline-list.js';
import { renderTools } from './banner-tools.js';
import { reserveSpace, type SpaceReservation } from './reserve-space.js';

const POSITIONS = ['inline', 'top', 'bottom'] as const;
type BannerPosition = (typeof POSITIONS)[number];

/** Days a remembered dismissal lasts when `remember` has no value (read in dismissal.ts). */
export { DEFAULT_REMEMBER_DAYS } from './dismissal.js';

/** What `aw-contact` and `aw-dismiss` carry (declared with every event in core/events.ts). */
export type { ContactDetail, DismissDetail };

/**
 * @summary How to get help in the reader's country (`region`): call, text or report online, and the emergency number
 * last, spoken to adults or to a young person. The lines and their numbers come from `src/content/`.
 *
 * @slot - Fallback shown only when the script does not run: the same numbers as plain links (see the README).
 * @slot local-contact - The site's own help, as plain links (`tel:`, `sms:`, `mailto:`, `https:`, optional
 * `data-detail`), shown before the national lines under a label saying the site added them. The banner shows its
 * own copies: the links themselves are the fallback without the script. Other links are shown as plain text.
 *
 * @event aw-contact - A contact link was used. `detail: { hotline: string, channel: 'call' | 'text' | 'web' | 'tty', href: string }`,
 * or for the site's own links `{ local: true, channel: 'call' | 'text' | 'web', href: string }` (no hotline id).
 * The library records nothing; the event is there for a host that chooses to count.
 * @event aw-dismiss - The reader closed the banner. `detail: { rememberDays: number | null }`.
 * @event aw-exit - From the quick exit inside the banner (with `quick-exit`); cancelable. `detail: { href, trigger }`.
 *
 * @csspart base - The banner.
 * @csspart title - The opening line.
 * @csspart intro - The words under it.
 * @csspart list - The list of hotlines.
 * @csspart traces - For young readers (`audience="youth"`): what the phone keeps, and what leaving fast does not erase.
 * @csspart hotline - One hotline.
 * @csspart local-contacts - The site's own help (`slot="local-contact"`), first in the list.
 * @csspart contact-link - Every call, text and web link (at least 44 by 44 CSS pixels).
 * @csspart local-contact-link - The site's own links (also `contact-link`).
 * @csspart copy-button - The button that copies a number.
 * @csspart emergency - The emergency line.
 * @csspart dismiss-button - The close button (with `dismissible`).
 * @csspart toggle - On small screens, the button that shows every way to get help in a fixed banner.
 * @csspart status - The polite confirmation after copying a number.
 *
 * @cssproperty --aw-text-color - Text.
 * @cssproperty --aw-background-color - Background.
 * @cssproperty --aw-accent-color - Links and buttons.
 * @cssproperty --aw-on-accent-color - Text on the accent colour.
 * @cssproperty --aw-border-color - Borders.
 * @cssproperty --aw-focus-color - Focus ring.
 * @cssproperty --aw-radius - Corner radius.
 * @cssproperty --aw-spacing - Space inside the banner.
 * @cssproperty --aw-font-family - Font.
 */
export class HotlineBannerElement extends RegionalElement {
  static override styles = [...RegionalElement.styles, localContactStyles, hotlineBannerStyles];

  static override english = { hotlines };

  static override properties = {
    hotline: {},
    audience: {},
    position: { reflect: true },
    dismissible: { type: Boolean },
    remember: {},
    quickExit: { attribute: 'quick-exit' },
    ...states('dismissed', 'expanded', 'announcement'),
  };

  /** One or more built-in hotline ids, comma-separated, shown in that order (e.g. `ncmec,us-emergency`). Default: the region's set. */
  hotline?: string;

  /** `public` (default) speaks to adults; `youth` speaks to the young person who may need help. */
  audience?: string;

  /** `inline` (default), or `top` / `bottom` to fix the banner to the window while leaving room for the page. */
  position?: string;

  /** Shows a close button. */
  dismissible = false;

  /** With `dismissible`: remember the dismissal on this device for this many days (no value: 30). Absent: nothing is stored. */
  remember?: string | null;

  /** Adds a quick exit to the banner; the value, if any, is the neutral site to leave for (e.g. `/safe.html`). */
  quickExit?: string | null;

  private dismissed = false;
  private expanded = false;
  private announcement = '';

  readonly #local = new LocalContacts(this);
  readonly #focusTarget = focusAfterDismiss(this);
  #space?: SpaceReservation;
  #fallbackHeight = 0;

  override connectedCallback(): void {
    // The fallback's height, read before the shadow root hides it: a fixed banner keeps that room (see reserveSpace).
    // Only a fixed one: reading it forces a layout, which 25 inline banners on a page paid for nothing.
    if (!this.hasUpdated && !isServer && this.#fixedSide)
      this.#fallbackHeight = this.getBoundingClientRect().height;
    super.connectedCallback();
    if (this.dismissible && this.#rememberDays !== null && isDismissed(this.#storageKey)) {
      this.dismissed = true;
      this.hidden = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#space?.release();
    this.#space = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quickExit') && this.quickExit != null) defineElement('aw-quick-exit', QuickExitElement);
  }

  protected override updated(): void {
    const side = this.dismissed ? null : this.#fixedSide;
    if (this.#space && this.#space.side !== side) {
      this.#space.release();
      this.#space = undefined;
    }
    const banner = this.renderRoot.querySelector<HTMLElement>('.banner');
    if (side && !this.#space && banner) this.#space = reserveSpace(side, banner, this.#fallbackHeight);
    else this.#space?.measure();
  }

  /** The audience in force: `public` unless the attribute says `youth`. */
  get #audience(): HotlineAudience {
    return readChoice(this, 'audience', this.audience, HOTLINE_AUDIENCES, 'public');
  }

  get #position(): BannerPosition {
    return readChoice(this, 'position', this.position, POSITIONS, 'inline');
  }

  get #fixedSide(): 'top' | 'bottom' | null {
    const position = this.#position;
    return position === 'inline' ? null : position;
  }

  /** The hotlines shown, in order: those named in `hotline`, else the region's set for the audience. */
  get hotlines(): readonly Hotline[] {
    return (
      readList(this, 'hotline', this.hotline, hotlineById, "the region's") ??
      bannerHotlines(this.help, this.#audience)
    );
  }

  /** Days a dismissal is remembered, or null when `remember` is absent (then nothing is stored). */
  get #rememberDays(): number | null {
    return readRemember(this, this.remember);
  }

  get #storageKey(): string {
    return dismissalKey(this.id);
  }

  /** Closes the banner, stores the dismissal only with `remember`, and moves focus somewhere sensible. */
  dismiss(): void {
    const hadFocus = this.matches(':focus-within');
    const target = hadFocus ? this.#focusTarget() : null;
    const rememberDays = this.dismissible ? this.#rememberDays : null;
    if (rememberDays !== null) rememberDismissal(this.#storageKey, rememberDays);
    this.dismissed = true;
    this.hidden = true;
    this.#space?.release();
    this.#space = undefined;
    this.emit('aw-dismiss', { rememberDays });
    target?.focus();
  }

  async #copy(number: string): Promise<void> {
    const announcement = await copyNumber(number, this.messages.hotlines);
    // Clear first, so the same confirmation twice is announced twice.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = announcement;
  }

  override render() {
    if (this.dismissed) return nothing;
    const words = this.messages.hotlines;
    const audience = this.#audience;
    const youth = audience === 'youth';
    const position = this.#position;
    const shown = this.hotlines;
    const fixed = position !== 'inline';
    const copy = (number: string) => this.#copy(number);
    return html`<section
      class="${this.rootClass} banner ${position} ${fixed ? (this.expanded ? 'fixed expanded' : 'fixed compact') : ''} ${isServer ? 'prerendered' : ''}"
      part="base"
      aria-label=${words.label}
    >
      ${renderTools(this, words, () => this.dismiss())}
      <p class="title" part="title">${youth ? words.youthTitle : words.title}</p>
      <p class="intro" part="intro">${youth ? words.youthIntro : words.intro}</p>
      ${
        fixed
          ? html`<button
              type="button"
              class="toggle"
              part="toggle"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              @click=${() => (this.expanded = !this.expanded)}
            >
              ${words.showAll}
            </button>`
          : nothing
      }
      <ul class="hotlines" part="list">
        ${
          this.#local.contacts.length
            ? html`<li class="local" part="local-contacts">
                ${renderLocalContacts(this, this.#local.contacts, words, 'contact')}
              </li>`
            : nothing
        }
        ${shown.map((hotline) => (hotline.emergency ? renderEmergency(this, words, audience, hotline) : renderHotline(this, words, audience, hotline, copy)))}
        ${
          // A country without built-in lines: no foreign emergency number, only the words to call the local one.
          this.help.localEmergency && !shown.some((hotline) => hotline.emergency)
            ? html`<li class="emergency local-emergency" part="emergency">
                ${youth ? words.youthLocalEmergency : words.localEmergency}
              </li>`
            : nothing
        }
      </ul>
      ${youth ? html`<p class="traces" part="traces">${words.youthTraces}</p>` : nothing}
      <p class="status" part="status" role="status">${this.announcement}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aw-hotline-banner': HotlineBannerElement;
  }
}
