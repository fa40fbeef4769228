/**
 * The test server caches like a real host: Cache-Control from the build's _headers (immutable for
 * content-hashed assets, revalidation for pages and data), ETag validators, and a 304 without a
 * body when a returning browser's copy is current, ranges included.
 */
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notModified, serveStatic } from '../../scripts/browser/staticServer.ts';
import { parseHeadersFile } from '../../src/security/headersFile.ts';

let dir: string;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'att-static-'));
  await mkdir(join(dir, '_astro'));
  await mkdir(join(dir, 'data'));
  await writeFile(join(dir, '_astro', 'duckdb-eh.abc123.wasm'), 'SYNTHETIC wasm bytes');
  await writeFile(join(dir, 'data', 'transfers.parquet'), 'SYNTHETIC parquet bytes');
  await mkdir(join(dir, 'data', 'v'));
  await writeFile(join(dir, 'data', 'v', 'transfers.0123456789abcdef.parquet'), 'SYNTHETIC parquet bytes');
  // As the build writes them (src/security/headersFile.ts): the content-named tables immutable, the stable names revalidated.
  const rules = parseHeadersFile(
    '/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n\n/data/v/*\n  Cache-Control: public, max-age=31536000, immutable\n\n/data/transfers.parquet\n  Cache-Control: no-cache\n',
  );
  server = await serveStatic(dir, rules);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('static server caching', () => {
  it('sends the _headers Cache-Control: immutable for hashed assets and tables, no-cache for the stable names', async () => {
    const wasm = await fetch(`${server.url}/_astro/duckdb-eh.abc123.wasm`);
    expect(wasm.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const hashed = await fetch(`${server.url}/data/v/transfers.0123456789abcdef.parquet`);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const data = await fetch(`${server.url}/data/transfers.parquet`);
    expect(data.headers.get('cache-control')).toBe('no-cache');
    expect(data.headers.get('etag')).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
  });

  it('answers a current conditional request, ranged or not, with a 304 and no body', async () => {
    const first = await fetch(`${server.url}/data/transfers.parquet`);
    const etag = first.headers.get('etag')!;
    await first.arrayBuffer();
    const again = await fetch(`${server.url}/data/transfers.parquet`, { headers: { 'If-None-Match': etag, Range: 'bytes=0-3' } });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    const changed = await fetch(`${server.url}/data/transfers.parquet`, { headers: { 'If-None-Match': '"other"', Range: 'bytes=0-3' } });
    expect(changed.status).toBe(206);
  });

  it('compares validators as HTTP says', () => {
    expect(notModified('"a", "b"', undefined, '"b"', 0)).toBe(true);
    expect(notModified('"a"', 'Thu, 01 Jan 2099 00:00:00 GMT', '"b"', 0)).toBe(false);
    expect(notModified(undefined, new Date(5000).toUTCString(), '"b"', 5400)).toBe(true);
    expect(notModified(undefined, new Date(5000).toUTCString(), '"b"', 6000)).toBe(false);
    expect(notModified(undefined, undefined, '"b"', 0)).toBe(false);
  });
});
