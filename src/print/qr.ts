import qrcode from 'qrcode-generator';
import { html } from 'lit';

/** The quiet zone around a code, in modules: the QR standard asks for four. */
const QUIET_ZONE = 4;

/**
 * A QR code for `text` as an SVG drawing, made in the page (qrcode-generator, no network). Error correction M
 * survives a crease or a smudge on a notice board. The drawing scales to the box the style sheet gives it; modules
 * are drawn as one path, black on white, with `shape-rendering: crispEdges` so no edge is blurred in print.
 */
export function qrDrawing(text: string, label: string) {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const size = count + QUIET_ZONE * 2;
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let column = 0; column < count; column++) {
      if (code.isDark(row, column)) path += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return html`<svg
    class="qr"
    viewBox="0 0 ${size} ${size}"
    role="img"
    aria-label=${label}
    data-qr=${text}
    shape-rendering="crispEdges"
  >
    <rect width=${size} height=${size} fill="#fff"></rect>
    <path d=${path} fill="#000"></path>
  </svg>`;
}
