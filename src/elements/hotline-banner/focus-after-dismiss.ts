// What can take focus: `:enabled` is every form control that is not disabled.
const FOCUSABLE =
  'a[href],:is(button,input:not([type=hidden]),select,textarea):enabled,summary,[tabindex]:not([tabindex="-1"])';

const isVisible = (element: Element) => element.getClientRects().length > 0;

/**
 * Remembers where focus came from before it entered `host`, and returns the function that says where focus goes
 * when `host` closes: back where it came from; else the next focusable thing after `host`; else the page's main
 * content (made focusable); else the last focusable thing before it.
 */
export function focusAfterDismiss(host: HTMLElement): () => HTMLElement | null {
  let origin: Element | null = null;
  host.addEventListener('focusin', (event: FocusEvent) => {
    const from = event.relatedTarget;
    if (from instanceof Element && !host.contains(from) && from !== host) origin = from;
  });
  return () => {
    if (origin instanceof HTMLElement && origin.isConnected && origin !== document.body) return origin;
    const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element !== host && !host.contains(element) && isVisible(element),
    );
    const after = candidates.find(
      (element) => host.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    if (after) return after;
    const main = document.querySelector<HTMLElement>('main, [role="main"], h1');
    if (main) {
      if (!main.matches(FOCUSABLE)) main.tabIndex = -1;
      return main;
    }
    return candidates.at(-1) ?? null;
  };
}
