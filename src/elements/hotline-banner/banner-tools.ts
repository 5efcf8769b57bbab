import { html, nothing } from 'lit';
import type { Messages } from '../../content/locales/index.js';

/** What the tools read from the banner: its attributes. */
export interface BannerToolsHost {
  readonly quickExit?: string | null;
  readonly theme?: string;
  readonly dismissible: boolean;
}

/**
 * The banner's corner tools, each only when asked for: a quick exit (`quick-exit`, its value the neutral site to
 * leave for, in the banner's theme) and a close button (`dismissible`).
 */
export function renderTools(host: BannerToolsHost, words: Messages['hotlines'], dismiss: () => void) {
  if (host.quickExit == null && !host.dismissible) return nothing;
  return html`<div class="tools">
    ${
      host.quickExit != null
        ? html`<aw-quick-exit
            class="quick-exit"
            href=${host.quickExit || nothing}
            theme=${host.theme ?? nothing}
          ></aw-quick-exit>`
        : nothing
    }
    ${
      host.dismissible
        ? html`<button
            type="button"
            class="dismiss"
            part="dismiss-button"
            aria-label=${words.dismiss}
            @click=${dismiss}
          >
            <span aria-hidden="true">×</span>
          </button>`
        : nothing
    }
  </div>`;
}
