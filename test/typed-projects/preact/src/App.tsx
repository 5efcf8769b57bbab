// Every element, with attributes of each kind and a handler for each event, as a Preact app writes them. Only
// the per-element imports: the package root is never imported, so the event types come from each element's module.
import 'awareness-widgets/fact-card.js';
import 'awareness-widgets/hotline-banner.js';
import 'awareness-widgets/quick-exit.js';
import 'awareness-widgets/indicator-explainer.js';
import type {} from 'awareness-widgets/preact';
import { useRef } from 'preact/hooks';
import type { HotlineBannerElement } from 'awareness-widgets/hotline-banner.js';

export function App() {
  const banner = useRef<HotlineBannerElement>(null);
  return (
    <main class="help">
      <aw-fact-card fact="reports-2021" variant="compact" theme="dark" />
      <aw-fact-card
        topic="runaways"
        rotate
        interval={10}
        onaw-fact-change={(event) => console.log(event.detail.id, event.detail.index, event.detail.reason)}
      />
      <aw-hotline-banner
        ref={banner}
        id="help"
        region="CA"
        audience="youth"
        position="top"
        hotline="ncmec,us-emergency"
        dismissible
        remember="30"
        quick-exit="/safe.html"
        onaw-contact={(event) => console.log(event.detail.hotline, event.detail.channel, event.detail.href)}
        onaw-dismiss={(event) => console.log(event.detail.rememberDays)}
        onaw-exit={(event) => console.log(event.detail.trigger)}
      />
      <aw-quick-exit
        href="https://example.org/"
        position="fixed"
        onaw-exit={(event) => {
          if (event.detail.trigger === 'keyboard') event.preventDefault();
        }}
      />
      <aw-indicator-explainer
        set="grooming"
        audience="educator"
        region="UK"
        open
        heading-level={3}
        onaw-toggle={(event) => console.log(event.detail.id, event.detail.open, event.detail.set)}
        onaw-contact={(event) => console.log(event.detail.channel)}
      />
    </main>
  );
}
