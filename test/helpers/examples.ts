import { gallery } from '../../src/examples.js';
import type { Example } from '../../src/core/examples.js';

export interface TaggedExample extends Example {
  readonly tag: string;
}

/** Every example of every element, test-only ones included, with the tag it shows. */
export const allExamples: readonly TaggedExample[] = gallery.flatMap((group) =>
  group.examples.map((example) => ({ ...example, tag: group.tag })),
);

/**
 * Renders an example's markup (the project's own static HTML) into a fresh container and waits until every
 * element in it, nested ones included, has rendered.
 */
export async function renderExample(example: Example, container: HTMLElement): Promise<Element[]> {
  container.innerHTML = example.html;
  const elements = allAwElements(container);
  for (const element of elements)
    await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  const nested = allAwElements(container).filter((element) => !elements.includes(element));
  for (const element of nested)
    await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return allAwElements(container);
}

/** Every `aw-*` element below a root, looking inside shadow roots too. */
export function allAwElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.localName.startsWith('aw-')) found.push(element);
    if (element.shadowRoot) found.push(...allAwElements(element.shadowRoot));
  }
  return found;
}
