/**
 * Atomic publish (issue 15, item 12): a build that fails after it started writing tables leaves the
 * previously published folder exactly as it was — every table still matching the manifest's sha256,
 * which is the check the browser makes. Reports are SYNTHETIC (tests/fixtures/att-annual).
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/pipeline/adapters/index.ts';
import { build } from '../../src/pipeline/build.ts';
import { HASHED_DIR, hashedTablePath, stableFileName } from '../../src/schema/dataLayout.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import { REFERENCE } from '../../src/pipeline/reference.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/att-annual');
const SOURCES = {
  sources: [
    {
      id: 'att-annual-synthetic',
      title: 'SYNTHETIC ATT annual reports (invented for tests)',
      publisher: 'Test fixture',
      adapter: 'att-annual',
      instrument: 'ATT_ANNUAL',
      homepage: 'https://example.org/synthetic',
      licence: 'CC0-1.0',
      folder: 'transcriptions',
    },
  ],
};

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('atomic publish', async () => {
  const root = await mkdtemp(join(tmpdir(), 'att-publish-'));
  afterAll(() => rm(root, { recursive: true, force: true }));
  const outDir = join(root, 'public', 'data');
  await writeFile(join(root, 'sources.json'), JSON.stringify(SOURCES));
  await mkdir(join(root, 'transcriptions'));
  const run = (now: string, reference = REFERENCE) =>
    build({ root, sourcesFile: join(root, 'sources.json'), outDir, historyDir: join(root, 'history'), adapters: ADAPTERS, reference, now: new Date(now), versions: { portal: 'test' } });

  await cp(join(FIXTURES, 'norway-2099-v1.csv'), join(root, 'transcriptions', 'norway-2099-v1.csv'));
  const first = await run('2099-06-01T00:00:00Z');

  it('writes in the manifest the sha256 of each table file as published, for the browser to check', async () => {
    for (const t of first.manifest.tables) expect(sha256(await readFile(join(outDir, t.file)))).toBe(t.sha256);
  });

  /** The folder's `v/`: each name the page fetches, with whether it is the same file (inode) as the table's stable name. */
  async function hashedFiles(): Promise<Map<string, boolean>> {
    const out = new Map<string, boolean>();
    for (const name of (await readdir(join(outDir, HASHED_DIR))).sort()) {
      const stable = join(outDir, stableFileName(name));
      out.set(name, (await stat(join(outDir, HASHED_DIR, name))).ino === (await stat(stable)).ino);
    }
    return out;
  }
  const expectedHashed = (m: Manifest) => new Map(m.tables.map((t) => [hashedTablePath(t.name, t.sha256).slice(HASHED_DIR.length + 1), true]));

  it('publishes each table under its content-named link too, and nothing else there', async () => {
    expect(await hashedFiles()).toEqual(expectedHashed(first.manifest));
  });

  it('leaves the published folder as it was when the build fails half-way through publishing', async () => {
    const hashedBefore = await hashedFiles();
    const before = new Map<string, string>();
    for (const name of await readdir(outDir)) if (name.endsWith('.parquet') || name.endsWith('.json')) before.set(name, sha256(await readFile(join(outDir, name))));
    // New data (a second report), then a fault: a States row with no name, which the Parquet writer
    // refuses after it has written the transfers and reports tables.
    await cp(join(FIXTURES, 'chile-2099-v1.csv'), join(root, 'transcriptions', 'chile-2099-v1.csv'));
    const broken = { ...REFERENCE, states: [...REFERENCE.states.slice(0, -1), { ...REFERENCE.states.at(-1)!, is_un_member: null as unknown as boolean }] };
    await expect(run('2099-06-02T00:00:00Z', broken)).rejects.toThrow(/NULL in a NOT NULL column/);

    const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
    for (const t of manifest.tables) expect(sha256(await readFile(join(outDir, t.file))), t.file).toBe(t.sha256);
    for (const [name, hash] of before) expect(sha256(await readFile(join(outDir, name))), name).toBe(hash);
    expect(await hashedFiles()).toEqual(hashedBefore);
    // No staging folder is left beside it.
    expect((await readdir(join(root, 'public'))).sort()).toEqual(['data']);
  });

  it('publishes the new data whole when the next build succeeds', async () => {
    const next = await run('2099-06-03T00:00:00Z');
    expect(next.manifest.sources[0]!.rowsRead).toBeGreaterThan(first.manifest.sources[0]!.rowsRead);
    for (const t of next.manifest.tables) expect(sha256(await readFile(join(outDir, t.file)))).toBe(t.sha256);
    // The links of the tables that changed are the new ones; the earlier build's are gone.
    expect(await hashedFiles()).toEqual(expectedHashed(next.manifest));
    expect(next.manifest.tables.find((t) => t.name === 'transfers')!.sha256).not.toBe(first.manifest.tables.find((t) => t.name === 'transfers')!.sha256);
    expect((await readdir(join(root, 'public'))).sort()).toEqual(['data']);
  });
});
