/**
 * Normalize stage: names as written → ISO codes, category codes → canonical codes with their ATT
 * crosswalk, facts grouped into reports, and every row checked against its table's zod schema.
 *
 * Counting is per source line: a line that yields two facts (EU COARM: licences and deliveries) is
 * loaded or rejected as a whole, so that rows read = rows loaded + rows rejected still holds.
 */
import type { CategoryScheme } from '../schema/codes.ts';
import { reports as reportsTable, type ReportRow } from '../schema/reports.ts';
import { transfers as transfersTable, type TransferRow } from '../schema/transfers.ts';
import { RowReject } from './kit/rowReject.ts';
import type { ParsedFact, ParsedReport, ParsedSource, ParsedTotal, Reject } from './types.ts';
import type { CategoryInfo, CategoryLookup } from '../reference/categoryLookup.ts';
import type { StateResolver } from '../reference/stateResolver.ts';
import type { Instrument } from '../schema/codes.ts';
import { normalizeLicenceItem, type LicenceItemDraft } from './licenceNormalize.ts';

export type TransferDraft = Omit<TransferRow, 'transfer_id'>;

/** Built once: a zod schema derived per row would cost more than the rest of the build. */
const transferDraftRow = transfersTable.row.omit({ transfer_id: true });

/** A reported total with its names resolved; reconciled against the facts later. */
export interface NormalizedTotal extends ParsedTotal {
  sourceId: string;
  reporterIso3: string | null;
  partnerIso3: string | null;
  reportId: string | null;
}

export interface NormalizedSource {
  sourceId: string;
  transfers: TransferDraft[];
  reports: ReportRow[];
  totals: NormalizedTotal[];
  /** Licence items (licence_items), for sources that list licences item by item. */
  licenceItems?: LicenceItemDraft[];
  rejects: Reject[];
  rowsRead: number;
  rowsLoaded: number;
  /** Lines read that carry no data by design (titles, repeated headers, blank lines), by kind. */
  structural?: Record<string, number>;
  /** Names no resolver knew, with how many lines each cost: the build report lists them all. */
  unresolvedNames: Map<string, number>;
}

export interface NormalizeContext {
  sourceId: string;
  instrument: Instrument;
  states: StateResolver;
  categories: CategoryLookup;
  canonicalCode: (scheme: CategoryScheme, code: string) => string;
}

export function reportIdFor(sourceId: string, reporter: string, year: number | null, version: number): string {
  return `${sourceId}:${reporter}:${year ?? 'initial'}:v${version}`;
}

