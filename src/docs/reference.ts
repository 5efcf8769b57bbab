/**
 * Each element's reference (attributes, events, slots, parts, custom properties), from `custom-elements.json`. The
 * manifest is written by `cem analyze` after the bundles are built, so it is read at run time, not bundled.
 */
import { code, h, richText, table, type Child } from './dom.js';

interface Described {
  readonly name: string;
  readonly description?: string;
  readonly type?: { readonly text?: string };
}

interface Declaration {
  readonly tagName?: string;
  readonly attributes?: readonly Described[];
  readonly events?: readonly Described[];
  readonly slots?: readonly Described[];
  readonly cssParts?: readonly Described[];
  readonly cssProperties?: readonly Described[];
}

/** The part of a Custom Elements Manifest the docs read. */
export interface Manifest {
  readonly modules?: readonly { readonly declarations?: readonly Declaration[] }[];
}

/** The manifest next to the package root, or undefined before the first full build writes it. */
export async function loadManifest(root: URL): Promise<Manifest | undefined> {
  try {
    const response = await fetch(new URL('custom-elements.json', root));
    return response.ok ? ((await response.json()) as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

function declarationOf(manifest: Manifest | undefined, tag: string): Declaration | undefined {
  return manifest?.modules
    ?.flatMap((module) => module.declarations ?? [])
    .find((each) => each.tagName === tag);
}

export function renderReference(container: Element, tag: string, manifest: Manifest | undefined): void {
  const declaration = declarationOf(manifest, tag);
  if (!declaration) {
    container.append(
      h('p', {}, 'The reference appears here after npm run build writes custom-elements.json.'),
    );
    return;
  }
  const described = (each: Described): Child[] => [code(each.name), richText(each.description)];
  const sections: [string, string[], Child[][]][] = [
    [
      'Attributes',
      ['attribute', 'type', 'what it does'],
      (declaration.attributes ?? []).map((each) => [
        code(each.name),
        code(each.type?.text ?? ''),
        richText(each.description),
      ]),
    ],
    ['Events', ['event', 'what it means'], (declaration.events ?? []).map(described)],
    [
      'Slots',
      ['slot', 'what goes in it'],
      (declaration.slots ?? []).map((each) => [
        each.name ? code(each.name) : '(default)',
        richText(each.description),
      ]),
    ],
    ['Parts (for ::part())', ['part', 'what it is'], (declaration.cssParts ?? []).map(described)],
    ['Custom properties', ['property', 'what it sets'], (declaration.cssProperties ?? []).map(described)],
  ];
  for (const [title, headings, rows] of sections) {
    if (!rows.length) continue;
    container.append(h('h3', {}, title), table(`${title} of <${tag}>`, headings, rows));
  }
}
