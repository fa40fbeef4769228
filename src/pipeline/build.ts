/**
 * The whole build, wired from the stages: fetch → parse → normalize → reconcile → validate → publish.
 * Everything it needs comes in through BuildInputs, so tests run it on fixture sources with the same
 * code path as the CLI.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CategoryRow } from '../schema/categories.ts';
import type { CategoryScheme } from '../schema/codes.ts';
import { TABLES, categories, initialAnswers, initialQuestions, initialReports, licenceItems, reconciliation, rejects as rejectsTable, reports, states, transfers } from '../schema/index.ts';
import { INITIAL_QUESTIONS } from '../reference/initialQuestions.ts';
import { asNormalizedSource, normalizeInitial, type NormalizedInitialSource } from './initialNormalize.ts';
import type { ParsedTreatyStatus } from './types.ts';
import { normalizeTreatyStatus, type NormalizedTreatyStatus } from './treatyStatus.ts';
import { ATT_PARTICIPANTS } from '../reference/attParticipation.ts';
import { questionRows } from './initialQuestionRows.ts';
import type { RejectRow } from '../schema/rejects.ts';
import type { StateRow } from '../schema/states.ts';
import type { TransferRow } from '../schema/transfers.ts';
import type { LicenceItemRow } from '../schema/licenceItems.ts';
import type { LicenceItemDraft } from './licenceNormalize.ts';
import { buildManifest, writeManifest, type SourceReport } from './manifest.ts';
import type { Manifest } from '../schema/manifest.ts';
import { fingerprintReports, keepManifest, publishHistory, recordSnapshot, snapshotRecord } from './snapshots.ts';
import type { Changes } from '../schema/changes.ts';
import { normalizeSource, type NormalizedSource, type NormalizedTotal, type TransferDraft } from './normalize.ts';
import { writeHashedFiles } from './hashedFiles.ts';
import { publishTables, stagingFolder, swapIn } from './publish.ts';
import { reconcile } from './reconcile.ts';
import { fetchSource, parseSourcesManifest, type FetchedFile, type SourceSpec } from './sources.ts';
import { OWN_TABLES, type NormalizedRows } from './euNormalize.ts';
import type { Adapter, OwnTableAdapter, ParsedInitialSource, ParsedRows, ParsedSource } from './types.ts';
import type { CategoryLookup } from '../reference/categoryLookup.ts';
import type { StateResolver } from '../reference/stateResolver.ts';

export interface Reference {
  states: StateRow[];
  categories: CategoryRow[];
  stateResolver(rows: StateRow[]): StateResolver;
  categoryLookup(rows: CategoryRow[]): CategoryLookup;
  canonicalCode(scheme: CategoryScheme, code: string): string;
}

export interface BuildInputs {
  root: string;
  sourcesFile: string;
  outDir: string;
  /** Folder of earlier snapshots (committed: data/snapshots). */
  historyDir: string;
  mirror?: string;
  cacheDir?: string;
  adapters: Record<string, Adapter>;
  reference: Reference;
  /** Build time; injected so that tests are deterministic. */
  now: Date;
  versions: Record<string, string>;
  /** Only these source ids (all when absent). */
  only?: string[];
  onProgress?: (message: string) => void;
  /** Writes further files (e.g. templates) into the staging folder, so they are published with the tables. */
  beforeSwap?: (stagingDir: string) => Promise<void>;
}

export interface BuildResult {
  manifest: Manifest;
  sources: NormalizedSource[];
  changes: Changes;
  timings: Record<string, number>;
}

export class ReconcileCountError extends Error {}