export function normalizeSource(parsed: ParsedSource, ctx: NormalizeContext): NormalizedSource {
  const unresolvedNames = new Map<string, number>();
  const rejects: Reject[] = [...parsed.rejects];
  const rejectedLines = new Set<string>();
  const lineKey = (file: string, line: number) => `${file}\u0000${line}`;

  // Sources repeat a few hundred names over many thousand lines: resolve each name once.
  const resolved = new Map<string, ReturnType<StateResolver['resolve']>>();
  const resolveState = (name: string, role: string): string | null => {
    let r = resolved.get(name);
    if (r === undefined) {
      r = ctx.states.resolve(name);
      resolved.set(name, r);
    }
    if (!r) throw new RowReject('unknown_country', `${role} '${name}' is not a known State or territory name (add it to the reviewed alias table if it is one)`, name);
    return r.iso3;
  };
  const rejectLine = (file: string, line: number, raw: string, e: unknown) => {
    const key = lineKey(file, line);
    if (rejectedLines.has(key)) return;
    rejectedLines.add(key);
    if (e instanceof RowReject) {
      rejects.push({ file, line, reasonCode: e.reasonCode, reason: e.message, raw });
      if (e.unresolved) unresolvedNames.set(e.unresolved, (unresolvedNames.get(e.unresolved) ?? 0) + 1);
    } else throw e;
  };

  // Reports given explicitly by the source (title pages, participation years).
  const reportByKey = new Map<string, ReportRow>();
  const explicitReports: { parsed: ParsedReport; row: ReportRow }[] = [];
  for (const r of parsed.reports) {
    try {
      const iso3 = resolveState(r.reporterName, 'reporting State');
      const row = validate(reportsTable.row, {
        report_id: reportIdFor(ctx.sourceId, iso3 ?? r.reporterName, r.year, r.version),
        source_id: ctx.sourceId,
        instrument: r.instrument,
        report_type: r.reportType,
        reporter_iso3: iso3,
        reporter_name: r.reporterName,
        year: r.year,
        version: r.version,
        submitted_date: r.submittedDate,
        is_public: r.isPublic,
        is_nil: r.isNil,
        sensitive_withheld: r.sensitiveWithheld,
        facts: 0,
        source_file: r.file,
      });
      explicitReports.push({ parsed: r, row });
      reportByKey.set(r.reportKey, row);
    } catch (e) {
      rejectLine(r.file, r.line, `report ${r.reportKey}`, e);
    }
  }

  // Facts, grouped by line so that a line is kept or rejected whole.
  const transfers: TransferDraft[] = [];
  const byLine = groupByLine(parsed.facts);
  const categoryCache = new Map<string, { code: string; info: CategoryInfo } | null>();
  for (const facts of byLine.values()) {
    const first = facts[0]!;
    try {
      const rows: TransferDraft[] = [];
      for (const f of facts) {
        const reporterIso3 = resolveState(f.reporterName, 'reporter');
        const partnerIso3 = f.partnerName === null ? null : resolveState(f.partnerName, 'partner');
        const originIso3 = f.originName === null ? null : resolveState(f.originName, 'State of origin');
        const cacheKey = `${f.categoryScheme}\u0000${f.categoryCode}`;
        let cat = categoryCache.get(cacheKey);
        if (cat === undefined) {
          const info = ctx.categories.lookup(f.categoryScheme, f.categoryCode);
          cat = info ? { code: ctx.canonicalCode(f.categoryScheme, f.categoryCode), info } : null;
          categoryCache.set(cacheKey, cat);
        }
        if (!cat) throw new RowReject('unknown_category', `category '${f.categoryCode}' is not in the ${f.categoryScheme} scheme`);
        let report = reportByKey.get(f.reportKey);
        if (!report) {
          report = implicitReport(ctx, f, reporterIso3);
          reportByKey.set(f.reportKey, report);
        }
        rows.push(
          validate(transferDraftRow, {
            source_id: ctx.sourceId,
            report_id: report.report_id,
            reporter_iso3: reporterIso3,
            reporter_name: f.reporterName,
            year: f.year,
            direction: f.direction,
            partner_iso3: partnerIso3,
            partner_name: f.partnerName,
            category_scheme: f.categoryScheme,
            category_code: cat.code,
            att_category: cat.info.attCategory as TransferDraft['att_category'],
            att_match: cat.info.attMatch,
            basis: f.basis,
            licences: f.licences,
            items: f.items,
            value: f.value,
            currency: f.currency,
            decision_date: f.decisionDate,
            origin_iso3: originIso3,
            intermediate: f.intermediate,
            description: f.description,
            comments: f.comments,
            source_file: f.file,
            source_line: f.line,
          }),
        );
      }
      transfers.push(...rows);
    } catch (e) {
      rejectLine(first.file, first.line, rawOfFact(first), e);
    }
  }

  // Totals: resolved like facts; a total for an unknown name is rejected, never dropped.
  const totals: NormalizedTotal[] = [];
  for (const t of parsed.totals) {
    try {
      if (rejectedLines.has(lineKey(t.file, t.line))) continue;
      const reporterIso3 = t.reporterName === null ? null : resolveState(t.reporterName, 'reporter');
      const partnerIso3 = t.partnerName === null ? null : resolveState(t.partnerName, 'partner');
      const key = t.reporterName === null ? undefined : `${t.reporterName}|${t.year}`;
      const reportId = key ? (reportByKey.get(key)?.report_id ?? reportIdFor(ctx.sourceId, reporterIso3 ?? t.reporterName!, t.year, 1)) : null;
      totals.push({ ...t, sourceId: ctx.sourceId, reporterIso3, partnerIso3, reportId });
    } catch (e) {
      rejectLine(t.file, t.line, `${t.reporterLabel};${t.partnerName ?? ''};${t.year};${t.categoryCode}`, e);
    }
  }
  // A line whose total was rejected after its other totals were kept: drop those too.
  const keptTotals = totals.filter((t) => !rejectedLines.has(lineKey(t.file, t.line)));

  // Licence items: their own table, resolved with the same names.
  const licenceRows: LicenceItemDraft[] = [];
  for (const item of parsed.licenceItems ?? []) {
    try {
      const r = normalizeLicenceItem(item, ctx.sourceId, resolveState, ctx.categories);
      if (!r.ok) throw new RowReject(r.reasonCode, r.reason);
      licenceRows.push(r.row);
    } catch (e) {
      rejectLine(item.file, item.line, `${item.licenceNumber};${item.decisionDate};${item.partnerName};${item.value}`, e);
    }
  }

  // Fact counts per report.
  const factsPerReport = new Map<string, number>();
  for (const t of transfers) factsPerReport.set(t.report_id, (factsPerReport.get(t.report_id) ?? 0) + 1);
  const reports = [...new Map([...reportByKey.values()].map((r) => [r.report_id, r])).values()].map((r) => ({ ...r, facts: factsPerReport.get(r.report_id) ?? 0 }));

  // Explicit report lines (title pages) count as loaded lines only if the adapter said so; lines
  // rejected here were counted as loaded by the adapter and move to the rejected side.
  const newlyRejected = rejects.length - parsed.rejects.length;
  return {
    sourceId: ctx.sourceId,
    transfers,
    reports,
    totals: keptTotals,
    ...(parsed.licenceItems ? { licenceItems: licenceRows } : {}),
    rejects,
    rowsRead: parsed.rowsRead,
    rowsLoaded: parsed.rowsLoaded - newlyRejected,
    structural: parsed.structural,
    unresolvedNames,
  };
}

