// addEventListener with a per-element import only: event.detail is typed on the element and on document.
import 'awareness-widgets/hotline-banner.js';

export function count(): void {
  const banner = document.querySelector('aw-hotline-banner');
  banner?.addEventListener('aw-contact', (event) => console.log(event.detail.channel));
  document.addEventListener('aw-dismiss', (event) => console.log(event.detail.rememberDays ?? 'not stored'));
}
