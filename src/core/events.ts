/** Every event the library sends bubbles and crosses shadow roots, so a host can listen on `document`. */
export function emit<T>(target: EventTarget, type: `aw-${string}`, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}
