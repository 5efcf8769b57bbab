import { warnOnce } from './warn.js';

/**
 * Registers a custom element unless the tag is already taken: a second copy of the script, or another version of
 * the library on the same page, leaves the first definition in place instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch (error) {
    // Two copies racing, or the same class registered under another name: keep what is there.
    warnOnce(`<${tag}> could not be defined (${String(error)}); the existing definition stays.`);
  }
}
