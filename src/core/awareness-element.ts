import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { LocaleCode, Messages } from '../content/locales/index.js';
import { emit } from './events.js';
import { resolveLocale } from './locale.js';
import { messagesFor } from './messages.js';
import { pageDefaults } from './page-defaults.js';
import { themeStyles } from './theme.styles.js';
import { quote, warnOnce } from './warn.js';

export type ThemeName = 'light' | 'dark' | 'auto';
const THEMES: readonly ThemeName[] = ['light', 'dark', 'auto'];

// One observer for the whole page: a `lang` change anywhere re-renders the connected elements, however many.
const connected = new Set<AwarenessElement>();
let langObserver: MutationObserver | undefined;

function watchLang(element: AwarenessElement): void {
  connected.add(element);
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => connected.forEach((each) => each.requestUpdate()));
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * What every element shares: the language it speaks, its theme, warnings for bad input and `aw-*` events.
 * Subclasses render inside `<div class=${this.rootClass}>` so the theme tokens apply.
 */
export class AwarenessElement extends LitElement {
  static override styles = [themeStyles];

  /** Colour scheme: `light`, `dark`, or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** The built-in language this element speaks now. */
  get locale(): LocaleCode {
    return resolveLocale(this);
  }

  protected get messages(): Messages {
    return messagesFor(this.locale);
  }

  /** The theme in force: the element's own attribute, else the script tag's `data-theme`, else `auto`. */
  protected get themeName(): ThemeName {
    return this.pick('theme', this.theme || pageDefaults().theme || null, THEMES, 'auto');
  }

  /**
   * The value of an enumerated attribute: `raw` trimmed and lower-cased when it is one of `allowed`, `fallback` when
   * it is absent, else `fallback` with one warning that names the attribute and the values it takes.
   */
  protected pick<T extends string>(
    name: string,
    raw: string | null | undefined,
    allowed: readonly T[],
    fallback: T,
  ): T {
    if (raw == null) return fallback;
    const value = raw.trim().toLowerCase() as T;
    if (allowed.includes(value)) return value;
    this.warn(`${name}=${quote(raw)} is not one of ${allowed.join(', ')}; using ${fallback}.`);
    return fallback;
  }

  protected get rootClass(): string {
    return `aw-root theme-${this.themeName}`;
  }

  protected warn(message: string): void {
    warnOnce(message, this);
  }

  protected emit<T>(type: `aw-${string}`, detail: T, cancelable = false): boolean {
    return emit(this, type, detail, cancelable);
  }
}
