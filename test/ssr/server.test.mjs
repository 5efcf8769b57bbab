// The dev server behind `npm start`, the benchmarks and the print check (scripts/serve.mjs): it serves the files
// under its root and nothing outside, answers a malformed URL and keeps serving, listens only on the host it is
// given, and stops with the process that started it. Requests go out raw (node:http), so `..` and `%2e%2e` reach
// the server as written instead of being tidied by a URL parser first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const serveScript = join(projectRoot, 'scripts/serve.mjs');
const SECRET = 'a line that must never leave the folder beside the root';

/** One raw GET: the path is sent byte for byte as given. Resolves to status, headers and body. */
function get(host, port, path) {
  return new Promise((done, failed) => {
    const req = request({ host, port, path, method: 'GET', agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers, body }));
    });
    req.on('error', failed);
    req.end();
  });
}

/** Resolves once `pid` has exited, or to false after `ms`. */
async function exited(pid, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return false;
}

/** Resolves to the first stdout line matching `pattern` (its first group), or fails after a few seconds. */
function waitForLine(child, pattern) {
  return new Promise((done, failed) => {
    let seen = '';
    const timer = setTimeout(() => failed(new Error(`no line matching ${pattern} in: ${seen}`)), 10000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(pattern);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
  });
}

describe('the server, started from code', () => {
  let dir;
  let site;
  let server;

  before(async () => {
    // A root with a page, and beside it a folder whose name starts like the root's, holding a file nobody may read.
    dir = mkdtempSync(join(tmpdir(), 'aw-serve-'));
    site = join(dir, 'site');
    mkdirSync(join(site, 'demo'), { recursive: true });
    mkdirSync(join(dir, 'site-private'));
    writeFileSync(
      join(site, 'demo', 'index.html'),
      '<!doctype html><title>Gallery</title><h1>Gallery</h1>\n',
    );
    writeFileSync(join(site, 'app.js'), 'export const answer = 42;\n');
    writeFileSync(join(dir, 'site-private', 'secret.txt'), `${SECRET}\n`);
    writeFileSync(join(dir, 'secret.txt'), `${SECRET}\n`);
    server = await startServer({ root: site, host: '127.0.0.1' });
  });

  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a page and its index file, with their types', async () => {
    const page = await get('127.0.0.1', server.port, '/demo/');
    assert.equal(page.status, 200);
    assert.match(page.headers['content-type'], /^text\/html/);
    assert.match(page.body, /<h1>Gallery<\/h1>/);
    const script = await get('127.0.0.1', server.port, '/app.js');
    assert.equal(script.status, 200);
    assert.match(script.headers['content-type'], /^text\/javascript/);
    assert.equal((await get('127.0.0.1', server.port, '/missing.html')).status, 404);
  });

  for (const path of [
    '/..%2Fsite-private%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/site-private/secret.txt',
    '/%2E%2E%2Fsite-private%2Fsecret.txt',
    '/..\\site-private\\secret.txt',
    '/%2e%2e%5csite-private%5csecret.txt',
    '/demo/..%2F..%2Fsecret.txt',
    '/__wds-outside-root__/1/site-private/secret.txt',
    '/__wds-outside-root__/1/secret.txt',
  ]) {
    it(`refuses ${path} and shows nothing from outside the root`, async () => {
      const response = await get('127.0.0.1', server.port, path);
      assert.ok([400, 403, 404].includes(response.status), `status ${response.status}`);
      assert.ok(!response.body.includes(SECRET), 'the file beside the root leaked');
    });
  }

  it('does not serve hidden files such as .git/', async () => {
    writeFileSync(join(site, '.env'), `${SECRET}\n`);
    const response = await get('127.0.0.1', server.port, '/.env');
    assert.equal(response.status, 404);
    assert.ok(!response.body.includes(SECRET));
  });

  it('answers a malformed URL with 400 and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/demo/%ZZ']) {
      assert.equal((await get('127.0.0.1', server.port, path)).status, 400, path);
    }
    assert.equal((await get('127.0.0.1', server.port, '/demo/')).status, 200);
  });

  it('listens only on the host it was given', async () => {
    assert.equal(server.host, '127.0.0.1');
    assert.equal(server.server.address().address, '127.0.0.1');
    assert.equal(server.url, `http://127.0.0.1:${server.port}/`);
    // Another loopback address on the same port gets no answer: the server did not bind every interface.
    await assert.rejects(get('127.0.0.2', server.port, '/demo/'), { code: 'ECONNREFUSED' });

    const other = await startServer({ root: site, host: '127.0.0.2' });
    try {
      assert.equal(other.server.address().address, '127.0.0.2');
      assert.equal((await get('127.0.0.2', other.port, '/demo/')).status, 200);
      await assert.rejects(get('127.0.0.1', other.port, '/demo/'), { code: 'ECONNREFUSED' });
    } finally {
      await other.close();
    }
  });

  it('stops listening on close()', async () => {
    const other = await startServer({ root: site });
    await other.close();
    await assert.rejects(get('127.0.0.1', other.port, '/demo/'), { code: 'ECONNREFUSED' });
  });
});

describe('npm start’s server, run as a command', () => {
  const env = { ...process.env, HOST: '127.0.0.1', PORT: '0' };

  for (const signal of ['SIGTERM', 'SIGINT']) {
    it(`serves the gallery on HOST and stops cleanly on ${signal}`, async () => {
      const child = spawn(process.execPath, [serveScript], { cwd: projectRoot, env, stdio: 'pipe' });
      const closed = new Promise((done) => child.once('exit', (code, how) => done({ code, how })));
      try {
        const gallery = await waitForLine(child, /Demo gallery: (\S+)/);
        const { hostname, port } = new URL(gallery);
        assert.equal(hostname, '127.0.0.1');
        const home = await get(hostname, port, '/');
        assert.equal(home.status, 302);
        assert.equal(home.headers.location, '/demo/');
        const page = await get(hostname, port, '/demo/');
        assert.equal(page.status, 200);
        assert.equal(page.body, readFileSync(join(projectRoot, 'demo/index.html'), 'utf8'));

        child.kill(signal);
        assert.deepEqual(await closed, { code: 0, how: null });
        await assert.rejects(get(hostname, port, '/demo/'), { code: 'ECONNREFUSED' });
      } finally {
        child.kill('SIGKILL');
      }
    });
  }

  it('stops when its parent dies without passing on a signal', async () => {
    // A parent that starts the server, prints the server's pid, then is killed with SIGKILL (as a closed terminal
    // or a crashed npm would leave it).
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `const c = require('node:child_process').spawn(process.execPath, [${JSON.stringify(serveScript)}], { stdio: ['ignore', 'pipe', 'inherit'] });
         c.stdout.on('data', (d) => { if (String(d).includes('Demo gallery')) console.log('server pid ' + c.pid); });`,
      ],
      { cwd: projectRoot, env, stdio: 'pipe' },
    );
    const pid = Number(await waitForLine(parent, /server pid (\d+)/));
    try {
      assert.equal(await exited(pid, 200), false, 'the server is running before its parent dies');
      parent.kill('SIGKILL');
      assert.equal(await exited(pid), true, 'the server stopped within 5 seconds of its parent');
    } finally {
      parent.kill('SIGKILL');
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone, as it should be
      }
    }
  });
});
