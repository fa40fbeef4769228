/**
 * Normalize step for licence items (table licence_items): the destination resolved like every other
 * name, the military-list entry as written ("18a", "01.a", "10c2") read as its ML category with the ML
 * crosswalk to ATT. Dual-use codes stay as written: their lists are schemes of their own, outside ATT.
 */
import { licenceItems, type LicenceItemRow } from '../schema/licenceItems.ts';
import type { CategoryLookup } from '../reference/categoryLookup.ts';
import type { ParsedLicenceItem } from './types.ts';

export type LicenceItemDraft = Omit<LicenceItemRow, 'item_id'>;

const draftRow = licenceItems.row.omit({ item_id: true });

/** "18a" → "ML18", "01.a" → "ML1", "22" → "ML22"; null when the text is not an entry ML1–ML22. */
export function mlCategoryOf(code: string): string | null {
  const m = /^0*(\d{1,2})(?:\.?[a-z][a-z0-9]*)?$/i.exec(code.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 22 ? `ML${n}` : null;
}

export type LicenceOutcome = { ok: true; row: LicenceItemDraft } | { ok: false; reasonCode: string; reason: string };

/** `resolve` returns the ISO code of a name or throws the line's reject (as for facts). */
export function normalizeLicenceItem(
  item: ParsedLicenceItem,
  sourceId: string,
  resolve: (name: string, role: string) => string | null,
  categories: CategoryLookup,
): LicenceOutcome {
  const reporter = resolve(item.reporterName, 'reporter');
  const partner = resolve(item.partnerName, 'destination');
  if (reporter === null) return { ok: false, reasonCode: 'missing_reporter', reason: `reporter '${item.reporterName}' does not name a State` };
  let ml: string | null = null;
  let crosswalk = { attCategory: null as string | null, attMatch: 'none' as LicenceItemDraft['att_match'] };
  if (item.controls.ml !== null) {
    ml = mlCategoryOf(item.controls.ml);
    const info = ml === null ? null : categories.lookup('ML', ml);
    if (!info) return { ok: false, reasonCode: 'unknown_category', reason: `ML (GKV): '${item.controls.ml}' is not an entry of the Military List ML1–ML22` };
    crosswalk = info;
  }
  const r = draftRow.safeParse({
    source_id: sourceId,
    reporter_iso3: reporter,
    licence_number: item.licenceNumber,
    decision_date: item.decisionDate,
    year: Number(item.decisionDate.slice(0, 4)),
    partner_iso3: partner,
    partner_name: item.partnerName,
    control_ag: item.controls.ag,
    control_mtcr: item.controls.mtcr,
    control_nsg1: item.controls.nsg1,
    control_nsg2: item.controls.nsg2,
    control_wa: item.controls.wa,
    control_ml: item.controls.ml,
    control_gkv_annex5: item.controls.gkvAnnex5,
    control_chkv: item.controls.chkv,
    ml_category: ml,
    att_category: crosswalk.attCategory,
    att_match: crosswalk.attMatch,
    value: item.value,
    currency: item.currency,
    source_file: item.file,
    source_line: item.line,
  });
  if (r.success) return { ok: true, row: r.data };
  const issue = r.error.issues[0]!;
  return { ok: false, reasonCode: 'invalid_value', reason: `${issue.path.map(String).join('.')}: ${issue.message}` };
}
