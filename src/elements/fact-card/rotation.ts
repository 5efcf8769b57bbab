import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type FactChangeDetail } from '../../core/events.js';

/** What the fact card reads from its rotation while it renders, and how it steers it. */
export interface Rotation extends ReactiveController {
  /** The fact shown, counted from 0. */
  readonly index: number;
  /** True when the reader has paused the rotation (or it started paused because they prefer reduced motion). */
  readonly paused: boolean;
  /** True while the figures move on their own: more than one, not paused, no pointer or focus inside. */
  readonly running: boolean;
  /** Once per update: the ids of the facts shown, in order, and the seconds each stays. A new list starts at 0. */
  set(ids: readonly string[], seconds: number): void;
  /** Shows the fact `by` places on (wrapping round) and sends `aw-fact-change`. */
  step(by: number, reason: FactChangeDetail['reason']): void;
  /** Pause, or Play. */
  toggle(): void;
}

// Why the figures hold still: any one of these stops the timer.
/** The reader pressed Pause (or asked for reduced motion); only Play undoes it. */
const PAUSED = 1;
const POINTER_INSIDE = 2;
const FOCUS_INSIDE = 4;

/**
 * The fact card's rotation: one timer at most, which moves to the next fact after `seconds` and holds still while
 * the reader has paused it, points at the card or has focus inside it. Under reduced motion it starts paused and
 * waits for Play: no motion the reader did not start.
 */
export function rotation(host: ReactiveControllerHost & HTMLElement): Rotation {
  let ids: readonly string[] = [];
  let seconds = 0;
  let index = 0;
  let holds = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerKey: string | undefined;
  let motion: MediaQueryList | undefined;

  const hold = (reason: number, on: boolean) => {
    const next = on ? holds | reason : holds & ~reason;
    if (next === holds) return;
    holds = next;
    host.requestUpdate();
  };
  const onMotionPreference = (event: MediaQueryListEvent) => event.matches && hold(PAUSED, true);
  const stop = () => {
    clearTimeout(timer);
    timerKey = undefined;
  };

  host.addEventListener('pointerenter', () => hold(POINTER_INSIDE, true));
  host.addEventListener('pointerleave', () => hold(POINTER_INSIDE, false));
  host.addEventListener('focusin', () => hold(FOCUS_INSIDE, true));
  host.addEventListener('focusout', (event: FocusEvent) => {
    // A move between two buttons inside is retargeted to the host itself.
    const next = event.relatedTarget as Node | null;
    hold(FOCUS_INSIDE, !!next && (next === host || host.contains(next)));
  });

  const controller: Rotation = {
    get index() {
      return index;
    },
    get paused() {
      return !!(holds & PAUSED);
    },
    get running() {
      return ids.length > 1 && !holds;
    },
    set(next, nextSeconds) {
      if (next.join(' ') !== ids.join(' ')) index = 0;
      ids = next;
      seconds = nextSeconds;
    },
    step(by, reason) {
      const total = ids.length;
      if (total < 2) return;
      index = (index + by + total) % total;
      emit(host, 'aw-fact-change', { id: ids[index], index, total, reason });
      host.requestUpdate();
    },
    toggle() {
      hold(PAUSED, !(holds & PAUSED));
    },
    hostConnected() {
      motion = window.matchMedia?.('(prefers-reduced-motion: reduce)');
      if (motion?.matches) hold(PAUSED, true);
      motion?.addEventListener?.('change', onMotionPreference);
    },
    // Replaced whenever the figure, the interval or the running state changes.
    hostUpdated() {
      const key = controller.running ? `${index}|${seconds}` : undefined;
      if (key === timerKey) return;
      stop();
      if (!key) return;
      timerKey = key;
      timer = setTimeout(() => {
        timerKey = undefined;
        controller.step(1, 'auto');
      }, seconds * 1000);
    },
    hostDisconnected() {
      stop();
      motion?.removeEventListener?.('change', onMotionPreference);
    },
  };
  host.addController(controller);
  return controller;
}
