import { html, isServer, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Messages } from '../../content/locales/index.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';

/** A partner's own figure, read from the light DOM. */
export interface PartnerCitation {
  sourceText: string;
  /** Null when no link was given or the link was refused. */
  sourceHref: string | null;
  yearText: string;
}

const child = (host: Element, slot: string) => host.querySelector(`:scope > [slot="${slot}"]`);
const plainText = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The partner's `slot="figure"` child, or null when the card has none. */
export function partnerFigure(host: Element): Element | null {
  // A server renderer does not give an element its light DOM: a prerendered card shows a built-in figure.
  return isServer ? null : child(host, 'figure');
}

/** The source and year the partner wrote beside its figure; one warning names what is missing. */
function readPartnerCitation(host: Element): PartnerCitation {
  const source = child(host, 'source');
  const sourceText = plainText(source);
  const yearText = plainText(child(host, 'year'));
  const rawHref = source?.getAttribute('href');
  const gaps = [!sourceText && 'slot="source"', !yearText && 'slot="year"'].filter(Boolean);
  if (gaps.length) warnOnce(`The figure has no ${gaps.join(' and no ')}.`, host);
  return {
    sourceText,
    sourceHref: rawHref == null ? null : safeUrl(rawHref, host),
    yearText,
  };
}

/** Renders the host again whenever a partner writes its figure, or a framework rewrites it, after the card is on the page. */
export function watchPartnerFigure(host: ReactiveElement): void {
  let observer: MutationObserver | undefined;
  host.addController({
    hostConnected() {
      observer = new MutationObserver(() => host.requestUpdate());
      observer.observe(host, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['slot', 'href'],
      });
    },
    hostDisconnected() {
      observer?.disconnect();
    },
  });
}

// Lit calls an event listener with the host as `this`; one function, so the listener is not replaced on each render.
function onSlotChange(this: ReactiveElement): void {
  this.requestUpdate();
}

/** The partner's figure and sentence, projected, and the source and year it wrote, as the card's citation. */
export function renderPartnerFigure(
  host: ReactiveElement,
  { common, factCard }: Pick<Messages, 'common' | 'factCard'>,
): TemplateResult {
  const citation = readPartnerCitation(host);
  const year = /^\d{4}$/.test(citation.yearText)
    ? common.dataYear(Number(citation.yearText))
    : citation.yearText;
  const source = !citation.sourceText
    ? factCard.noSource
    : citation.sourceHref
      ? html`<a part="source-link" href=${citation.sourceHref}>${citation.sourceText}</a>`
      : citation.sourceText;
  return html`<div class="card" part="card">
    <div class="figure" part="figure"><slot name="figure" @slotchange=${onSlotChange}></slot></div>
    <div class="sentence" part="sentence"><slot name="sentence"></slot></div>
    <p class="citation" part="citation">
      ${common.source}: ${source}${year ? html`, <span class="year">${year}</span>` : nothing}.
    </p>
  </div>`;
}
