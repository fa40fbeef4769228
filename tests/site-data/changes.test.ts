/**
 * The rows of the changes page, from the files the pipeline writes: two SYNTHETIC builds that differ
 * by one amended report (tests/fixtures/att-initial-site) must give exactly one row, naming it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChanges, readHistoryRecords, readSnapshotList } from '../../src/site-data/changes.ts';
import { changeRows, historyChanges, sourceChanges } from '../../src/schema/changes.ts';
import { buildFixtureSnapshots, SYNTHETIC_SOURCE_ID } from '../../scripts/fixtures/syntheticInitialBuild.ts';

describe('changes page rows from two synthetic builds', async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'att-changes-'));
  const out = join(tmp, 'data');
  const { before, after } = await buildFixtureSnapshots(out, join(tmp, 'history'));
  const changes = readChanges(out)!;

  it('names exactly the amended report, and what it replaces', () => {
    expect(changeRows(changes)).toEqual([
      { kind: 'amended', reportId: `${SYNTHETIC_SOURCE_ID}:NOR:initial:v2`, sourceId: SYNTHETIC_SOURCE_ID, reporter: 'NOR', year: 'initial', version: 2, previousReportId: `${SYNTHETIC_SOURCE_ID}:NOR:initial:v1` },
    ]);
  });

  it('counts per source the reports changed and the rows before and after', () => {
    expect(sourceChanges(changes)).toEqual([{ sourceId: SYNTHETIC_SOURCE_ID, added: 0, amended: 1, withdrawn: 0, factsBefore: 0, factsAfter: 0, rowsLoadedBefore: 40, rowsLoadedAfter: 42 }]);
  });

  it('lists both snapshots with their record and manifest files', () => {
    expect(readSnapshotList(out).map((s) => [s.snapshotId, s.reports, s.manifest, s.record])).toEqual([
      [before.manifest.snapshotId, 6, `snapshots/${before.manifest.snapshotId}.manifest.json`, `snapshots/${before.manifest.snapshotId}.json`],
      [after.manifest.snapshotId, 7, `snapshots/${after.manifest.snapshotId}.manifest.json`, `snapshots/${after.manifest.snapshotId}.json`],
    ]);
  });

  it('replays the history: six reports added in the first snapshot, one amended in the second', () => {
    const h = historyChanges(readHistoryRecords(out));
    expect(h.filter((c) => c.first).map((c) => [c.kind, c.reporter])).toEqual(['CHL', 'JPN', 'NGA', 'NOR', 'NZL', 'PER'].map((r) => ['added', r]));
    expect(h.filter((c) => !c.first).map((c) => [c.kind, c.reportId, c.snapshotId])).toEqual([['amended', `${SYNTHETIC_SOURCE_ID}:NOR:initial:v2`, after.manifest.snapshotId]]);
  });

  it('reads a list written before records were published, with no files to link', async () => {
    const old = await mkdtemp(join(tmpdir(), 'att-old-'));
    await writeFile(join(old, 'snapshots.json'), JSON.stringify([{ snapshotId: 's1', builtAt: '2026-01-01T00:00:00Z', tables: [], reports: 3 }]));
    expect(readSnapshotList(old)).toEqual([{ snapshotId: 's1', builtAt: '2026-01-01T00:00:00Z', tables: [], reports: 3, record: '', manifest: null }]);
    expect(readHistoryRecords(old)).toEqual([]);
    expect(readChanges(old)).toBeNull();
  });
});
