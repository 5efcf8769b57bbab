// A plain static file server for the demo gallery: no build-time magic, so what works here works on any static host.
// `node scripts/serve.mjs` serves the checkout on http://localhost:8000/; the benchmarks import `startServer` and
// run it on a free port instead.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Serves the files under `root` on 127.0.0.1. `port: 0` picks a free port. Resolves to the listening server, its
 * base URL (ending in `/`) and a `close()` that stops it.
 */
export function startServer({ root = '.', port = 0 } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, '127.0.0.1', () => {
      const { port: actualPort } = server.address();
      resolveStart({
        server,
        port: actualPort,
        url: `http://127.0.0.1:${actualPort}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { port } = await startServer({ port: Number(process.env.PORT ?? 8000) });
  console.log(`Demo gallery: http://localhost:${port}/demo/`);
  console.log('Press Ctrl+C to stop.');
}
