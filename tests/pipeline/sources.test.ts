import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchPinnedFile, fetchSource, parseSourcesManifest, sha256, type PinnedFile } from '../../src/pipeline/sources.ts';
import manifestJson from '../../data/sources.json' with { type: 'json' };

// Synthetic bytes: these tests check the fetch stage, not any real source.
const bytes = new TextEncoder().encode('a;b\n1;2\n');
const pinned = (over: Partial<PinnedFile> = {}): PinnedFile => ({
  name: 'x.csv',
  url: 'https://example.org/x.csv',
  mirrorPath: 'src/x.csv',
  sha256: sha256(bytes),
  bytes: bytes.length,
  ...over,
});

async function mirrorWith(content: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mirror-'));
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src/x.csv'), content);
  return dir;
}

describe('pinned sources', () => {
  it('parses the project source list and every pinned file has a URL at a commit and a sha256', () => {
    const specs = parseSourcesManifest(manifestJson, 'data/sources.json');
    expect(specs.length).toBeGreaterThanOrEqual(4);
    for (const s of specs) if ('files' in s) for (const f of s.files) expect(f.url).toContain(s.commit!);
  });

  it('rejects a source list with a duplicated id, naming it', () => {
    const s = manifestJson.sources[0]!;
    expect(() => parseSourcesManifest({ sources: [s, s] }, 'sources.json')).toThrow(/source id 'eu-coarm-okfn' is listed twice/);
  });

  it('reads a file from the mirror when its sha256 matches', async () => {
    const f = await fetchPinnedFile(pinned(), 'src', { mirror: await mirrorWith(bytes), root: '.' });
    expect(f.sha256).toBe(sha256(bytes));
    expect(new TextDecoder().decode(f.bytes)).toBe('a;b\n1;2\n');
  });

  it('refuses a truncated mirror file with a sha256 mismatch naming source and file', async () => {
    const mirror = await mirrorWith(bytes.slice(0, 5));
    await expect(fetchPinnedFile(pinned(), 'src', { mirror, root: '.' })).rejects.toThrow(/src: x\.csv: sha256 mismatch \(expected [0-9a-f]{64}, got [0-9a-f]{64}, 5 bytes/);
  });

  it('names the missing path when the mirror lacks a file', async () => {
    const mirror = await mirrorWith(bytes);
    await expect(fetchPinnedFile(pinned({ mirrorPath: 'src/missing.csv' }), 'src', { mirror, root: '.' })).rejects.toThrow(/not found in the mirror at .*src\/missing\.csv/);
  });

  it('downloads without a mirror, caches by sha256, then reads the cache without the network', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'cache-'));
    let calls = 0;
    const fetchImpl = (async () => {
      calls++;
      return new Response(bytes);
    }) as typeof fetch;
    await fetchPinnedFile(pinned(), 'src', { cacheDir, root: '.', fetchImpl });
    const again = await fetchPinnedFile(pinned(), 'src', { cacheDir, root: '.', fetchImpl });
    expect(calls).toBe(1);
    expect(again.origin).toMatch(/^cache /);
  });

  it('reports an HTTP error from the download', async () => {
    const fetchImpl = (async () => new Response('no', { status: 404 })) as unknown as typeof fetch;
    await expect(fetchPinnedFile(pinned(), 'src', { root: '.', fetchImpl })).rejects.toThrow(/answered HTTP 404/);
  });

  it('reads every data file of a transcription folder, skipping README files', async () => {
    const root = await mkdtemp(join(tmpdir(), 'root-'));
    await mkdir(join(root, 'tx'));
    await writeFile(join(root, 'tx/README.md'), '# notes');
    await writeFile(join(root, 'tx/b.csv'), 'b');
    await writeFile(join(root, 'tx/a.xlsx'), 'a');
    const files = await fetchSource({ id: 'tx', title: 't', publisher: 'p', adapter: 'x', instrument: 'ATT_ANNUAL', homepage: 'https://example.org/', licence: 'l', folder: 'tx' }, { root });
    expect(files.map((f) => f.name)).toEqual(['tx/a.xlsx', 'tx/b.csv']);
  });
});
