/**
 * Snapshots: each build's identity and a fingerprint of every report, kept in a history folder, so
 * that a figure cited from an earlier build can be traced to it, and each build can say what changed:
 * reports added, amended (a new version, or the same report with different content) or withdrawn.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InitialAnswerRow } from '../schema/initialAnswers.ts';
import type { ReportRow } from '../schema/reports.ts';
import type { TransferRow } from '../schema/transfers.ts';
import type { Manifest } from '../schema/manifest.ts';
import { diffSnapshots, type Changes } from '../schema/changes.ts';
import { sameData, type SnapshotListEntry, type SnapshotRecord } from '../schema/snapshots.ts';

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/**
 * The content of each report: its flags and its facts (transfers), or for an initial report its
 * answers, so that a report corrected under the same id shows as amended.
 */
export function fingerprintReports(reports: readonly ReportRow[], transfers: readonly TransferRow[], answers: readonly InitialAnswerRow[] = []): Record<string, string> {
  const facts = new Map<string, string[]>();
  const add = (reportId: string, content: unknown) => {
    const list = facts.get(reportId) ?? [];
    list.push(JSON.stringify(content));
    facts.set(reportId, list);
  };
  for (const t of transfers) {
    const { transfer_id: _id, source_line: _line, source_file: _file, ...content } = t;
    add(t.report_id, content);
  }
  for (const a of answers) {
    const { source_line: _line, source_file: _file, ...content } = a;
    add(a.report_id, content);
  }
  const out: Record<string, string> = {};
  for (const r of reports) {
    const flags = JSON.stringify([r.is_public, r.is_nil, r.sensitive_withheld, r.submitted_date]);
    out[r.report_id] = hash(flags + '\n' + (facts.get(r.report_id) ?? []).sort().join('\n'));
  }
  return out;
}

export function snapshotRecord(manifest: Manifest, fingerprints: Record<string, string>): SnapshotRecord {
  return {
    snapshotId: manifest.snapshotId,
    builtAt: manifest.builtAt,
    tables: manifest.tables.map((t) => ({ name: t.name, rows: t.rows, sha256: t.sha256 })),
    sources: manifest.sources.map((s) => ({ id: s.id, rowsLoaded: s.rowsLoaded, rowsRejected: s.rowsRejected, facts: s.facts })),
    reports: fingerprints,
  };
}

export async function readHistory(dir: string): Promise<SnapshotRecord[]> {
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  const out = await Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as SnapshotRecord));
  return out.sort((a, b) => a.builtAt.localeCompare(b.builtAt));
}

async function writeJson(file: string, data: unknown) {
  await writeFile(`${file}.tmp`, JSON.stringify(data) + '\n');
  await rename(`${file}.tmp`, file);
}

/**
 * Records the snapshot in the history folder unless the latest one holds the same data, then writes
 * `changes.json` (against the snapshot before) and `snapshots.json` (the list) into the output folder.
 */
export async function recordSnapshot(current: SnapshotRecord, historyDir: string, outDir: string): Promise<{ changes: Changes; recorded: boolean; history: SnapshotRecord[] }> {
  const history = await readHistory(historyDir);
  const latest = history.at(-1);
  let recorded = false;
  let effective = current;
  if (latest && sameData(latest, current)) {
    effective = latest;
  } else {
    await mkdir(historyDir, { recursive: true });
    await writeJson(join(historyDir, `${current.snapshotId}.json`), current);
    history.push(current);
    recorded = true;
  }
  const previous = history.length >= 2 ? history[history.length - 2]! : null;
  const changes = diffSnapshots(previous, effective);
  await writeJson(join(outDir, 'changes.json'), changes);
  await writeJson(
    join(outDir, 'snapshots.json'),
    history.map((h) => ({ snapshotId: h.snapshotId, builtAt: h.builtAt, tables: h.tables, reports: Object.keys(h.reports).length })),
  );
  return { changes, recorded, history };
}

/** Folder of the history holding each snapshot's full manifest, `<id>.json` (not a record: kept apart). */
export const MANIFESTS_SUBDIR = 'manifests';

/**
 * Keeps the manifest of the build that made a snapshot in the history (once: a rebuild of the same
 * data keeps the first), so that a figure cited from that snapshot can be traced to its tables,
 * checksums and sources. A manifest is kept only when its tables are byte for byte the snapshot's
 * (same names and SHA-256), so a later build of equivalent data never stands in for a different one.
 */
export async function keepManifest(historyDir: string, manifest: { snapshotId: string; tables: { name: string; sha256: string }[] }, record: SnapshotRecord): Promise<boolean> {
  const dir = join(historyDir, MANIFESTS_SUBDIR);
  const file = join(dir, `${manifest.snapshotId}.json`);
  const same = manifest.snapshotId === record.snapshotId && manifest.tables.length === record.tables.length && manifest.tables.every((t) => record.tables.some((r) => r.name === t.name && r.sha256 === t.sha256));
  if (!same) return false;
  try {
    await readFile(file);
    return false;
  } catch {
    // not kept yet
  }
  await mkdir(dir, { recursive: true });
  await writeJson(file, manifest);
  return true;
}

/**
 * Publishes the history with the tables: every snapshot record as `snapshots/<id>.json` and every
 * kept manifest as `snapshots/<id>.manifest.json` in the output folder, and `snapshots.json` listing
 * them, oldest first. The site links each earlier snapshot's manifest from these files.
 */
export async function publishHistory(historyDir: string, outDir: string): Promise<SnapshotListEntry[]> {
  const history = await readHistory(historyDir);
  const dir = join(outDir, 'snapshots');
  await mkdir(dir, { recursive: true });
  const out: SnapshotListEntry[] = [];
  for (const h of history) {
    const record = `snapshots/${h.snapshotId}.json`;
    await copyFile(join(historyDir, `${h.snapshotId}.json`), join(outDir, record));
    let manifest: string | null = `snapshots/${h.snapshotId}.manifest.json`;
    try {
      await copyFile(join(historyDir, MANIFESTS_SUBDIR, `${h.snapshotId}.json`), join(outDir, manifest));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      manifest = null;
    }
    out.push({ snapshotId: h.snapshotId, builtAt: h.builtAt, tables: h.tables, reports: Object.keys(h.reports).length, record, manifest });
  }
  await writeJson(join(outDir, 'snapshots.json'), out);
  return out;
}
