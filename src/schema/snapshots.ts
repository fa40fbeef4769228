/**
 * The snapshot files published next to the tables (`snapshots/<id>.json`, `snapshots.json`): each
 * build's identity and a fingerprint of every report. The pipeline writes them
 * (src/pipeline/snapshots.ts); the site and the feeds read them. No Node imports here.
 */

export interface SnapshotRecord {
  snapshotId: string;
  builtAt: string;
  tables: { name: string; rows: number; sha256: string }[];
  sources: { id: string; rowsLoaded: number; rowsRejected: number; facts: number }[];
  /** report_id → fingerprint of the report's flags and facts (ids and line numbers left out). */
  reports: Record<string, string>;
}

export interface ReportRef {
  report_id: string;
  source_id: string;
  reporter: string;
  year: string;
  version: number;
}

/** Entry of `snapshots.json` once the history is published: the record and, when kept, the full manifest. */
export interface SnapshotListEntry {
  snapshotId: string;
  builtAt: string;
  tables: SnapshotRecord['tables'];
  reports: number;
  /** Path of the snapshot record under the output folder, e.g. `snapshots/<id>.json`. */
  record: string;
  /** Path of the manifest of the build that made the snapshot, e.g. `snapshots/<id>.manifest.json`; null when none was kept. */
  manifest: string | null;
}

/** Parses ids made by reportIdFor: `<source>:<reporter>:<year|initial>:v<version>`. */
export function parseReportId(id: string): ReportRef {
  const m = /^(.+):([^:]+):([^:]+):v(\d+)$/.exec(id);
  if (!m) throw new Error(`not a report id: ${id}`);
  return { report_id: id, source_id: m[1]!, reporter: m[2]!, year: m[3]!, version: Number(m[4]) };
}

/** Two snapshots hold the same data when their reports and fingerprints are the same. */
export function sameData(a: SnapshotRecord, b: SnapshotRecord): boolean {
  const ka = Object.keys(a.reports);
  return ka.length === Object.keys(b.reports).length && ka.every((k) => a.reports[k] === b.reports[k]);
}
