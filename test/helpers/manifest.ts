/** The Custom Elements Manifest that `npm run build` writes, as the tests read it. */
export interface ManifestEntry {
  name: string;
  description?: string;
}
export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestEntry[];
  events?: ManifestEntry[];
  slots?: ManifestEntry[];
  cssParts?: ManifestEntry[];
  cssProperties?: ManifestEntry[];
}

let manifest: Promise<ManifestDeclaration[]> | undefined;

/** Every custom element declared in `/custom-elements.json`. */
export function elementDeclarations(): Promise<ManifestDeclaration[]> {
  manifest ??= fetch('/custom-elements.json')
    .then((response) => response.json())
    .then((json: { modules: { declarations?: ManifestDeclaration[] }[] }) =>
      json.modules.flatMap((module) => module.declarations ?? []).filter((each) => each.tagName),
    );
  return manifest;
}
