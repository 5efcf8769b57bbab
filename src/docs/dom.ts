/**
 * The documentation pages' building blocks. Everything is built with DOM methods and text nodes: no content string
 * is ever parsed as HTML (the examples' own markup is the one exception, in `examples.ts`).
 */
import type { Source } from '../content/types.js';

/** What `h()` accepts as a child: text, a node, nothing, or a list of those. */
export type Child = Node | string | number | false | null | undefined | readonly Child[];

/** Creates an element with attributes (an attribute left undefined or false is not set) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | false | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== false) element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

/** Appends children (text, nodes, lists of them) to an element. */
export function append(parent: ParentNode, children: readonly Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : String(child));
  }
}

export const code = (text: string): HTMLElement => h('code', {}, text);

/** Inline `code` in a description becomes <code>; everything else stays text. */
export function richText(text = ''): Child[] {
  return text
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('`') && part.endsWith('`') ? code(part.slice(1, -1)) : part));
}

/** A captioned table in a wrapper that scrolls on its own on a phone (and can be reached with Tab to scroll). */
export function table(caption: string, headings: readonly string[], rows: readonly Child[][]): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: '0' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...headings.map((heading) => h('th', { scope: 'col' }, heading)))),
      h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((cell) => h('td', {}, cell))))),
    ),
  );
}

/** A source as its organisation and title, linked when its address is known. */
export function sourceLink(source: Source): Child {
  const name = `${source.organisation}, “${source.title}”`;
  return source.url ? h('a', { href: source.url }, name) : name;
}

/** When a person last read the source, and how (the live page or a stored copy), for reviewers. */
export function sourceChecked(source: Source): string {
  return source.checked ? ` (checked ${source.checked.on}, ${source.checked.seen})` : '';
}

/** `a`, `a or b`, `a, b or c`: code values joined as a sentence, with one of them marked as the default. */
export function codeList(
  values: readonly string[],
  byDefault?: string,
  format = (value: string) => value,
): Child[] {
  return values.map((value, index) => [
    index === 0 ? '' : index === values.length - 1 ? ' or ' : ', ',
    code(format(value)),
    value === byDefault ? ' (default)' : '',
  ]);
}
