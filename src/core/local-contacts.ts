import { css, html, isServer, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { emit } from './events.js';
import {
  classifyLocalContact,
  plainContactText,
  textShowsNumber,
  type LocalContactLink,
} from './local-contact.js';
import { quote, warnOnce } from './warn.js';

/** One of the partner's `<a slot="local-contact">` links, read as plain text and judged by `classifyLocalContact`. */
export interface LocalContact {
  readonly name: string;
  readonly detail: string;
  readonly link: LocalContactLink;
  /** The language the partner wrote it in (the nearest `lang`): the element never translates it. */
  readonly lang?: string;
}

/**
 * Reads the host's `slot="local-contact"` children into `contacts`, and again whenever they change (added, removed,
 * a new `href`, text or `data-detail`), then re-renders the host. Only in a browser: a server has no light DOM to
 * read, so it renders the national lines alone.
 */
export class LocalContacts implements ReactiveController {
  contacts: readonly LocalContact[] = [];
  #observer?: MutationObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.#read();
    this.#observer = new MutationObserver(() => this.#read());
    this.#observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['href', 'slot', 'data-detail', 'lang'],
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #read(): void {
    const host = this.host;
    this.contacts = [...host.querySelectorAll(':scope > [slot="local-contact"]')].map((element) => {
      const name = plainContactText(element.textContent);
      const link = classifyLocalContact(element.getAttribute('href'), document.baseURI);
      // warnOnce keeps this to one line per link, however often the contacts are read again.
      if (!link.accepted) warnOnce(`${link.reason} ${quote(name)} is shown as plain text.`, host);
      return {
        name,
        detail: plainContactText(element.getAttribute('data-detail')),
        link,
        lang: element.closest<HTMLElement>('[lang]')?.lang,
      };
    });
    host.requestUpdate();
  }
}

const contains = (text: string, part: string) => text.toLowerCase().includes(part.toLowerCase());

/**
 * The partner's contacts as one labelled group, in the element's own link style (`linkClass`). Names and details are text bindings, so markup in them is shown, never run.
 */
export function renderLocalContacts(
  host: HTMLElement,
  contacts: readonly LocalContact[],
  words: { localLabel: string; localNote: string },
  linkClass: string,
) {
  return html`<p class="local-label" id="local-label">${words.localLabel}</p>
    <p class="local-note">${words.localNote}</p>
    <ul class="local-list" aria-labelledby="local-label">
      ${contacts.map(({ name, detail, link, lang }) => {
        if (!link.accepted && !name) return nothing;
        let body: unknown = name;
        if (link.accepted) {
          const { kind, href, address } = link;
          const phone = kind === 'call' || kind === 'text';
          const shown = name && (phone ? textShowsNumber(name, address) : contains(name, address));
          const channel = phone ? kind : 'web';
          body = html`<a
            class="${linkClass} local-link"
            part="contact-link local-contact-link"
            href=${href}
            @click=${() => emit(host, 'aw-contact', { local: true, channel, href })}
            >${name}${
              shown
                ? nothing
                : html` <span class=${phone ? 'number' : 'address'}>${plainContactText(address, 80)}</span>`
            }</a
          >`;
        }
        return html`<li class="local-contact" lang=${lang || nothing}>
          ${body} ${detail ? html`<span class="local-detail">${detail}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
}

/** What both elements add for the group; links take each element's own contact style. */
export const localContactStyles = css`
  .local-label {
    font-weight: 700;
  }
  .local-note {
    font-size: 0.875em;
  }
  .local-list {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .local-contact {
    overflow-wrap: anywhere;
  }
  .local-link {
    flex-wrap: wrap;
    column-gap: 0.3em;
  }
  .local-detail {
    display: block;
  }
`;
