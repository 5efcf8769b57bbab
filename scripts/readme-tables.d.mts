// Types for scripts/readme-tables.mjs, which the browser tests import.
export interface ManifestMember {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
  inheritedFrom?: { name: string; module?: string };
}
export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestMember[];
  events?: ManifestMember[];
  slots?: ManifestMember[];
  cssParts?: ManifestMember[];
  cssProperties?: ManifestMember[];
  members?: (ManifestMember & { kind: string; privacy?: string; static?: boolean })[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}
export function elementsOf(manifest: Manifest): Map<string, ManifestDeclaration>;
export function section(readme: string, name: string): string | undefined;
export function tableNames(text: string, heading: string): string[];
export function checkReadmeTables(readme: string, manifest: Manifest): string[];
export function attributeTable(declaration: ManifestDeclaration): string;
