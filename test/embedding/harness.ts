/**
 * Opens generated host pages (see host-pages.mjs) in an iframe of the test page and reads what they did. Every page
 * loads the built drop-in file, `dist/awareness-widgets.js`, exactly as a partner site would.
 */
import { until } from '../helpers/wait.js';

/**
 * A page's first script for layout tests: records every layout shift not caused by input into `window.__shifts`
 * (Chromium; elsewhere the list stays empty and the tests check words, links and boxes instead).
 */
export const SHIFT_RECORDER = `<script>
      window.__shifts = [];
      if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      }
    </script>`;

export const TAGS = ['aw-fact-card', 'aw-hotline-banner', 'aw-quick-exit', 'aw-indicator-explainer'] as const;
export type Tag = (typeof TAGS)[number];

export interface Probe {
  errors: string[];
  resourceErrors: string[];
  violations: string[];
  canary: string[];
  storage: string[];
  cookieWrites: string[];
  network: string[];
  shifts: { value: number; time: number; sources: string[] }[];
  painted: boolean;
  measuresShifts?: boolean;
}

type LitLike = HTMLElement & { updateComplete?: Promise<unknown> };

export type HostWindow = Window & typeof globalThis & { __awProbe: Probe; axe?: AxeLike };

interface AxeLike {
  run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }>;
}
interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export interface HostPage {
  frame: HTMLIFrameElement;
  window: HostWindow;
  document: Document;
  probe: Probe;
  /** Every `aw-*` element in the page, in document order. */
  elements(): LitLike[];
  close(): void;
}

export interface HostPageParams {
  /** Stylesheets by name: bootstrap, modern-normalize, tailwind-preflight, new-css-reset, hostile. */
  css?: string[];
  /** Script tags: `head-classic`, `end-defer`, `head-async`, `end-module`, ... None: the script is blocked. */
  scripts?: string[];
  /** `all` (default), `none`, a tag, or `id:<example id>`. */
  examples?: string;
  /** `first`: the examples open the body (where a top banner goes) instead of following a heading. */
  place?: 'first';
  /** Leave out the examples that use this attribute (e.g. `remember`). */
  without?: string;
  csp?: 'strict' | 'strict-named-policies';
  axe?: boolean;
  lang?: string;
  /** `none`: leave out the locale files (the page has English only). Default: every shipped one. */
  locales?: 'none';
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with `promise`, or fails with `label` after `ms`: a hang names itself instead of timing out the test. */
export function withTimeout<T>(promise: Promise<T>, label: string, ms = 10000): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out: ${label}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Two animation frames (the page has rendered), or half a second if frames are not running. */
export const frames = () =>
  Promise.race([
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    sleep(500),
  ]);

export { until };

export function hostPageUrl(params: HostPageParams): string {
  const query = new URLSearchParams();
  if (params.css?.length) query.set('css', params.css.join(','));
  if (params.scripts?.length) query.set('scripts', params.scripts.join(','));
  if (params.examples) query.set('examples', params.examples);
  if (params.place) query.set('place', params.place);
  if (params.without) query.set('without', params.without);
  if (params.csp) query.set('csp', params.csp);
  if (params.axe) query.set('axe', '1');
  if (params.lang) query.set('lang', params.lang);
  if (params.locales) query.set('locales', params.locales);
  return `/__aw/host?${query}`;
}

/** Loads a frame (fixed at the top left, so the browser paints it) and resolves once its load event fired. */
export async function openFrame(src: string, width = 800, height = 600): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'host page under test';
  frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: ${height}px; border: 0; background: #fff;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await withTimeout(loaded, `loading ${src}`);
  return frame;
}

export async function openHostPage(params: HostPageParams, width = 800, height = 600): Promise<HostPage> {
  const frame = await openFrame(hostPageUrl(params), width, height);
  const win = frame.contentWindow as HostWindow;
  const doc = frame.contentDocument!;
  return {
    frame,
    window: win,
    document: doc,
    probe: win.__awProbe,
    elements: () => Array.from(doc.querySelectorAll<LitLike>(TAGS.join(','))),
    close: () => frame.remove(),
  };
}

/** Waits until every `aw-*` element in the page is defined and has rendered. */
export async function whenUpgraded(page: HostPage, timeout = 5000): Promise<void> {
  await until(
    () => page.elements().every((element) => page.window.customElements.get(element.localName)),
    `every element defined in ${page.frame.src}`,
    timeout,
  );
  await withTimeout(
    Promise.all(page.elements().map((element) => element.updateComplete)),
    `every element rendered in ${page.frame.src}`,
  );
  await frames();
}

/** The text a person sees in an element: its shadow root's text plus whatever it slots from the light DOM. */
export function visibleText(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  const parts: string[] = [];
  // Nodes come from the host page's realm, so test them by type and name, never with instanceof.
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.nodeName)) return;
    if (node.nodeName === 'SLOT') {
      const assigned = (node as HTMLSlotElement).assignedNodes({ flatten: true });
      (assigned.length ? assigned : Array.from(node.childNodes)).forEach((child) =>
        parts.push(child.textContent ?? ''),
      );
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every element of a shadow root, nested shadow roots included. */
export function shadowElements(root: ShadowRoot | null): Element[] {
  if (!root) return [];
  const found: Element[] = [];
  root.querySelectorAll('*').forEach((element) => {
    found.push(element);
    if (element.shadowRoot) found.push(...shadowElements(element.shadowRoot));
  });
  return found;
}

/** Links inside an element's shadow root, nested ones included. */
export function shadowLinks(element: Element): HTMLAnchorElement[] {
  return shadowElements(element.shadowRoot).filter(
    (node): node is HTMLAnchorElement => node.localName === 'a' && node.hasAttribute('href'),
  );
}

/** Contact links: call, text, or anything the element marks as `part="contact-link"`. */
export function contactLinks(element: Element): HTMLAnchorElement[] {
  return shadowLinks(element).filter(
    (link) =>
      /^(tel|sms):/i.test(link.getAttribute('href') ?? '') ||
      (link.getAttribute('part') ?? '').split(/\s+/).includes('contact-link'),
  );
}

/** Runs axe (loaded into the host page with `axe: true`) on the given elements, WCAG 2.2 A and AA rules. */
export async function axeViolations(page: HostPage, elements: Element[]): Promise<string[]> {
  const axe = page.window.axe;
  if (!axe) throw new Error('open the page with { axe: true }');
  const result = await axe.run(
    { include: elements },
    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
  );
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes
        .map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`)
        .join('; ')}`,
  );
}

/** The examples the README and the gallery show, compiled: `dist/esm/examples.js`, as the build wrote it. */
export interface GalleryExample {
  id: string;
  tag: Tag;
  html: string;
  testOnly?: boolean;
}
export async function loadExamples(): Promise<GalleryExample[]> {
  const url = '/dist/esm/examples.js';
  const module = (await import(/* @vite-ignore */ url)) as {
    gallery: { tag: Tag; examples: { id: string; html: string; testOnly?: boolean }[] }[];
  };
  return module.gallery.flatMap((group) => group.examples.map((example) => ({ ...example, tag: group.tag })));
}

/** The paths of every script and stylesheet the host page itself wrote: the only requests a page may make. */
export function writtenResources(page: HostPage): string[] {
  return [
    ...page.document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[href]'),
  ].map((node) => new URL('src' in node ? node.src : node.href).pathname);
}

/** The paths of every request the host page made. */
export function requestsOf(page: HostPage): string[] {
  return page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
}
