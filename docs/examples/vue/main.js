// Vue 3 renders custom elements once it is told which tags are not Vue components (`isCustomElement`).
// With Vite and single-file components, put the same function in vite.config.js instead:
//   vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('aw-') } } })
import { createApp, ref } from 'vue';
import 'awareness-widgets/hotline-banner.js';
import 'awareness-widgets/indicator-explainer.js';
// English is built in; each other language is one import (a locale pack), and only those imported are bundled.
import 'awareness-widgets/locales/es.js';

export function mount(container, { onContact, onToggle } = {}) {
  const app = createApp({
    setup() {
      const lang = ref('es');
      return {
        lang,
        contact: (event) => onContact?.(event.detail),
        toggle: (event) => onToggle?.(event.detail),
      };
    },
    template: `
      <aw-hotline-banner region="US" :lang="lang" @aw-contact="contact">
        <p>National Human Trafficking Hotline: <a href="tel:+18883737888">1-888-373-7888</a></p>
      </aw-hotline-banner>
      <aw-indicator-explainer set="warning-signs" audience="educator" :lang="lang" @aw-toggle="toggle">
        <p>Worried about a child? Call <a href="tel:+18883737888">1-888-373-7888</a>.</p>
      </aw-indicator-explainer>
    `,
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('aw-');
  app.mount(container);
  return app;
}
