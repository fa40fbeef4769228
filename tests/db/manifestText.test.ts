import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// SYNTHETIC manifests: one table, no row groups.
const TABLE = { name: 'states', rows: 2, bytes: 10, sha256: 'a'.repeat(64) };
const good = JSON.stringify({ builtAt: '2026-01-01', tables: [TABLE] });

let served: string[];
let asked: string[];

beforeEach(() => {
  // Each test gets fresh modules: the manifest is kept per realm, in module state.
  vi.resetModules();
  asked = [];
  served = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      asked.push(url);
      return new Response(served.shift() ?? good, { status: 200 });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

const modules = async () => ({ ...(await import('../../src/db/manifestText.ts')), ...(await import('../../src/db/dataFiles.ts')) });

describe('the manifest, fetched once per page or worker', () => {
  it('asks the host once, however many parts of the page read it', async () => {
    served = [good];
    const m = await modules();
    const [a, b, c] = await Promise.all([m.manifestText(), m.manifestText(), m.loadManifest()]);
    expect(a).toBe(good);
    expect(b).toBe(good);
    expect(c.tables.map((t) => t.name)).toEqual(['states']);
    expect(asked).toEqual(['/data/manifest.json']);
  });

  it('reads a text handed over by the page (the first-answer worker) without asking the host', async () => {
    const m = await modules();
    m.adoptManifestText(good);
    expect((await m.loadManifest()).tables[0]!.sha256).toBe(TABLE.sha256);
    expect(asked).toEqual([]);
  });

  it('asks again after a text that does not parse, so a host fixed meanwhile is read', async () => {
    served = ['{"tables": [', good];
    const m = await modules();
    await expect(m.loadManifest()).rejects.toThrow(/^manifest\.json: not valid JSON/);
    expect((await m.loadManifest()).tables).toHaveLength(1);
    expect(asked).toHaveLength(2);
  });

  it('asks again after a failed request, naming the file', async () => {
    const m = await modules();
    vi.mocked(fetch).mockResolvedValueOnce(new Response('', { status: 503, statusText: 'Service Unavailable' }));
    await expect(m.manifestText()).rejects.toThrow('manifest.json: HTTP 503 Service Unavailable');
    expect(await m.manifestText()).toBe(good);
  });
});
