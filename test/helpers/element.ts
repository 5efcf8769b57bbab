/**
 * What a reader meets inside one of the library's elements: its shadow root, its text, its parts, buttons and links.
 * The element tests share these instead of each writing its own copy.
 */

/** The element's shadow root; every element of the library renders into an open one. */
export const shadowOf = (el: Element): ShadowRoot => el.shadowRoot!;

/** A node's text as it reads: each run of whitespace as one space, none at the ends; '' when there is no node. */
export const textOf = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** All the text in the element's shadow root, as `textOf` reads it. */
export const shadowTextOf = (el: Element): string => textOf(shadowOf(el));

/** The first node in the shadow root with this part name among its parts (`[part~="name"]`), or null. */
export const partOf = <T extends Element = HTMLElement>(el: Element, name: string): T | null =>
  shadowOf(el).querySelector<T>(`[part~="${name}"]`);

/** Every node in the shadow root with this part name among its parts, in document order. */
export const partsOf = <T extends Element = HTMLElement>(el: Element, name: string): T[] => [
  ...shadowOf(el).querySelectorAll<T>(`[part~="${name}"]`),
];

/** The buttons in the shadow root (or those matching `selector`), in document order. */
export const buttonsOf = (el: Element, selector = 'button'): HTMLButtonElement[] => [
  ...shadowOf(el).querySelectorAll<HTMLButtonElement>(selector),
];

/** The links in the shadow root (or those matching `selector`), in document order. */
export const linksOf = (el: Element, selector = 'a'): HTMLAnchorElement[] => [
  ...shadowOf(el).querySelectorAll<HTMLAnchorElement>(selector),
];

/** The `href` attribute of each link, as written, not resolved against the page. */
export const hrefsOf = (links: readonly Element[]): (string | null)[] =>
  links.map((link) => link.getAttribute('href'));

/** The element's polite live region (`role="status"`), where it says what just happened. */
export const statusOf = (el: Element): Element => shadowOf(el).querySelector('[role="status"]')!;

/** True when the node takes up room on the screen: displayed, with at least one box. */
export const isShown = (node: Element): boolean =>
  getComputedStyle(node).display !== 'none' && node.getClientRects().length > 0;
