import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headersFor, metaPolicy, parseHeadersFile, writeHeadersFile } from '../../src/security/headersFile.ts';
import { parsePolicy } from '../../src/security/policy.ts';

const dist = mkdtempSync(join(tmpdir(), 'att-headers-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** A SYNTHETIC built site: two pages with Astro-style meta policies, an embed, assets. */
function page(path: string, policy: string): void {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"><title>SYNTHETIC</title></head><body></body></html>`);
}
page('en', "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB='");
page('en/countries/AUT', "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-CCC='; style-src 'self' 'sha256-BBB='");
page('en/embed/home/x', "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-DDD='");
mkdirSync(join(dist, '_astro'));
// A SYNTHETIC data folder: manifest, a stable table name, its content-named copy, a sub-folder.
mkdirSync(join(dist, 'data', 'v'), { recursive: true });
mkdirSync(join(dist, 'data', 'templates'));
for (const f of ['data/manifest.json', 'data/transfers.parquet', 'data/v/transfers.0123456789abcdef.parquet', 'data/templates/t.csv']) writeFileSync(join(dist, f), 'SYNTHETIC');

describe('the _headers file the build writes', () => {
  const rules = writeHeadersFile(dist, '/portal/');
  const reread = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));

  it('reads back as written', () => {
    expect(reread).toEqual(rules);
  });

  it('allows every hash any page uses, once, and nothing inline beyond them', () => {
    const csp = headersFor(reread, '/portal/en/countries/AUT/')['Content-Security-Policy']!;
    const main = parsePolicy(csp.split(',')[0]!);
    expect(main.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='", "'sha256-CCC='"]);
    expect(main.get('style-src')).toEqual(["'self'", "'sha256-BBB='", "'sha256-DDD='"]);
    expect(main.get('object-src')).toEqual(["'none'"]);
  });

  it('refuses framing for pages but not for embeds, and caches hashed assets for good', () => {
    expect(headersFor(reread, '/portal/en/countries/AUT/')['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headersFor(reread, '/portal/en/')['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headersFor(reread, '/portal/en/embed/home/x/')['Content-Security-Policy']).not.toContain('frame-ancestors');
    expect(headersFor(reread, '/portal/_astro/a.1234.js')['Cache-Control']).toContain('immutable');
    expect(headersFor(reread, '/portal/en/')['Referrer-Policy']).toBe('no-referrer');
    expect(headersFor(reread, '/portal/en/')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('caches content-named tables for good and revalidates every other data file, never both', () => {
    const cache = (path: string) => headersFor(reread, `/portal/${path}`)['Cache-Control'];
    expect(cache('data/v/transfers.0123456789abcdef.parquet')).toBe('public, max-age=31536000, immutable');
    for (const path of ['data/manifest.json', 'data/transfers.parquet', 'data/templates/t.csv']) expect(cache(path), path).toBe('no-cache');
    expect(reread.some((r) => r.path === '/portal/data/*')).toBe(false);
  });

  it('finds the policy in a page’s head', () => {
    expect(metaPolicy(`<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head>`)).toBe("default-src 'none'");
    expect(metaPolicy('<html><head></head><body><meta http-equiv="content-security-policy" content="x"></body>')).toBeUndefined();
  });
});
