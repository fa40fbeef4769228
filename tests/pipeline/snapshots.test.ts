import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordSnapshot } from '../../src/pipeline/snapshots.ts';
import { diffSnapshots } from '../../src/schema/changes.ts';
import { parseReportId, type SnapshotRecord } from '../../src/schema/snapshots.ts';

// Synthetic snapshot records: report ids follow reportIdFor, fingerprints are arbitrary strings.
function snap(id: string, builtAt: string, reports: Record<string, string>): SnapshotRecord {
  return { snapshotId: id, builtAt, tables: [], sources: [{ id: 'att', rowsLoaded: 1, rowsRejected: 0, facts: Object.keys(reports).length }], reports };
}

describe('snapshot diffs', () => {
  const a = snap('2026-01-01-aaa', '2026-01-01T00:00:00Z', { 'att:FRA:2016:v1': 'f1', 'att:DEU:2016:v1': 'd1', 'att:ITA:2016:v1': 'i1' });

  it('parses report ids back into source, reporter, year and version', () => {
    expect(parseReportId('eu-coarm-okfn:AUT:2010:v1')).toMatchObject({ source_id: 'eu-coarm-okfn', reporter: 'AUT', year: '2010', version: 1 });
  });

  it('names a new version of a report as amended, not as added', () => {
    const b = snap('b', '2026-02-01T00:00:00Z', { 'att:FRA:2016:v2': 'f2', 'att:DEU:2016:v1': 'd1', 'att:ITA:2016:v1': 'i1' });
    const c = diffSnapshots(a, b);
    expect(c.amended.map((r) => [r.report_id, r.previous_report_id])).toEqual([['att:FRA:2016:v2', 'att:FRA:2016:v1']]);
    expect(c.added).toEqual([]);
    expect(c.withdrawn).toEqual([]);
  });

  it('names changed content under the same id as amended', () => {
    const b = snap('b', '2026-02-01T00:00:00Z', { ...a.reports, 'att:DEU:2016:v1': 'd1-changed' });
    expect(diffSnapshots(a, b).amended.map((r) => r.report_id)).toEqual(['att:DEU:2016:v1']);
  });

  it('names added and withdrawn reports', () => {
    const b = snap('b', '2026-02-01T00:00:00Z', { 'att:FRA:2016:v1': 'f1', 'att:DEU:2016:v1': 'd1', 'att:ESP:2017:v1': 'e1' });
    const c = diffSnapshots(a, b);
    expect(c.added.map((r) => r.report_id)).toEqual(['att:ESP:2017:v1']);
    expect(c.withdrawn.map((r) => r.report_id)).toEqual(['att:ITA:2016:v1']);
  });

  it('records a snapshot once, and a rebuild of the same data keeps the earlier id', async () => {
    const history = await mkdtemp(join(tmpdir(), 'hist-'));
    const out = await mkdtemp(join(tmpdir(), 'out-'));
    const first = await recordSnapshot(a, history, out);
    expect(first.recorded).toBe(true);
    const again = await recordSnapshot({ ...a, snapshotId: '2026-03-01-aaa', builtAt: '2026-03-01T00:00:00Z' }, history, out);
    expect(again.recorded).toBe(false);
    expect(again.changes.snapshotId).toBe('2026-01-01-aaa');
    const b = snap('2026-04-01-bbb', '2026-04-01T00:00:00Z', { ...a.reports, 'att:ITA:2016:v2': 'i2' });
    const third = await recordSnapshot(b, history, out);
    expect(third.changes.previousSnapshotId).toBe('2026-01-01-aaa');
    const written = JSON.parse(await readFile(join(out, 'changes.json'), 'utf8'));
    expect(written.amended.map((r: { report_id: string }) => r.report_id)).toEqual(['att:ITA:2016:v2']);
    expect(JSON.parse(await readFile(join(out, 'snapshots.json'), 'utf8'))).toHaveLength(2);
  });
});

describe('kept manifests', () => {
  const rec = (id: string, sha: string): SnapshotRecord => ({ snapshotId: id, builtAt: '2026-01-01T00:00:00Z', tables: [{ name: 'transfers', rows: 1, sha256: sha }], sources: [], reports: { 'att:FRA:2016:v1': 'f1' } });

  it('keeps a snapshot’s manifest once, only when its tables are the snapshot’s, and publishes it with the record', async () => {
    const { keepManifest, publishHistory } = await import('../../src/pipeline/snapshots.ts');
    const history = await mkdtemp(join(tmpdir(), 'hist-'));
    const out = await mkdtemp(join(tmpdir(), 'out-'));
    await recordSnapshot(rec('s1', 'aaa'), history, out);
    expect(await keepManifest(history, { snapshotId: 's1', tables: [{ name: 'transfers', sha256: 'bbb' }] }, rec('s1', 'aaa'))).toBe(false);
    expect(await keepManifest(history, { snapshotId: 's1', tables: [{ name: 'transfers', sha256: 'aaa' }] }, rec('s1', 'aaa'))).toBe(true);
    expect(await keepManifest(history, { snapshotId: 's1', tables: [{ name: 'transfers', sha256: 'aaa' }] }, rec('s1', 'aaa'))).toBe(false);
    const list = await publishHistory(history, out);
    expect(list).toEqual([{ snapshotId: 's1', builtAt: '2026-01-01T00:00:00Z', tables: rec('s1', 'aaa').tables, reports: 1, record: 'snapshots/s1.json', manifest: 'snapshots/s1.manifest.json' }]);
    expect(JSON.parse(await readFile(join(out, 'snapshots/s1.manifest.json'), 'utf8')).tables[0].sha256).toBe('aaa');
  });
});
