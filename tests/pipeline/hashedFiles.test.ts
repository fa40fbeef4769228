/**
 * The content-named links of a data folder (`v/<name>.<sha16>.parquet`): one hard link per table of
 * the manifest, nothing else left in `v/`, no byte stored twice, and a stable file that is not the
 * size the manifest says is refused (its link would be cached for a year). Files are SYNTHETIC.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeHashedFiles, writeHashedFilesFromManifest } from '../../src/pipeline/hashedFiles.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'att-hashed-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Writes `<name>.parquet` with `body` and returns its manifest entry. */
async function table(name: string, body: string) {
  await writeFile(join(dir, `${name}.parquet`), body);
  return { name, bytes: Buffer.byteLength(body), sha256: createHash('sha256').update(body).digest('hex') };
}
const inode = async (p: string) => (await stat(p)).ino;

describe('content-named table files', () => {
  it('links each table under its name and sha256 prefix, sharing the stable file’s bytes', async () => {
    const states = await table('states', 'SYNTHETIC states');
    const transfers = await table('transfers', 'SYNTHETIC transfers');
    const r = await writeHashedFiles(dir, [states, transfers]);
    const names = [`states.${states.sha256.slice(0, 16)}.parquet`, `transfers.${transfers.sha256.slice(0, 16)}.parquet`];
    expect(r).toEqual({ linked: names.map((n) => `v/${n}`), pruned: [] });
    expect((await readdir(join(dir, 'v'))).sort()).toEqual(names);
    expect(await inode(join(dir, 'v', names[0]!))).toBe(await inode(join(dir, 'states.parquet')));
    expect(await readFile(join(dir, 'v', names[1]!), 'utf8')).toBe('SYNTHETIC transfers');
  });

  it('does nothing the second time', async () => {
    const states = await table('states', 'SYNTHETIC states');
    await writeHashedFiles(dir, [states]);
    expect(await writeHashedFiles(dir, [states])).toEqual({ linked: [], pruned: [] });
  });

  it('removes the links the new manifest no longer names (an earlier build’s, a dropped table’s), keeps the rest', async () => {
    const old = await table('transfers', 'SYNTHETIC transfers, build 1');
    const states = await table('states', 'SYNTHETIC states');
    const dropped = await table('dropped', 'SYNTHETIC dropped table');
    await writeHashedFiles(dir, [old, states, dropped]);
    const next = await table('transfers', 'SYNTHETIC transfers, build 2');
    const r = await writeHashedFiles(dir, [next, states]);
    expect(r.linked).toEqual([`v/transfers.${next.sha256.slice(0, 16)}.parquet`]);
    expect(r.pruned).toEqual([`v/dropped.${dropped.sha256.slice(0, 16)}.parquet`, `v/transfers.${old.sha256.slice(0, 16)}.parquet`]);
    expect((await readdir(join(dir, 'v'))).sort()).toEqual([`states.${states.sha256.slice(0, 16)}.parquet`, `transfers.${next.sha256.slice(0, 16)}.parquet`]);
  });

  it('turns a copy (as Astro or cp makes) back into a link', async () => {
    const states = await table('states', 'SYNTHETIC states');
    const name = `states.${states.sha256.slice(0, 16)}.parquet`;
    await mkdir(join(dir, 'v'));
    await writeFile(join(dir, 'v', name), 'SYNTHETIC states');
    expect((await writeHashedFiles(dir, [states])).linked).toEqual([`v/${name}`]);
    expect(await inode(join(dir, 'v', name))).toBe(await inode(join(dir, 'states.parquet')));
  });

  it('refuses a table file whose size is not the manifest’s, or that is missing, naming it', async () => {
    const states = await table('states', 'SYNTHETIC states');
    await expect(writeHashedFiles(dir, [{ ...states, bytes: states.bytes + 1 }])).rejects.toThrow(/states\.parquet: 16 bytes, the manifest says 17/);
    await expect(writeHashedFiles(dir, [{ ...states, name: 'reports' }])).rejects.toThrow(/reports\.parquet: missing, but the manifest lists table reports/);
  });

  it('reads the table list from the folder’s manifest.json', async () => {
    const states = await table('states', 'SYNTHETIC states');
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ tables: [{ ...states, file: 'states.parquet', rows: 1 }] }));
    expect((await writeHashedFilesFromManifest(dir)).linked).toEqual([`v/states.${states.sha256.slice(0, 16)}.parquet`]);
  });
});
