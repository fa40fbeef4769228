/**
 * The whole build on SYNTHETIC initial reports (tests/fixtures/att-initial-site), twice: the two fixture
 * sets differ by one amended report (Norway's version 2), and the second build must say exactly that.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Changes } from '../../src/schema/changes.ts';
import type { SnapshotListEntry } from '../../src/schema/snapshots.ts';
import type { InitialAnswerRow } from '../../src/schema/index.ts';
import { AFTER_AT, BEFORE_AT, buildFixtureSnapshots, SYNTHETIC_SOURCE_ID } from '../../scripts/fixtures/syntheticInitialBuild.ts';

async function readParquet(file: string, sql = 'SELECT * FROM t'): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`CREATE VIEW t AS SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`);
  const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
  conn.closeSync();
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v])));
}

describe('pipeline build of initial reports, twice', async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'att-initial-'));
  const out = join(tmp, 'data');
  const { before, after, historyDir } = await buildFixtureSnapshots(out, join(tmp, 'history'));
  const id = (iso3: string, v: number) => `${SYNTHETIC_SOURCE_ID}:${iso3}:initial:v${v}`;

  it('builds initial_reports with the update as a version of its own, pointing to the version it supersedes', async () => {
    const rows = await readParquet(join(out, 'initial_reports.parquet'), 'SELECT report_id, version, is_update, supersedes_report_id, answers FROM t ORDER BY report_id');
    expect(rows).toEqual([
      { report_id: id('CHL', 1), version: 1, is_update: false, supersedes_report_id: null, answers: 2 },
      { report_id: id('JPN', 1), version: 1, is_update: false, supersedes_report_id: null, answers: 8 },
      { report_id: id('NGA', 1), version: 1, is_update: false, supersedes_report_id: null, answers: 8 },
      { report_id: id('NOR', 1), version: 1, is_update: false, supersedes_report_id: null, answers: 9 },
      { report_id: id('NOR', 2), version: 2, is_update: true, supersedes_report_id: id('NOR', 1), answers: 2 },
      { report_id: id('NZL', 1), version: 1, is_update: false, supersedes_report_id: null, answers: 5 },
      { report_id: id('PER', 1), version: 1, is_update: false, supersedes_report_id: null, answers: 8 },
    ]);
    const answers = await readParquet(join(out, 'initial_answers.parquet'), `SELECT count(*) AS n FROM t`);
    expect(answers).toEqual([{ n: 42 }]);
  });

  it('rejects the unknown question id with file, line and a reason naming it, and loads the rest of that report', async () => {
    const rejects = await readParquet(join(out, 'rejects.parquet'), 'SELECT source_id, source_file, source_line, reason_code, reason FROM t');
    expect(rejects).toEqual([
      {
        source_id: SYNTHETIC_SOURCE_ID,
        source_file: 'transcriptions/chile-initial-v1.csv',
        source_line: 3,
        reason_code: 'unknown_question',
        reason: "question_id 'A9.9' on line 3 is not in the catalogue of initial-report questions (src/reference/initialQuestions.ts)",
      },
    ]);
    const src = after.manifest.sources.find((s) => s.id === SYNTHETIC_SOURCE_ID)!;
    expect([src.rowsRead, src.rowsLoaded, src.rowsRejected]).toEqual([43, 42, 1]);
  });

  it('names exactly the amended report in the second build’s changes, and nothing else', () => {
    const changes = JSON.parse(readFileSync(join(out, 'changes.json'), 'utf8')) as Changes;
    expect(changes.previousSnapshotId).toBe(before.manifest.snapshotId);
    expect(changes.snapshotId).toBe(after.manifest.snapshotId);
    expect(changes.added).toEqual([]);
    expect(changes.withdrawn).toEqual([]);
    expect(changes.amended).toEqual([{ report_id: id('NOR', 2), source_id: SYNTHETIC_SOURCE_ID, reporter: 'NOR', year: 'initial', version: 2, previous_report_id: id('NOR', 1) }]);
    expect(changes.sources).toEqual([{ id: SYNTHETIC_SOURCE_ID, factsBefore: 0, factsAfter: 0, rowsLoadedBefore: 40, rowsLoadedAfter: 42 }]);
    // The first build found every report new.
    expect(before.changes.added.map((r) => r.reporter)).toEqual(['CHL', 'JPN', 'NGA', 'NOR', 'NZL', 'PER']);
  });

  it('keeps both snapshots, each with the manifest of the build that made it, published with the tables', () => {
    const list = JSON.parse(readFileSync(join(out, 'snapshots.json'), 'utf8')) as SnapshotListEntry[];
    expect(list.map((s) => [s.snapshotId, s.builtAt])).toEqual([
      [before.manifest.snapshotId, BEFORE_AT.toISOString()],
      [after.manifest.snapshotId, AFTER_AT.toISOString()],
    ]);
    for (const s of list) {
      expect(s.manifest).toBe(`snapshots/${s.snapshotId}.manifest.json`);
      const m = JSON.parse(readFileSync(join(out, s.manifest!), 'utf8'));
      expect(m.snapshotId).toBe(s.snapshotId);
      expect(m.builtAt).toBe(s.builtAt);
      expect(existsSync(join(out, s.record))).toBe(true);
    }
    expect(existsSync(join(historyDir, 'manifests', `${before.manifest.snapshotId}.json`))).toBe(true);
    // The earlier snapshot's manifest still lists the earlier tables: 6 initial reports, not 7.
    const first = JSON.parse(readFileSync(join(out, list[0]!.manifest!), 'utf8'));
    expect(first.tables.find((t: { name: string }) => t.name === 'initial_reports').rows).toBe(6);
  });

  it('detects an answer corrected under the same version as an amendment', async () => {
    const { fingerprintReports } = await import('../../src/pipeline/snapshots.ts');
    const report = { report_id: id('NOR', 1), is_public: true, is_nil: null, sensitive_withheld: null, submitted_date: '2099-03-01' } as never;
    const a: InitialAnswerRow = { report_id: id('NOR', 1), question_id: 'A1.1a', answer: 'yes', text: null, source_file: 'x.csv', source_line: 2 };
    const fp = (ans: InitialAnswerRow[]) => fingerprintReports([report], [], ans)[id('NOR', 1)];
    expect(fp([a])).not.toBe(fp([{ ...a, answer: 'no' }]));
    // Moving the row to another line is not a change of content.
    expect(fp([a])).toBe(fp([{ ...a, source_line: 9 }]));
  });
});
