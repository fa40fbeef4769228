/**
 * changes.json, as published next to the tables: what changed between a snapshot and the one before
 * (reports added, amended, withdrawn; rows and facts per source), and the plain functions that turn
 * it, or the whole snapshot history, into rows for the changes page and the feeds. No Node imports.
 */
import { parseReportId, type ReportRef, type SnapshotRecord } from './snapshots.ts';

export interface Changes {
  snapshotId: string;
  builtAt: string;
  previousSnapshotId: string | null;
  added: ReportRef[];
  amended: (ReportRef & { previous_report_id: string })[];
  withdrawn: ReportRef[];
  sources: { id: string; factsBefore: number | null; factsAfter: number; rowsLoadedBefore: number | null; rowsLoadedAfter: number }[];
}

export function diffSnapshots(prev: SnapshotRecord | null, next: SnapshotRecord): Changes {
  const before = prev?.reports ?? {};
  const slot = (r: ReportRef) => `${r.source_id}|${r.reporter}|${r.year}`;
  const prevBySlot = new Map<string, ReportRef>();
  for (const id of Object.keys(before)) {
    const r = parseReportId(id);
    const cur = prevBySlot.get(slot(r));
    if (!cur || cur.version < r.version) prevBySlot.set(slot(r), r);
  }
  const nextSlots = new Set(Object.keys(next.reports).map((id) => slot(parseReportId(id))));
  const added: ReportRef[] = [];
  const amended: Changes['amended'] = [];
  for (const [id, fp] of Object.entries(next.reports)) {
    const r = parseReportId(id);
    if (id in before) {
      if (before[id] !== fp) amended.push({ ...r, previous_report_id: id });
      continue;
    }
    const earlier = prevBySlot.get(slot(r));
    if (earlier && earlier.version < r.version) amended.push({ ...r, previous_report_id: earlier.report_id });
    else if (!earlier) added.push(r);
  }
  const withdrawn = Object.keys(before)
    .filter((id) => !(id in next.reports))
    .map(parseReportId)
    .filter((r) => !nextSlots.has(slot(r)));
  const sortRefs = <T extends ReportRef>(xs: T[]) => xs.sort((a, b) => a.report_id.localeCompare(b.report_id));
  return {
    snapshotId: next.snapshotId,
    builtAt: next.builtAt,
    previousSnapshotId: prev?.snapshotId ?? null,
    added: sortRefs(added),
    amended: sortRefs(amended),
    withdrawn: sortRefs(withdrawn),
    sources: next.sources.map((s) => {
      const p = prev?.sources.find((x) => x.id === s.id);
      return { id: s.id, factsBefore: p?.facts ?? null, factsAfter: s.facts, rowsLoadedBefore: p?.rowsLoaded ?? null, rowsLoadedAfter: s.rowsLoaded };
    }),
  };
}

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
