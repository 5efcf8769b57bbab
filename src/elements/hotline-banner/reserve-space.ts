/**
 * A banner fixed to the top or bottom of the window must not hide the page: the body gets padding equal to the
 * banner's height (kept up to date with a ResizeObserver), and the document gets the same `scroll-padding`, so an
 * element that receives focus is scrolled clear of the banner. Everything is put back when the banner goes.
 */
export interface SpaceReservation {
  readonly side: 'top' | 'bottom';
  /** Measures again (after the banner re-rendered); the ResizeObserver covers every other change of size. */
  measure(): void;
  release(): void;
}

// One banner per edge reserves space; a second banner on the same edge would only double the padding.
const owners = new Map<'top' | 'bottom', SpaceReservation>();

export function reserveSpace(side: 'top' | 'bottom', banner: HTMLElement): SpaceReservation | undefined {
  if (owners.has(side) || typeof document === 'undefined') return undefined;
  const body = document.body;
  const root = document.documentElement;
  const paddingProperty = side === 'top' ? 'padding-block-start' : 'padding-block-end';
  const scrollProperty = side === 'top' ? 'scroll-padding-block-start' : 'scroll-padding-block-end';
  const savedPadding = body.style.getPropertyValue(paddingProperty);
  const savedScroll = root.style.getPropertyValue(scrollProperty);
  const basePadding = parseFloat(getComputedStyle(body).getPropertyValue(paddingProperty)) || 0;

  const apply = () => {
    const height = Math.ceil(banner.getBoundingClientRect().height);
    body.style.setProperty(paddingProperty, `${basePadding + height}px`);
    root.style.setProperty(scrollProperty, `${height + 8}px`);
  };
  apply();
  const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(apply);
  observer?.observe(banner);

  const reservation: SpaceReservation = {
    side,
    measure: apply,
    release() {
      observer?.disconnect();
      body.style.setProperty(paddingProperty, savedPadding);
      root.style.setProperty(scrollProperty, savedScroll);
      owners.delete(side);
    },
  };
  owners.set(side, reservation);
  return reservation;
}
