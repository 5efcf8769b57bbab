// A web-test-runner command that emulates any CSS media feature, including `forced-colors` and `prefers-contrast`,
// which neither the stock `emulateMedia` command nor puppeteer's own check accepts. It speaks to Chromium's
// DevTools protocol directly; other browsers answer `false` so a test can skip itself with a reason.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.name?.toLowerCase().includes('chrom')) {
        return false;
      }
      const page = session.browser.getPage(session.id);
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
