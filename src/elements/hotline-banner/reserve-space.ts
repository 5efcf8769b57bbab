/**
 * A banner fixed to the top or bottom of the window must not hide the page. Where it stands at that very edge of
 * the page (first in `<body>` for `top`, last for `bottom`, as the README asks), its host keeps the banner's height
 * in the flow, exactly where the fallback text stood, so nothing moves when the script upgrades it. Anywhere else,
 * the body gets padding equal to the banner's height. Either way the document gets the same `scroll-padding`, so an
 * element that receives focus is scrolled clear of the banner, a ResizeObserver keeps the room equal to the height,
 * and everything is put back when the banner goes. A top banner also gives its height to the page as
 * `--_aw-fixed-top`, so a fixed `<aw-quick-exit>` (which stands above everything) sits below it, not over its
 * close button.
 */
export interface SpaceReservation {
  readonly side: 'top' | 'bottom';
  /** Measures again (after the banner re-rendered); the ResizeObserver covers every other change of size. */
  measure(): void;
  release(): void;
}

// One banner per edge reserves space; a second banner on the same edge would only double the padding.
const owners = new Map<'top' | 'bottom', SpaceReservation>();

/** The custom property that tells a fixed quick exit how far down a top banner reaches. */
const FIXED_TOP = '--_aw-fixed-top';

const INVISIBLE = new Set(['script', 'style', 'link', 'meta', 'template', 'noscript']);

/** True when nothing visible stands between the element and that edge of the body. */
function standsAtEdge(element: Element, side: 'top' | 'bottom'): boolean {
  let node: Element | null = element;
  while (node && node !== document.body) {
    const parent: Element | null = node.parentElement;
    if (!parent) return false;
    for (let sibling = side === 'top' ? node.previousElementSibling : node.nextElementSibling; sibling;) {
      if (!INVISIBLE.has(sibling.localName) && !(sibling as HTMLElement).hidden) return false;
      sibling = side === 'top' ? sibling.previousElementSibling : sibling.nextElementSibling;
    }
    node = parent;
  }
  return node === document.body;
}

export function reserveSpace(
  side: 'top' | 'bottom',
  banner: HTMLElement,
  fallbackHeight = 0,
): SpaceReservation | undefined {
  if (owners.has(side) || typeof document === 'undefined') return undefined;
  const host = (banner.getRootNode() as ShadowRoot).host as HTMLElement;
  const inPlace = standsAtEdge(host, side);
  const body = document.body;
  const root = document.documentElement;
  const paddingProperty = side === 'top' ? 'padding-block-start' : 'padding-block-end';
  const scrollProperty = side === 'top' ? 'scroll-padding-block-start' : 'scroll-padding-block-end';
  const saved = inPlace
    ? host.style.getPropertyValue('min-block-size')
    : body.style.getPropertyValue(paddingProperty);
  const savedScroll = root.style.getPropertyValue(scrollProperty);
  const basePadding = inPlace ? 0 : parseFloat(getComputedStyle(body).getPropertyValue(paddingProperty)) || 0;

  // The fallback a reader already saw is often taller than the compact bar. At the top of the page its room is kept
  // (the bar stands over the top of it), so nothing below moves when the script arrives.
  const kept = inPlace && side === 'top' ? fallbackHeight : 0;
  const apply = () => {
    const height = Math.ceil(banner.getBoundingClientRect().height);
    if (inPlace) host.style.setProperty('min-block-size', `${Math.max(height, kept)}px`);
    else body.style.setProperty(paddingProperty, `${basePadding + height}px`);
    root.style.setProperty(scrollProperty, `${height + 8}px`);
    if (side === 'top') root.style.setProperty(FIXED_TOP, `${height}px`);
  };
  apply();
  const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(apply);
  observer?.observe(banner);

  const reservation: SpaceReservation = {
    side,
    measure: apply,
    release() {
      observer?.disconnect();
      if (inPlace) host.style.setProperty('min-block-size', saved);
      else body.style.setProperty(paddingProperty, saved);
      root.style.setProperty(scrollProperty, savedScroll);
      root.style.removeProperty(FIXED_TOP);
      owners.delete(side);
    },
  };
  owners.set(side, reservation);
  return reservation;
}
