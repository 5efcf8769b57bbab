import { executeServerCommand } from '@web/test-runner-commands';

export type MediaFeature = { name: string; value: string };

/**
 * Emulates CSS media features such as `forced-colors: active` (Chromium only). Resolves to false where the browser
 * cannot emulate them, so a test can skip itself with a reason instead of passing vacuously.
 */
export function emulateMediaFeatures(features: MediaFeature[]): Promise<boolean> {
  return executeServerCommand<boolean, { features: MediaFeature[] }>('emulate-media-features', { features });
}

/**
 * Emulates the print or screen media type, or the reader's motion preference (Chromium only). Resolves to false
 * where the browser cannot, without the stack trace the stock `emulateMedia` command logs there.
 */
export function emulateMedia(options: {
  media?: 'print' | 'screen';
  reducedMotion?: 'reduce' | 'no-preference';
}): Promise<boolean> {
  return executeServerCommand<boolean, typeof options>('emulate-page-media', options);
}
