/**
 * DuckDB's worker starts through a shim (src/db/duckdbWorkerShim.js) that gets DuckDB's script
 * from its URL fragment; when the worker does not start, the file at fault is named with its HTTP
 * status. The server here is SYNTHETIC: it answers 404 for the files named "missing".
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbWorkerUrl, workerLoadError, workerUrlWithScript } from '../../src/db/duckdbWorkerUrl.ts';

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => res.writeHead(req.url?.includes('missing') ? 404 : 200, req.url?.includes('missing') ? 'Not Found' : 'OK').end());
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

describe('the DuckDB worker started through its shim', () => {
  it('carries DuckDB’s worker script in the shim’s fragment, which the shim decodes back', () => {
    const url = workerUrlWithScript('/_astro/duckdbWorkerShim.abc.js', '/portal/_astro/duckdb-browser-eh.worker.x#y.js');
    expect(url).toBe('/_astro/duckdbWorkerShim.abc.js#%2Fportal%2F_astro%2Fduckdb-browser-eh.worker.x%23y.js');
    expect(decodeURIComponent(new URL(url, 'http://h').hash.slice(1))).toBe('/portal/_astro/duckdb-browser-eh.worker.x#y.js');
    expect(duckdbWorkerUrl).toMatch(/duckdbWorkerShim.*\.js#.*duckdb-browser-eh\.worker/);
  });

  it('names DuckDB’s script when the server refuses it, the shim when that is refused, else the script with the reason', async () => {
    expect((await workerLoadError('the worker did not start', `${base}/missing.worker.js`, `${base}/shim.js`)).message).toBe('missing.worker.js: HTTP 404 Not Found');
    expect((await workerLoadError('the worker did not start', `${base}/duckdb.worker.js`, `${base}/missing-shim.js`)).message).toBe('missing-shim.js: HTTP 404 Not Found');
    expect((await workerLoadError('the worker did not start', `${base}/duckdb.worker.js`, `${base}/shim.js`)).message).toBe('duckdb.worker.js: the worker did not start');
  });
});
