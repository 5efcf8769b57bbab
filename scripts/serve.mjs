// The one server for the gallery (`npm start`), the benchmarks, the print check and the extension check:
// @web/dev-server serving the files under a root as they are, with no plugins and no injected script, so what works
// here works on any static host. `npm start` serves the checkout on http://127.0.0.1:8000/ (HOST and PORT change
// that); the checks import `startServer` and run it on a free port.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDevServer } from '@web/dev-server';

/**
 * Refuses, before @web/dev-server sees it, any path that does not decode (400), that climbs out of the root with
 * `..` after decoding, with either slash, or that uses the dev server's own way out of its root dir (403), and any
 * hidden file such as `.git/` (404).
 */
function stayInsideRoot() {
  return async (ctx, next) => {
    let path;
    try {
      path = decodeURIComponent(ctx.path);
    } catch {
      ctx.status = 400;
      ctx.body = 'Bad request';
      return;
    }
    const segments = path.split(/[\\/]/);
    if (path.includes('\0') || segments.includes('..') || path.startsWith('/__wds-outside-root__')) {
      ctx.status = 403;
      ctx.body = 'Forbidden';
      return;
    }
    if (segments.some((segment) => segment.startsWith('.'))) {
      ctx.status = 404;
      ctx.body = 'Not found';
      return;
    }
    await next();
  };
}

/** `/` answers with a redirect to `home` (a path under the root) when one is given. */
function redirectHome(home) {
  return async (ctx, next) => {
    if (ctx.path === '/') ctx.redirect(`/${home.replace(/^\//, '')}`);
    else await next();
  };
}

/**
 * Serves the files under `root` on `host` (127.0.0.1 unless told; only that address, never every interface).
 * `port: 0` picks a free port. Resolves to the listening server, its port, base URL (ending in `/`) and a `close()`
 * that stops it.
 */
export async function startServer({ root = '.', port = 0, host = '127.0.0.1', home } = {}) {
  const devServer = await startDevServer({
    config: {
      rootDir: resolve(root),
      port,
      // The dev server binds every interface when asked for localhost or 127.0.0.1, so it gets no socket of its own:
      // its request handler runs on the server below, which listens on exactly the host asked for.
      middlewareMode: true,
      injectWebSocket: false,
      disableFileWatcher: true,
      watch: false,
      // JavaScript as RFC 9239 names it, as before; every other type comes from the file's extension.
      mimeTypes: { '**/*.js': 'text/javascript', '**/*.mjs': 'text/javascript' },
      middleware: [stayInsideRoot(), ...(home ? [redirectHome(home)] : [])],
    },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  const server = createServer(devServer.koaApp.callback());
  try {
    await new Promise((listening, failed) => {
      server.once('error', failed);
      server.listen({ port, host }, listening);
    });
  } catch (error) {
    await devServer.stop();
    throw error;
  }
  const { address, port: actualPort } = server.address();
  const shown = address === '0.0.0.0' ? '127.0.0.1' : address === '::' ? '::1' : address;
  let closing;
  return {
    server,
    host: address,
    port: actualPort,
    url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${actualPort}/`,
    close: () =>
      (closing ??= Promise.all([
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
        devServer.stop(),
      ]).then(() => undefined)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const host = process.env.HOST || '127.0.0.1';
  const port = Number(process.env.PORT || 8000);
  let running;
  try {
    running = await startServer({ host, port, home: 'demo/' });
  } catch (error) {
    console.error(
      `Cannot serve on ${host}:${port}: ${error.code ?? error.message}. Set HOST or PORT to change.`,
    );
    process.exit(1);
  }
  console.log(`Demo gallery: ${running.url}demo/`);
  console.log('Press Ctrl+C to stop.');

  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, stop);
  // `npm start` runs this with `exec`, so the parent is npm itself: when npm dies without passing on a signal (kill
  // -9, a closed terminal), this process is handed to another parent, and stops too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 500).unref();
}
