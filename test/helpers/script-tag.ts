import { resetPageDefaults } from '../../src/core/page-defaults.js';

/**
 * Puts a drop-in script tag with these `data-*` defaults (`{ region: 'GB' }` → `data-region="GB"`) in the page for
 * the length of `run`, then takes it away, so page defaults never leak into the next test.
 */
export async function withScriptTag(data: Record<string, string>, run: () => Promise<void>): Promise<void> {
  const script = document.createElement('script');
  script.dataset.awarenessWidgets = '';
  Object.assign(script.dataset, data);
  document.head.append(script);
  resetPageDefaults();
  try {
    await run();
  } finally {
    script.remove();
    resetPageDefaults();
  }
}
