// The layout shift score the benchmark reports (bench/cls.mjs) groups shifts the way Core Web Vitals does: a
// session window closes after a 1 s gap or once it is 5 s long, entries with recent input do not count, and the
// score is the largest window's sum, not the sum of every shift.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { largestSessionWindow, sessionWindows } from '../../bench/cls.mjs';

const shift = (startTime, value, hadRecentInput = false) => ({ startTime, value, hadRecentInput });
const close = (actual, expected) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≈ ${expected}`);

describe('layout shift session windows (Core Web Vitals)', () => {
  it('scores 0 when nothing moved', () => {
    assert.equal(largestSessionWindow([]).value, 0);
    assert.deepEqual(sessionWindows([]), []);
  });

  it('adds up shifts less than 1 s apart into one window', () => {
    const windows = sessionWindows([shift(100, 0.02), shift(900, 0.03), shift(1800, 0.01)]);
    assert.equal(windows.length, 1);
    close(windows[0].value, 0.06);
    assert.equal(windows[0].start, 100);
    assert.equal(windows[0].end, 1800);
  });

  it('starts a new window after a gap of 1 s or more, and scores the larger window', () => {
    const entries = [shift(100, 0.04), shift(1100, 0.05), shift(1500, 0.02)];
    const windows = sessionWindows(entries);
    assert.deepEqual(
      windows.map((window) => window.entries.length),
      [1, 2],
    );
    const largest = largestSessionWindow(entries);
    close(largest.value, 0.07);
    assert.equal(largest.start, 1100);
  });

  it('closes a window once it is 5 s long, even while shifts keep coming', () => {
    // One shift every 900 ms: never a 1 s gap, but the shift at 5,400 ms is 5 s after the first one.
    const entries = [0, 900, 1800, 2700, 3600, 4500, 5400, 6300].map((time) => shift(time + 400, 0.01));
    const windows = sessionWindows(entries);
    assert.deepEqual(
      windows.map((window) => window.entries.length),
      [6, 2],
    );
    close(largestSessionWindow(entries).value, 0.06);
  });

  it('leaves out shifts that follow the reader’s input', () => {
    const entries = [shift(200, 0.3, true), shift(400, 0.01), shift(3000, 0.2, true)];
    close(largestSessionWindow(entries).value, 0.01);
    assert.equal(sessionWindows(entries).length, 1);
  });

  it('does not let an input shift bridge two windows', () => {
    // Without the input shift at 1,000 ms the two others are 1.4 s apart: two windows, not one.
    const entries = [shift(300, 0.03), shift(1000, 0.5, true), shift(1700, 0.04)];
    assert.equal(sessionWindows(entries).length, 2);
    close(largestSessionWindow(entries).value, 0.04);
  });

  it('reads entries in time order whatever order they come in', () => {
    const entries = [shift(2500, 0.02), shift(100, 0.01), shift(2000, 0.03)];
    const windows = sessionWindows(entries);
    assert.equal(windows.length, 2);
    close(windows[1].value, 0.05);
  });
});
