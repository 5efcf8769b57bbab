import sinon from 'sinon';

/**
 * A fake clock for tests of timed behaviour (the fact card's rotation), from Sinon's fake timers: while it is
 * installed, `setTimeout`, `clearTimeout`, `setInterval` and `clearInterval` are the clock's, and time moves only
 * when the test calls `tick(ms)`, which runs every timer that falls due, in order. `Date`, `performance` and
 * animation frames stay real, so Lit's rendering and the browser's own waits are untouched.
 */
export interface Clock {
  /** Moves time on by `ms`, running each timer that falls due on the way (timers they set included). */
  tick(ms: number): void;
  /** Gives the page its real timers back and forgets every fake one. */
  uninstall(): void;
}

/** Installs the fake clock; call `uninstall()` after the test (in an `afterEach`, so a failing test does too). */
export function installClock(): Clock {
  const clock = sinon.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
  return {
    tick: (ms) => void clock.tick(ms),
    uninstall: () => clock.restore(),
  };
}
