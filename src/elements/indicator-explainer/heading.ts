import { html, nothing } from 'lit';

/** A real `<h2>`…`<h6>` at `level`: one small template per level, so no static-html runtime is bundled. */
export function heading(level: number, className: string, part: string | typeof nothing, content: unknown) {
  switch (level) {
    case 2:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
  }
}