export async function build(inp: BuildInputs): Promise<BuildResult> {
  const log = inp.onProgress ?? (() => {});
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, f: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    }
  };

  const specs = parseSourcesManifest(JSON.parse(await readFile(inp.sourcesFile, 'utf8')), inp.sourcesFile).filter((s) => !inp.only || inp.only.includes(s.id));

  // Fetch and parse every source first: sources may define categories (the UK ratings list).
  // Initial reports answer questions rather than report transfers, and the treaty status gives participation
  // facts, and EU brokering, consultations and missions are not transfers: their adapters are of other kinds,
  // and their rows go to tables of their own.
  const parsed: { spec: SourceSpec; files: FetchedFile[]; result: ParsedSource }[] = [];
  const parsedInitial: { spec: SourceSpec; files: FetchedFile[]; result: ParsedInitialSource }[] = [];
  let parsedStatus: { spec: SourceSpec; files: FetchedFile[]; result: ParsedTreatyStatus } | undefined;
  const parsedOwn: { spec: SourceSpec; files: FetchedFile[]; adapter: OwnTableAdapter; result: ParsedRows<unknown> }[] = [];
  for (const spec of specs) {
    const adapter = inp.adapters[spec.adapter];
    if (!adapter) throw new Error(`${inp.sourcesFile}: source '${spec.id}' names adapter '${spec.adapter}', which does not exist`);
    const files = await time('fetch', () => fetchSource(spec, { mirror: inp.mirror, cacheDir: inp.cacheDir, root: inp.root }));
    log(`${spec.id}: ${files.length} file(s), ${files.reduce((n, f) => n + f.bytes.length, 0).toLocaleString('en')} bytes, sha256 verified`);
    let rowsRead: number;
    if (adapter.kind === 'initial') {
      const result = await time('parse', () => adapter.parse(files));
      parsedInitial.push({ spec, files, result });
      rowsRead = result.rowsRead;
    } else if (adapter.kind === 'own-table') {
      // EU brokering, consultations, missions: rows of tables of their own, never transfers.
      const result = await time('parse', () => adapter.parse(files));
      parsedOwn.push({ spec, files, adapter, result });
      rowsRead = result.rowsRead;
    } else if (adapter.kind === 'treaty-status') {
      // The depositary's status page gives participation facts, not reports: it rebuilds the ATT columns of `states`.
      if (parsedStatus) throw new Error(`${inp.sourcesFile}: sources '${parsedStatus.spec.id}' and '${spec.id}' both give the ATT status; keep one`);
      const result = await time('parse', () => adapter.parse(files));
      parsedStatus = { spec, files, result };
      rowsRead = result.rowsRead;
    } else {
      const result = await time('parse', () => adapter.parse(files));
      parsed.push({ spec, files, result });
      rowsRead = result.rowsRead;
    }
    log(`${spec.id}: parsed ${rowsRead.toLocaleString('en')} rows`);
  }

  const categoryRows = mergeCategories(
    inp.reference.categories,
    parsed.flatMap((p) => p.result.categories ?? []),
  );
  const resolver = inp.reference.stateResolver(inp.reference.states);
  const lookup = inp.reference.categoryLookup(categoryRows);

  const normalized = await time('normalize', () =>
    parsed.map(({ spec, result }) => normalizeSource(result, { sourceId: spec.id, instrument: spec.instrument, states: resolver, categories: lookup, canonicalCode: inp.reference.canonicalCode })),
  );
  const initial: NormalizedInitialSource[] = parsedInitial.map(({ spec, result }) => normalizeInitial(result, { sourceId: spec.id, states: resolver, questions: INITIAL_QUESTIONS }));
  const ownNormalized: NormalizedRows<Record<string, unknown>>[] = await time('normalize', () => parsedOwn.map(({ adapter, result }) => adapter.normalize(result, { states: resolver, stateRows: inp.reference.states })));
  const treaty: NormalizedTreatyStatus | undefined = parsedStatus
    ? await time('normalize', () =>
        normalizeTreatyStatus(parsedStatus.result, { sourceId: parsedStatus.spec.id, sourceUrl: parsedStatus.spec.homepage, states: inp.reference.states, resolver, handCompiled: ATT_PARTICIPANTS }),
      )
    : undefined;
  const stateRows = treaty?.states ?? inp.reference.states;
  const all = [
    ...normalized,
    ...initial.map((i, k) => asNormalizedSource(i, parsedInitial[k]!.spec)),
    ...(treaty && parsedStatus ? [statusAsNormalizedSource(treaty, parsedStatus.spec)] : []),
    ...ownNormalized.map(
      (o, k): NormalizedSource => ({
        sourceId: parsedOwn[k]!.spec.id,
        transfers: [],
        reports: [],
        totals: [],
        rejects: o.rejects,
        rowsRead: o.rowsRead,
        rowsLoaded: o.rowsLoaded,
        unresolvedNames: o.unresolvedNames,
        cleanedNames: new Map(),
        textsCut: 0,
        tableRows: { [o.table.name]: o.rows.length },
      }),
    ),
  ];
  for (const n of all) {
    const structural = structuralCount(n);
    if (n.rowsRead !== n.rowsLoaded + n.rejects.length + structural)
      throw new ReconcileCountError(`${n.sourceId}: rows read (${n.rowsRead}) ≠ loaded (${n.rowsLoaded}) + rejected (${n.rejects.length})${structural ? ` + structural (${structural})` : ''}; an adapter lost rows`);
    log(`${n.sourceId}: loaded ${n.rowsLoaded.toLocaleString('en')}, rejected ${n.rejects.length.toLocaleString('en')}, ${n.transfers.length.toLocaleString('en')} facts`);
  }

  const transferRows = await time('assemble', () => numberTransfers(normalized.flatMap((n) => n.transfers)));
  const totals: NormalizedTotal[] = normalized.flatMap((n) => n.totals);
  const reconRows = await time('reconcile', () => reconcile(totals, transferRows));
  const rejectRows: RejectRow[] = all.flatMap((n) => n.rejects.map((r) => ({ source_id: n.sourceId, source_file: r.file, source_line: r.line, reason_code: r.reasonCode, reason: r.reason, raw: r.raw })));
  const reportRows = all.flatMap((n) => n.reports);

  // Everything is written into a staging folder beside the output and swapped in at the end, so a
  // failure anywhere before the swap leaves the published folder exactly as it was.
  const stage = await stagingFolder(inp.outDir);
  try {
    return await publishInto(stage);
  } catch (e) {
    await rm(stage, { recursive: true, force: true });
    throw e;
  }

  async function publishInto(outDir: string): Promise<BuildResult> {
    const published = await time('publish', () =>
      publishTables(outDir, [
        { table: transfers, rows: transferRows },
        { table: reports, rows: reportRows },
        { table: states, rows: stateRows },
        { table: categories, rows: categoryRows },
        { table: reconciliation, rows: reconRows },
        { table: rejectsTable, rows: rejectRows },
        { table: initialReports, rows: initial.flatMap((i) => i.reports) },
        { table: initialAnswers, rows: initial.flatMap((i) => i.answers) },
        { table: initialQuestions, rows: questionRows(INITIAL_QUESTIONS) },
        { table: licenceItems, rows: numberLicenceItems(normalized.flatMap((n) => n.licenceItems ?? [])) },
        ...OWN_TABLES.map((table) => ({ table, rows: ownNormalized.filter((o) => o.table === table).flatMap((o) => o.rows) })),
      ]),
    );
    if (published.length !== TABLES.length) throw new Error('publish: a table was not written');

    const sourceReports: SourceReport[] = [...parsed, ...parsedInitial, ...(parsedStatus ? [parsedStatus] : []), ...parsedOwn].map(({ spec, files }, i) => ({ spec, files, normalized: all[i]! }));
    const manifest = buildManifest({ now: inp.now, versions: inp.versions, tables: published, sources: sourceReports, reconciliation: reconRows });
    if (treaty) manifest.treatyStatus = treaty.summary;
    const initialAnswerRows = initial.flatMap((i) => i.answers);
    const { changes, history } = await time('snapshot', async () => {
      const record = snapshotRecord(manifest, fingerprintReports(reportRows, transferRows, initialAnswerRows));
      return recordSnapshot(record, inp.historyDir, outDir);
    });
    manifest.snapshotId = changes.snapshotId;
    manifest.previousSnapshotId = changes.previousSnapshotId;
    await writeManifest(outDir, manifest);
    // The content-named links the page fetches (immutable on the host), made in the staging folder:
    // they are swapped in with the tables they name, and none of an earlier build is carried over.
    await writeHashedFiles(outDir, manifest.tables);
    // Earlier snapshots stay traceable: each keeps the manifest of the build that made it.
    await keepManifest(inp.historyDir, manifest, history.find((h) => h.snapshotId === changes.snapshotId)!);
    await publishHistory(inp.historyDir, outDir);
    await inp.beforeSwap?.(outDir);
    await time('publish', () => swapIn(outDir, inp.outDir));
    return { manifest, sources: all, changes, timings };
  }
}

