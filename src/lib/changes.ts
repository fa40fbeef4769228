/**
 * The data history as the site shows it: `changes.json` (this snapshot against the previous one),
 * `snapshots.json` (every snapshot kept, with its record and manifest files) and the records themselves,
 * all written by the pipeline next to the tables. Turning them into the rows of the changes page and
 * into feed entries is done here, in plain functions the tests call directly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffSnapshots, parseReportId, type Changes, type ReportRef, type SnapshotListEntry, type SnapshotRecord } from '../pipeline/snapshots.ts';
import { dataDir } from './dataDir.ts';

export type { Changes, SnapshotListEntry };
export type ChangeKind = 'added' | 'amended' | 'withdrawn';

export interface ChangeRow {
  kind: ChangeKind;
  reportId: string;
  sourceId: string;
  reporter: string;
  /** A year, or 'initial' for an initial report. */
  year: string;
  version: number;
  /** For an amended report: the report id it replaces (the same id when only its content changed). */
  previousReportId: string | null;
}

export interface SourceChange {
  sourceId: string;
  added: number;
  amended: number;
  withdrawn: number;
  factsBefore: number | null;
  factsAfter: number;
  rowsLoadedBefore: number | null;
  rowsLoadedAfter: number;
}

function readJson<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function readChanges(dir = dataDir()): Changes | null {
  return readJson<Changes>(join(dir, 'changes.json'));
}

/** Snapshots, oldest first. Lists written before records were published have no file paths: kept, with null files. */
export function readSnapshotList(dir = dataDir()): SnapshotListEntry[] {
  const list = readJson<Partial<SnapshotListEntry>[]>(join(dir, 'snapshots.json')) ?? [];
  return list.map((s) => ({
    snapshotId: s.snapshotId!,
    builtAt: s.builtAt!,
    tables: s.tables ?? [],
    reports: s.reports ?? 0,
    record: s.record && existsSync(join(dir, s.record)) ? s.record : '',
    manifest: s.manifest && existsSync(join(dir, s.manifest)) ? s.manifest : null,
  }));
}

/** The snapshot records published with the tables, oldest first (those whose file is missing are skipped). */
export function readHistoryRecords(dir = dataDir()): SnapshotRecord[] {
  return readSnapshotList(dir)
    .filter((s) => s.record)
    .map((s) => readJson<SnapshotRecord>(join(dir, s.record))!)
    .sort((a, b) => a.builtAt.localeCompare(b.builtAt));
}

const row = (kind: ChangeKind, r: ReportRef, previous: string | null = null): ChangeRow => ({
  kind,
  reportId: r.report_id,
  sourceId: r.source_id,
  reporter: r.reporter,
  year: r.year,
  version: r.version,
  previousReportId: previous,
});

/** Every changed report as a row: amended first (what readers look for), then added, then withdrawn. */
export function changeRows(c: Changes): ChangeRow[] {
  return [...c.amended.map((r) => row('amended', r, r.previous_report_id)), ...c.added.map((r) => row('added', r)), ...c.withdrawn.map((r) => row('withdrawn', r))];
}

/** Per source: reports added / amended / withdrawn, and rows and facts before and after. */
export function sourceChanges(c: Changes): SourceChange[] {
  const count = (xs: ReportRef[], id: string) => xs.filter((r) => r.source_id === id).length;
  return c.sources.map((s) => ({
    sourceId: s.id,
    added: count(c.added, s.id),
    amended: count(c.amended, s.id),
    withdrawn: count(c.withdrawn, s.id),
    factsBefore: s.factsBefore,
    factsAfter: s.factsAfter,
    rowsLoadedBefore: s.rowsLoadedBefore,
    rowsLoadedAfter: s.rowsLoadedAfter,
  }));
}

/** One change of one report in one snapshot: what the feeds publish. */
export interface HistoryChange extends ChangeRow {
  snapshotId: string;
  builtAt: string;
  /** True for the reports of the very first snapshot (all "added": there was nothing before). */
  first: boolean;
}

/** Every change between consecutive snapshots of the history, oldest snapshot first. */
export function historyChanges(history: readonly SnapshotRecord[]): HistoryChange[] {
  const out: HistoryChange[] = [];
  history.forEach((rec, i) => {
    const c = diffSnapshots(i === 0 ? null : history[i - 1]!, rec);
    for (const r of changeRows(c)) out.push({ ...r, snapshotId: rec.snapshotId, builtAt: rec.builtAt, first: i === 0 });
  });
  return out;
}

/** Reporter of a report id (for per-State feeds), or null when the id is not a report id. */
export function reporterOf(reportId: string): string | null {
  try {
    return parseReportId(reportId).reporter;
  } catch {
    return null;
  }
}
