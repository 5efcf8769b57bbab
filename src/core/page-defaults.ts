/**
 * Page-level defaults written as `data-*` attributes on the drop-in script tag, e.g.
 * `<script src="awareness-widgets.js" data-lang="es" data-region="US" data-theme="dark"></script>`.
 * An attribute on an element always wins over these.
 */
export interface PageDefaults {
  lang?: string;
  region?: string;
  theme?: string;
  exitUrl?: string;
}

import { isServer } from 'lit';

// A classic script knows its own tag only while it first runs; modules never do, so we also look it up by name.
const loadingScript: HTMLOrSVGScriptElement | null =
  typeof document !== 'undefined' ? document.currentScript : null;

function findScriptTag(): Element | null {
  if (loadingScript instanceof HTMLScriptElement && loadingScript.src.includes('awareness-widgets')) {
    return loadingScript;
  }
  return (
    document.querySelector(
      'script[src*="awareness-widgets"]:is([data-lang],[data-region],[data-theme],[data-exit-url])',
    ) ?? document.querySelector('script[data-awareness-widgets]')
  );
}

let cached: PageDefaults | undefined;

/** Read once, on first use: every element on the page shares the answer instead of searching the DOM per render. */
export function pageDefaults(): PageDefaults {
  if (cached) return cached;
  // A server renderer has no page and no script tag: only the element's own attributes count there.
  if (isServer) return {};
  const script = findScriptTag();
  const read = (name: string) => script?.getAttribute(name)?.trim() || undefined;
  cached = {
    lang: read('data-lang'),
    region: read('data-region'),
    theme: read('data-theme'),
    exitUrl: read('data-exit-url'),
  };
  return cached;
}

/** Forgets the cached defaults, for a page (or a test) that changes the script tag's attributes later. */
export function resetPageDefaults(): void {
  cached = undefined;
}
