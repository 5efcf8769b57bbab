import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { LocaleCode, Messages } from '../content/locales/index.js';
import { readChoice } from './attributes.js';
import { emit, type AwarenessEventDetails } from './events.js';
import { resolveLocale } from './locale.js';
import { LOCALE_REGISTERED } from './locale-registry.js';
import { messagesFor, type EnglishSections } from './messages.js';
import { pageDefaults } from './page-defaults.js';
import { themeStyles } from './theme.styles.js';
import { warnOnce } from './warn.js';

/**
 * Internal reactive state for a `static properties` block: a change re-renders, no attribute. Spread into the block
 * (`...states('open')`) so the manifest does not list these as attributes.
 */
export const states = (...names: string[]): PropertyDeclarations =>
  Object.fromEntries(names.map((name) => [name, { state: true }]));

export type ThemeName = 'light' | 'dark' | 'auto';
const THEMES: readonly ThemeName[] = ['light', 'dark', 'auto'];

// One observer for the whole page: a `lang` change anywhere, or a language pack arriving, re-renders the connected
// elements, however many.
const connected = new Set<AwarenessElement>();
let langObserver: MutationObserver | undefined;

function watchLang(element: AwarenessElement): void {
  connected.add(element);
  if (langObserver || typeof MutationObserver === 'undefined') return;
  const renderAll = () => connected.forEach((each) => each.requestUpdate());
  document.addEventListener(LOCALE_REGISTERED, renderAll);
  langObserver = new MutationObserver(renderAll);
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

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /** Colour scheme: `light`, `dark`, or `auto` (follows the reader's system setting). */
  theme?: string;

  /**
   * The English words this element reads, by section (`{ common, quickExit }`). Other languages fill the same
   * sections from their locale packs; an element bundles only its own sections, never another element's words.
   */
  static english: EnglishSections = {};

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  /**
   * A prerendered element (declarative shadow DOM written by a server or by the builder's prerendered snippet)
   * arrives with its shadow root already painted. Lit would add its own render beside it, so the painted copy is
   * removed first; the first render follows in the same task, before the browser paints again, so the reader sees
   * the same words in the same place and nothing moves.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** The language this element speaks now: English, or one whose locale pack the page has loaded. */
  get locale(): string {
    return resolveLocale(this, this.regionLanguage);
  }

  /** The language of the region an element serves, for elements that serve one (see `core/regional-element.ts`). */
  protected get regionLanguage(): LocaleCode | undefined {
    return undefined;
  }

  /** The language resolved once per update: `messages` is read many times in a render, the DOM walk is done once. */
  #localeInRender?: string;

  protected override update(changed: PropertyValues): void {
    this.#localeInRender = this.locale;
    super.update(changed);
  }

  protected get messages(): Messages {
    return messagesFor(
      this.#localeInRender ?? this.locale,
      (this.constructor as typeof AwarenessElement).english,
    );
  }

  /** The theme in force: the element's own attribute, else the script tag's `data-theme`, else `auto`. */
  get #theme(): ThemeName {
    return readChoice(this, 'theme', this.theme || pageDefaults().theme || null, THEMES, 'auto');
  }

  protected get rootClass(): string {
    return `aw-root theme-${this.#theme}`;
  }

  protected warn(message: string): void {
    warnOnce(message, this);
  }

  protected emit<K extends keyof AwarenessEventDetails>(
    type: K,
    detail: AwarenessEventDetails[K],
    cancelable = false,
  ): boolean {
    return emit(this, type, detail, cancelable);
  }
}
