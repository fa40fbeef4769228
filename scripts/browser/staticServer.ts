/**
 * Serves a built site folder on a free 127.0.0.1 port, the way any static host would: correct MIME
 * types (wasm included, so streaming compilation works), `dir/` → `dir/index.html`, and 404s. It
 * answers single byte-range requests like a real host (the site reads big tables by range:
 * src/db/tableRead.ts), or, with `ranges: false`, ignores `Range` and answers 200 with the whole
 * file, as GitHub Pages and some CDNs do. Used by the end-to-end tests (tests/e2e/globalSetup.ts), the site
 * benchmark and the screenshot script. It sends the build's `_headers` (CSP included), so every
 * e2e suite runs under the policy a host would send.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/security/headersFile.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Parses a single `bytes=a-b` range against a file size; null when absent, 'invalid' when unsatisfiable. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (m[1] === '') {
    // Suffix range: the last N bytes.
    const n = Number(m[2]);
    if (n === 0) return 'invalid';
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return 'invalid';
  return { start, end };
}

/** Whether a conditional request's validators still match the file (If-None-Match wins over If-Modified-Since). */
export function notModified(ifNoneMatch: string | undefined, ifModifiedSince: string | undefined, etag: string, mtimeMs: number): boolean {
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === '*');
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root + sep)) return null; // no escaping the root with ../
  for (const candidate of [full, join(full, 'index.html'), `${full}.html`]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/** Starts the server; resolves with its base URL (no trailing slash) and a close function. */
/** The rules of `<dir>/_headers`, or none when the build wrote no such file. */
export function hostHeaderRules(dir: string): HeaderRule[] {
  const file = join(dir, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

/**
 * Starts the server; resolves with its base URL (no trailing slash) and a close function. Like
 * Netlify or Cloudflare Pages, it sends the headers of the build's `_headers` file (the
 * Content-Security-Policy among them). With a base path (`/portal/`, a build made with BASE_PATH)
 * the site is served under it, as on a host where it lives in a sub-folder, and nothing outside it.
 */
export async function serveStatic(dir: string, rules: readonly HeaderRule[] = hostHeaderRules(dir), base = '/', opts: { ranges?: boolean } = {}): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const requested = new URL(req.url ?? '/', 'http://127.0.0.1');
    for (const [k, v] of Object.entries(headersFor(rules, requested.pathname))) res.setHeader(k, v);
    if (!requested.pathname.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: outside ${base}`);
      return;
    }
    const url = new URL(`/${requested.pathname.slice(base.length)}${requested.search}`, requested);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = await resolveFile(root, url.pathname);
    if (!file) {
      const notFound = await resolveFile(root, '/404.html');
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      if (notFound && req.method === 'GET') createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    const st = await stat(file);
    const size = st.size;
    const ranges = opts.ranges ?? true;
    // Validators as nginx sends them (mtime and size), so a cached copy is revalidated with a 304
    // instead of sent again; Cache-Control from the build's _headers (immutable for hashed assets),
    // revalidation for everything else.
    const etag = `"${Math.floor(st.mtimeMs / 1000).toString(16)}-${size.toString(16)}"`;
    const headers: Record<string, string | number> = {
      'Content-Type': mimeType(file),
      'Accept-Ranges': ranges ? 'bytes' : 'none',
      ETag: etag,
      'Last-Modified': st.mtime.toUTCString(),
    };
    if (!res.hasHeader('Cache-Control')) headers['Cache-Control'] = 'no-cache';
    if (notModified(req.headers['if-none-match'], req.headers['if-modified-since'], etag, st.mtimeMs)) {
      res.writeHead(304, { ETag: etag, 'Last-Modified': headers['Last-Modified'] as string, ...(headers['Cache-Control'] ? { 'Cache-Control': headers['Cache-Control'] } : {}) }).end();
      return;
    }
    const range = ranges ? parseRange(req.headers.range, size) : null;
    if (range === 'invalid') {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    if (range) {
      headers['Content-Range'] = `bytes ${range.start}-${range.end}/${size}`;
      headers['Content-Length'] = range.end - range.start + 1;
      res.writeHead(206, headers);
      if (req.method === 'HEAD') res.end();
      else createReadStream(file, { start: range.start, end: range.end }).pipe(res);
      return;
    }
    headers['Content-Length'] = size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    // 1 MiB reads: with the default 64 KiB, DuckDB's 34 MB wasm took ~600 ms to arrive over loopback
    // (~200–330 ms now), a cost of this test server, not of the site, that blurred the benchmarks.
    else createReadStream(file, { highWaterMark: 1 << 20 }).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