function implicitReport(ctx: NormalizeContext, f: ParsedFact, reporterIso3: string | null): ReportRow {
  return validate(reportsTable.row, {
    report_id: reportIdFor(ctx.sourceId, reporterIso3 ?? f.reporterName, f.year, 1),
    source_id: ctx.sourceId,
    instrument: ctx.instrument,
    report_type: 'annual',
    reporter_iso3: reporterIso3,
    reporter_name: f.reporterName,
    year: f.year,
    version: 1,
    submitted_date: null,
    // Facts from a published compilation are public by definition.
    is_public: true,
    is_nil: false,
    sensitive_withheld: null,
    facts: 0,
    source_file: f.file,
  });
}

function groupByLine(facts: ParsedFact[]): Map<string, ParsedFact[]> {
  const m = new Map<string, ParsedFact[]>();
  for (const f of facts) {
    const k = `${f.file}\u0000${f.line}`;
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  }
  return m;
}

function rawOfFact(f: ParsedFact): string {
  return [f.reporterName, f.partnerName ?? '', f.year, f.categoryCode, f.basis, f.licences ?? '', f.items ?? '', f.value ?? '', f.currency ?? ''].join(';');
}

interface Schema<T> {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** Schema check of one row; a failure becomes a reject of its line with the column named. */
function validate<T>(schema: Schema<T>, row: unknown): T {
  const r = schema.safeParse(row);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new RowReject('invalid_value', `${issue.path.map(String).join('.')}: ${issue.message}`);
}
