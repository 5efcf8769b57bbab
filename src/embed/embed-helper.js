// awareness-widgets embed helper (optional). Sizes each <iframe> whose src contains "embed.html" to the height its
// page reports with postMessage({ type: 'aw-embed-height', height }). A message counts only if it comes from that
// frame's own window and origin. Without this file the frame keeps the height written in its `height` attribute.
(() => {
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'aw-embed-height' || typeof data.height !== 'number' || !(data.height >= 0))
      return;
    for (const frame of document.querySelectorAll('iframe[src*="embed.html"]')) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) continue;
      frame.style.height = `${Math.min(Math.ceil(data.height), 20000)}px`;
    }
  });
})();
