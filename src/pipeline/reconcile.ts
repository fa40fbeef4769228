/**
 * Reconciliation: each printed total against the sum of the facts it summarises.
 *
 * A total with a reporter covers that reporter's lines for the partner and year; a total without one
 * (EU COARM's "total per ML category" rows) covers every reporter of the same source. Category 'Total'
 * covers every category; a category code covers that code only. Partners are matched by ISO code, or by
 * their name as written where the source does not state a State (so 'Na' only meets 'Na').
 * A total that lists the lines it covers (SECO's year and continent totals) is compared with the sum of
 * exactly those lines of its file; a category none of them reports sums to 0.
 */
import type { ReconciliationRow } from '../schema/reconciliation.ts';
import type { TransferDraft, NormalizedTotal } from './normalize.ts';

/** Relative tolerance for "match": published totals are rounded to whole units. */
export const MATCH_TOLERANCE = 0.001;

type Measure = NormalizedTotal['measure'];

function measureOf(t: TransferDraft): [Measure, number][] {
  if (t.basis === 'authorized') {
    const out: [Measure, number][] = [];
    if (t.licences !== null) out.push(['licences', t.licences]);
    if (t.value !== null) out.push(['licence_value', t.value]);
    return out;
  }
  if (t.basis === 'actual' && t.value !== null) return [['export_value', t.value]];
  return [];
}

const partnerKey = (iso3: string | null, name: string | null) => iso3 ?? `name:${name ?? ''}`;

function key(sourceId: string, reporter: string, partner: string, year: number, category: string, measure: Measure) {
  return `${sourceId}|${reporter}|${partner}|${year}|${category}|${measure}`;
}

export function isMatch(total: number, sum: number): boolean {
  return Math.abs(total - sum) <= Math.max(1, Math.abs(total) * MATCH_TOLERANCE);
}

const lineKey = (sourceId: string, file: string, line: number) => `${sourceId}|${file}|${line}`;

/** Sum of the facts on the listed lines, for one category (or all: 'Total') and measure. */
function sumOfLines(t: NormalizedTotal, byLine: Map<string, TransferDraft[]>): { sum: number; count: number } {
  let sum = 0;
  let count = 0;
  for (const line of t.coversLines!) {
    let counted = false;
    for (const f of byLine.get(lineKey(t.sourceId, t.file, line)) ?? []) {
      if (f.direction !== t.direction || (t.categoryCode !== 'Total' && f.category_code !== t.categoryCode)) continue;
      for (const [m, v] of measureOf(f))
        if (m === t.measure) {
          sum += v;
          counted = true;
        }
    }
    if (counted) count++;
  }
  return { sum, count };
}

export function reconcile(totals: NormalizedTotal[], facts: TransferDraft[]): ReconciliationRow[] {
  const byLine = new Map<string, TransferDraft[]>();
  const lineSources = new Set(totals.filter((t) => t.coversLines).map((t) => t.sourceId));
  for (const f of facts) {
    if (!lineSources.has(f.source_id)) continue;
    const k = lineKey(f.source_id, f.source_file, f.source_line);
    const list = byLine.get(k);
    if (list) list.push(f);
    else byLine.set(k, [f]);
  }
  // Only the sources that print totals need sums; index their facts once.
  const sources = new Set(totals.map((t) => t.sourceId));
  const sums = new Map<string, { sum: number; count: number }>();
  const add = (k: string, v: number) => {
    const s = sums.get(k);
    if (s) {
      s.sum += v;
      s.count++;
    } else sums.set(k, { sum: v, count: 1 });
  };
  for (const f of facts) {
    if (!sources.has(f.source_id) || f.direction !== 'export') continue;
    const partner = partnerKey(f.partner_iso3, f.partner_name);
    const reporter = f.reporter_iso3 ?? `name:${f.reporter_name}`;
    for (const [m, v] of measureOf(f)) {
      for (const r of [reporter, '*']) for (const c of [f.category_code, 'Total']) add(key(f.source_id, r, partner, f.year, c, m), v);
    }
  }
  return totals.map((t) => {
    const reporter = t.reporterName === null ? '*' : (t.reporterIso3 ?? `name:${t.reporterName}`);
    const s = t.coversLines ? sumOfLines(t, byLine) : sums.get(key(t.sourceId, reporter, partnerKey(t.partnerIso3, t.partnerName), t.year, t.categoryCode, t.measure));
    const linesSum = s ? s.sum : null;
    return {
      source_id: t.sourceId,
      report_id: t.reportId,
      year: t.year,
      reporter_iso3: t.reporterIso3,
      reporter_name: t.reporterName ?? t.reporterLabel,
      partner_iso3: t.partnerIso3,
      partner_name: t.partnerName ?? t.partnerLabel ?? null,
      category_code: t.categoryCode,
      measure: t.measure,
      currency: t.currency,
      reported_total: t.value,
      lines_sum: linesSum,
      lines_count: s ? s.count : 0,
      difference: linesSum === null ? null : t.value - linesSum,
      status: linesSum === null ? 'no_lines' : isMatch(t.value, linesSum) ? 'match' : 'mismatch',
      source_file: t.file,
      source_line: t.line,
    };
  });
}
