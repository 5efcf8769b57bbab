import { waitUntil } from '@open-wc/testing';

/**
 * Waits until `condition` holds, failing with `message` after `timeout` ms: @open-wc/testing's `waitUntil` with the
 * longer timeout that pages loaded in a frame (the builder, the docs, host pages) need on a busy machine.
 */
export function until(condition: () => unknown, message: string, timeout = 8000): Promise<void> {
  return waitUntil(condition, `timed out: ${message}`, { timeout, interval: 20 });
}
