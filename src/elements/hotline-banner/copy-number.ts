import { isServer } from 'lit';
import type { HotlineChannel } from '../../content/hotlines.js';

/**
 * True when a channel gets a Copy button: a number to call or text, on a page with a clipboard to write to (served
 * over https or localhost). Elsewhere a Copy button could only fail, so the number stays plain text to select. A
 * server renders the button as every current browser will, so the prerendered banner and the running one are the
 * same size.
 */
export const canCopy = (channel: HotlineChannel): boolean =>
  (channel.kind === 'call' || channel.kind === 'text') && (isServer || !!navigator.clipboard);

/** What the banner says after a copy: that the number was copied, or, when the page refuses, the number itself. */
export interface CopyWords {
  copied(number: string): string;
  copyFailed(number: string): string;
}

/** Copies `number` to the clipboard and returns the confirmation to announce. */
export async function copyNumber(number: string, words: CopyWords): Promise<string> {
  try {
    await navigator.clipboard.writeText(number);
    return words.copied(number);
  } catch {
    // Refused (a frame without the clipboard-write permission): the announcement then says the number itself.
    return words.copyFailed(number);
  }
}
