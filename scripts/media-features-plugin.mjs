// Web-test-runner commands that emulate media in Chromium and answer `false` elsewhere, so a test can skip itself
// with a reason. `emulate-media-features` takes any CSS media feature, including `forced-colors` and
// `prefers-contrast`, which neither the stock `emulateMedia` command nor puppeteer's own check accepts (it speaks to
// Chromium's DevTools protocol directly); `emulate-page-media` sets the media type (`print`) or reduced motion.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features' && command !== 'emulate-page-media') return undefined;
      // Asked of a browser that cannot (Firefox over WebDriver BiDi), the stock command fails with a stack trace
      // in the log of a green run; here the answer is a quiet `false` and the test reports itself skipped.
      if (session.browser.type !== 'puppeteer' || !session.browser.name?.toLowerCase().includes('chrom')) {
        return false;
      }
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-page-media') {
        // Puppeteer's own calls, so they share state with the stock `emulateMedia` command.
        if (payload.media !== undefined) await page.emulateMediaType(payload.media || undefined);
        if (payload.reducedMotion !== undefined) {
          await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: payload.reducedMotion }]);
        }
        return true;
      }
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload.features ?? [] });
      return true;
    },
  };
}
