/**
 * Reads the data history the pipeline published next to the tables (build time, Node):
 * `changes.json` (this snapshot against the previous one), `snapshots.json` (every snapshot kept,
 * with its record and manifest files) and the records themselves. Their formats, and the functions
 * that turn them into page rows and feed entries, are in src/schema/changes.ts and snapshots.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Changes } from '../schema/changes.ts';
import type { SnapshotListEntry, SnapshotRecord } from '../schema/snapshots.ts';
import { dataDir } from './dataDir.ts';

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