/** The status source in the shape the manifest takes: rows read, loaded and rejected; no facts or reports. */
function statusAsNormalizedSource(t: NormalizedTreatyStatus, spec: SourceSpec): NormalizedSource {
  return { sourceId: spec.id, transfers: [], reports: [], totals: [], rejects: t.rejects, rowsRead: t.rowsRead, rowsLoaded: t.rowsLoaded, unresolvedNames: t.unresolvedNames, cleanedNames: new Map(), textsCut: 0 };
}

/** Title, header and blank lines a source counted as read (0 for most sources). */
export function structuralCount(n: Pick<NormalizedSource, 'structural'>): number {
  return Object.values(n.structural ?? {}).reduce((a, b) => a + b, 0);
}

/** Reference categories first; a source may add codes of its own scheme but never redefine one. */
export function mergeCategories(reference: CategoryRow[], fromSources: CategoryRow[]): CategoryRow[] {
  const seen = new Set(reference.map((c) => `${c.scheme}|${c.code}`));
  const out = [...reference];
  for (const c of fromSources) {
    const k = `${c.scheme}|${c.code}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out;
}

/** Deterministic ids: the same inputs give the same transfer_id in every build. */
export function numberTransfers(drafts: TransferDraft[]): TransferRow[] {
  const sorted = [...drafts].sort((a, b) => a.source_id.localeCompare(b.source_id) || a.source_file.localeCompare(b.source_file) || a.source_line - b.source_line || a.basis.localeCompare(b.basis));
  return sorted.map((d, i) => ({ transfer_id: i + 1, ...d }));
}

/** Deterministic ids for licence items, in source, file and line order. */
export function numberLicenceItems(drafts: LicenceItemDraft[]): LicenceItemRow[] {
  const sorted = [...drafts].sort((a, b) => a.source_id.localeCompare(b.source_id) || a.source_file.localeCompare(b.source_file) || a.source_line - b.source_line);
  return sorted.map((d, i) => ({ item_id: i + 1, ...d }));
}

export const DEFAULT_OUT = join('public', 'data');
