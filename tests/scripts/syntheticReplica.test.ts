/**
 * The scale benchmark's SYNTHETIC replicas (scripts/fixtures/syntheticReplica.ts): on the synthetic
 * e2e tables, ×3 gives three times the facts and reports, each copy told apart by its source and
 * report ids (so the aggregates grow too), checksums that match the files, and a SYNTHETIC label.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/pipeline/sources.ts';
import { HASHED_DIR, hashedTablePath } from '../../src/schema/dataLayout.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import { query } from '../../src/site-data/db.ts';
import { writeSyntheticData } from '../../scripts/fixtures/syntheticData.ts';
import { writeReplica } from '../../scripts/fixtures/syntheticReplica.ts';

describe('SYNTHETIC replica of a data folder', async () => {
  const root = await mkdtemp(join(tmpdir(), 'att-replica-'));
  afterAll(() => rm(root, { recursive: true, force: true }));
  const base = await writeSyntheticData(join(root, 'base'));
  const copy = await writeReplica(join(root, 'base'), join(root, 'x3'), 3);
  const rows = (m: Manifest, name: string) => m.tables.find((t) => t.name === name)?.rows;

  it('repeats every fact and report three times and the aggregates with them', () => {
    for (const name of ['transfers', 'reports', 'transfer_totals', 'transfer_partner_totals']) expect(rows(copy, name), name).toBe(3 * rows(base, name)!);
    expect(rows(copy, 'states')).toBe(rows(base, 'states'));
  });

  it('tells the copies apart by source and report id, and keeps transfer ids unique', async () => {
    const [r] = await query<{ ids: number; n: number; sources: number }>('SELECT count(DISTINCT transfer_id) AS ids, count(*) AS n, count(DISTINCT source_id) AS sources FROM transfers', [], join(root, 'x3'));
    const [b] = await query<{ sources: number }>('SELECT count(DISTINCT source_id) AS sources FROM transfers', [], join(root, 'base'));
    expect(r!.ids).toBe(r!.n);
    expect(r!.sources).toBe(3 * b!.sources);
    const ids = await query<{ report_id: string }>("SELECT DISTINCT report_id FROM reports WHERE report_id LIKE '%.synthetic-2' LIMIT 1", [], join(root, 'x3'));
    expect(ids).toHaveLength(1);
  });

  it('publishes checksums that match the files and says SYNTHETIC', async () => {
    for (const t of copy.tables) expect(sha256(await readFile(join(root, 'x3', t.file))), t.name).toBe(t.sha256);
    expect(copy.versions.synthetic).toMatch(/^SYNTHETIC: .* repeated 3 times/);
    expect(await readFile(join(root, 'x3', 'SYNTHETIC.txt'), 'utf8')).toMatch(/^SYNTHETIC/);
  });

  it('carries the content-named files the page fetches: its own tables’, none copied from the base', async () => {
    const names = copy.tables.map((t) => hashedTablePath(t.name, t.sha256).slice(HASHED_DIR.length + 1)).sort();
    expect((await readdir(join(root, 'x3', HASHED_DIR))).sort()).toEqual(names);
    for (const t of copy.tables) expect((await stat(join(root, 'x3', hashedTablePath(t.name, t.sha256)))).ino, t.name).toBe((await stat(join(root, 'x3', t.file))).ino);
  });
});
