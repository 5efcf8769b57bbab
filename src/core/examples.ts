/**
 * An example of an element in use. Each element's `<name>.examples.ts` lists its examples once; the demo gallery,
 * the docs and the accessibility tests all read the same list.
 */
export interface Example {
  /** Stable id, used as the gallery anchor and in test names. */
  readonly id: string;
  readonly title: string;
  /** One line on when to use this. */
  readonly description: string;
  /** The markup a site would paste, fallback content included. */
  readonly html: string;
  /** Shown to tests only, not in the gallery (for states that need a test but no demo). */
  readonly testOnly?: boolean;
}

export interface ExampleGroup {
  readonly tag: string;
  readonly title: string;
  readonly examples: readonly Example[];
}

/** Escapes text for HTML text and a double-quoted attribute, for the fallback markup the examples write. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
