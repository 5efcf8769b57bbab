/**
 * What every quick exit on a page shares: one `keydown` listener for the Shift shortcut, however many exits or
 * banners the page holds; the overlay that hides the page; and the navigation itself.
 */

/** An element that can leave the page and show how far the Shift shortcut has got. */
export interface ExitTarget {
  /** Leaves the page (or not, when a host cancels `aw-exit`). */
  exit(trigger: 'button' | 'keyboard'): void;
  /** Shows the Shift count (0 clears it); `announce` is true for one target only, so screen readers hear it once. */
  showProgress(count: number, announce: boolean): void;
}

/** Presses of Shift that leave the page, and the time they must fall within. */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 2000;

const targets = new Set<ExitTarget>();
let listening = false;
let count = 0;
let firstPressAt = 0;
let resetTimer: ReturnType<typeof setTimeout> | undefined;

/** The target the shortcut acts for: the first one on the page. */
function primary(): ExitTarget | undefined {
  return targets.values().next().value;
}

function broadcast(value: number): void {
  const first = primary();
  targets.forEach((target) => target.showProgress(value, target === first));
}

function resetCount(): void {
  clearTimeout(resetTimer);
  resetTimer = undefined;
  if (count === 0) return;
  count = 0;
  broadcast(0);
}

function onKeyDown(event: KeyboardEvent): void {
  // Any other key (a letter typed with Shift for a capital, Tab, a shortcut) breaks the sequence.
  if (event.key !== 'Shift' || event.ctrlKey || event.altKey || event.metaKey) {
    resetCount();
    return;
  }
  if (event.repeat) return; // Shift held down is one press, not many.
  const now = Date.now();
  if (count === 0 || now - firstPressAt > SHIFT_WINDOW_MS) {
    count = 0;
    firstPressAt = now;
  }
  count += 1;
  clearTimeout(resetTimer);
  if (count >= SHIFT_PRESSES) {
    const target = primary();
    resetCount();
    target?.exit('keyboard');
    return;
  }
  broadcast(count);
  resetTimer = setTimeout(resetCount, SHIFT_WINDOW_MS);
}

function onPageShow(event: PageTransitionEvent): void {
  // A page restored from the back/forward cache must not stay hidden behind the overlay.
  if (event.persisted) {
    restorePage();
    resetCount();
  }
}

export function registerExit(target: ExitTarget): void {
  targets.add(target);
  if (listening) return;
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('pageshow', onPageShow);
  listening = true;
}

export function unregisterExit(target: ExitTarget): void {
  const wasPrimary = target === primary();
  targets.delete(target);
  if (targets.size === 0 && listening) {
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('pageshow', onPageShow);
    listening = false;
    resetCount();
  } else if (wasPrimary && count > 0) {
    broadcast(count);
  }
}

let overlay: HTMLElement | undefined;

/**
 * Covers the whole page at once with a plain neutral surface, above everything (the top layer where the browser
 * has one, so even an open modal dialog is covered).
 */
export function hidePage(): void {
  if (overlay?.isConnected) return;
  const cover = document.createElement('div');
  cover.dataset.awQuickExitOverlay = '';
  cover.setAttribute('aria-hidden', 'true');
  // Set through the CSSOM, which a strict Content Security Policy allows (unlike a style attribute in markup).
  Object.assign(cover.style, {
    position: 'fixed',
    inset: '0',
    width: '100vw',
    height: '100vh',
    maxWidth: 'none',
    maxHeight: 'none',
    margin: '0',
    padding: '0',
    border: '0',
    background: '#f5f5f5',
    zIndex: '2147483647',
  });
  document.body.append(cover);
  if (typeof cover.showPopover === 'function') {
    cover.popover = 'manual';
    try {
      cover.showPopover();
    } catch {
      // The fixed position and z-index above still cover the page.
    }
  }
  overlay = cover;
}

/** Removes the overlay (after a host cancelled `aw-exit`, or when the page is restored from the cache). */
export function restorePage(): void {
  overlay?.remove();
  overlay = undefined;
}

const replaceLocation = (href: string) => window.location.replace(href);
let navigate: (href: string) => void = replaceLocation;

/**
 * For tests only: replaces the navigation (`location.replace`) with another function; call with nothing to
 * restore it. Hosts observe and cancel the exit through the `aw-exit` event instead.
 */
export function setExitNavigation(replacement?: (href: string) => void): void {
  navigate = replacement ?? replaceLocation;
}

/** Leaves for `href`, replacing this page's history entry so Back does not return to it. */
export function leaveTo(href: string): void {
  navigate(href);
}
