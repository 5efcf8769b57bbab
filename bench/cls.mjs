// Cumulative Layout Shift as Core Web Vitals scores it (web.dev/articles/cls, the `web-vitals` library's onCLS):
// layout-shift entries with recent input are dropped; the rest are grouped into session windows, a window taking
// the next entry while that entry starts less than 1 s after the window's last entry and less than 5 s after its
// first; the page's score is the largest window's sum. Pure functions, so test/ssr/cls-window.test.mjs can check
// them on hand-made entry lists.

/** A gap of this long (or longer) between two shifts closes the window. */
export const SESSION_GAP_MS = 1000;
/** A window is at most this long, from its first shift's start. */
export const SESSION_MAX_MS = 5000;

/**
 * Groups `layout-shift` entries (`{ value, startTime, hadRecentInput }`, any extra fields kept) into session
 * windows, in time order. Entries with recent input are left out.
 * @returns {{ start: number, end: number, value: number, entries: object[] }[]}
 */
export function sessionWindows(entries) {
  const counted = entries.filter((entry) => !entry.hadRecentInput).sort((a, b) => a.startTime - b.startTime);
  const windows = [];
  for (const entry of counted) {
    const current = windows.at(-1);
    if (
      current &&
      entry.startTime - current.end < SESSION_GAP_MS &&
      entry.startTime - current.start < SESSION_MAX_MS
    ) {
      current.value += entry.value;
      current.end = entry.startTime;
      current.entries.push(entry);
    } else
      windows.push({ start: entry.startTime, end: entry.startTime, value: entry.value, entries: [entry] });
  }
  return windows;
}

/**
 * The Core Web Vitals layout shift score: the largest session window (the first of equal ones). No shift at all
 * gives `{ value: 0, entries: [] }`.
 */
export function largestSessionWindow(entries) {
  return sessionWindows(entries).reduce(
    (largest, window) => (window.value > largest.value ? window : largest),
    {
      start: null,
      end: null,
      value: 0,
      entries: [],
    },
  );
}
