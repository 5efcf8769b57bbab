/**
 * What the builder reads at run time, because the build writes it after this script is bundled: the drop-in file's
 * and each locale file's integrity hash (`*.sri`, written by scripts/sri.mjs), the version (package.json) and the
 * attribute descriptions (custom-elements.json). Everything else comes from src/ at build time. Each read fails
 * soft: the builder still offers what it can and says what is missing.
 */
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type LocaleCode } from '../content/locales/index.js';

/** An attribute as the manifest documents it. */
export interface DocumentedAttribute {
  readonly name: string;
  readonly description?: string;
}

export interface BuildOutput {
  readonly version?: string;
  readonly integrity?: string;
  readonly localeIntegrity: ReadonlyMap<LocaleCode, string | undefined>;
  /** Attributes the manifest documents, per tag. */
  readonly documented: ReadonlyMap<string, ReadonlyMap<string, DocumentedAttribute>>;
  readonly embedUrl: string;
}

async function read(url: URL): Promise<Response | undefined> {
  try {
    const response = await fetch(url);
    if (response.ok) return response;
    console.warn(`[builder] ${url}: ${response.status}`);
  } catch (error) {
    console.warn(`[builder] ${url} could not be loaded:`, error);
  }
  return undefined;
}

const text = async (url: URL) => (await (await read(url))?.text())?.trim() || undefined;
const json = async (url: URL): Promise<unknown> => {
  try {
    return await (await read(url))?.json();
  } catch {
    return undefined;
  }
};

interface Manifest {
  modules?: { declarations?: { tagName?: string; attributes?: DocumentedAttribute[] }[] }[];
}

function documentedAttributes(manifest: Manifest | undefined): Map<string, Map<string, DocumentedAttribute>> {
  const byTag = new Map<string, Map<string, DocumentedAttribute>>();
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      byTag.set(
        declaration.tagName,
        new Map((declaration.attributes ?? []).map((attribute) => [attribute.name, attribute])),
      );
    }
  }
  return byTag;
}

/** Reads the build's output around `dist` (the folder this script was loaded from). */
export async function readBuildOutput(dist: URL): Promise<BuildOutput> {
  const root = new URL('../', dist);
  const others = SUPPORTED_LOCALES.filter((code) => code !== DEFAULT_LOCALE);
  const [pkg, integrity, manifest, ...hashes] = await Promise.all([
    json(new URL('package.json', root)),
    text(new URL('awareness-widgets.js.sri', dist)),
    json(new URL('custom-elements.json', root)),
    ...others.map((code) => text(new URL(`locales/${code}.js.sri`, dist))),
  ]);
  const version = (pkg as { version?: unknown } | undefined)?.version;
  return {
    version: typeof version === 'string' ? version : undefined,
    integrity: integrity as string | undefined,
    localeIntegrity: new Map(others.map((code, index) => [code, hashes[index] as string | undefined])),
    documented: documentedAttributes(manifest as Manifest | undefined),
    // The iframe page is served by this site itself, beside the builder: npm CDNs send .html files as text/plain
    // (so a page could not run from them), and the site that hosts the builder hosts dist/ too.
    embedUrl: new URL('embed.html', dist).href,
  };
}
