/**
 * SYNTHETIC tables for tests and for building the site before the pipeline has run: a handful of
 * States, categories, transfers, reports, totals and rejects whose figures are INVENTED (every
 * source title says so). Rows are checked against the schema's zod row types, then published with
 * the pipeline's own Parquet writer, plus a manifest in the pipeline's format.
 *
 *   npm exec -- node tests/lib/syntheticData.ts /tmp/att-synthetic
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { publishTables } from '../../src/pipeline/publish.ts';
import type { Manifest } from '../../src/pipeline/manifest.ts';
import {
  categories,
  reconciliation,
  rejects,
  reports,
  states,
  transfers,
  type AnyTable,
  type CategoryRow,
  type ReconciliationRow,
  type RejectRow,
  type ReportRow,
  type StateRow,
  type TransferRow,
} from '../../src/schema/index.ts';

const state = (iso3: string, iso2: string, en: string, fr: string, es: string, region: string | null, status: StateRow['att_status'], sig: string | null, consent: string | null, eif: string | null): StateRow => ({
  iso3,
  iso2,
  name_en: en,
  name_fr: fr,
  name_es: es,
  region,
  subregion: null,
  is_un_member: region !== null,
  att_status: status,
  att_signature_date: sig,
  att_consent_date: consent,
  att_consent_type: consent ? 'ratification' : null,
  att_entry_into_force: eif,
  att_source_url: status === 'unknown' ? null : 'https://example.org/synthetic-treaty-status',
  att_notes: status === 'unknown' ? null : 'SYNTHETIC test fact',
});

export const syntheticStates: StateRow[] = [
  state('AUT', 'AT', 'Austria', 'Autriche', 'Austria', 'Europe', 'party', '2013-06-03', '2014-06-03', '2014-12-24'),
  state('DEU', 'DE', 'Germany', 'Allemagne', 'Alemania', 'Europe', 'party', '2013-06-03', '2014-04-02', '2014-12-24'),
  state('GBR', 'GB', 'United Kingdom', 'Royaume-Uni', 'Reino Unido', 'Europe', 'party', '2013-06-03', '2014-04-02', '2014-12-24'),
  state('NGA', 'NG', 'Nigeria', 'Nigéria', 'Nigeria', 'Africa', 'party', '2013-08-12', '2013-08-12', '2014-12-24'),
  state('USA', 'US', 'United States of America', 'États-Unis d’Amérique', 'Estados Unidos de América', 'Americas', 'signatory', '2013-09-25', null, null),
  state('IND', 'IN', 'India', 'Inde', 'India', 'Asia', 'unknown', null, null, null),
  state('XKX', 'XK', 'Kosovo', 'Kosovo', 'Kosovo', null, 'unknown', null, null, null),
];

const cat = (scheme: CategoryRow['scheme'], code: string, label: string, att: CategoryRow['att_category'], match: CategoryRow['att_match'], order: number): CategoryRow => ({
  scheme,
  code,
  parent_code: null,
  label_en: label,
  label_fr: `${label} (fr)`,
  label_es: `${label} (es)`,
  att_category: att,
  att_match: match,
  crosswalk_note: null,
  sort_order: order,
});

export const syntheticCategories: CategoryRow[] = [
  cat('ATT', 'I', 'Battle tanks', 'I', 'exact', 1),
  cat('ATT', 'II', 'Armoured combat vehicles', 'II', 'exact', 2),
  cat('ATT', 'VIII', 'Small arms and light weapons', 'VIII', 'exact', 8),
  cat('ML', 'ML1', 'Smooth-bore weapons with a calibre of less than 20 mm', 'VIII', 'approximate', 1),
  cat('ML', 'ML4', 'Bombs, torpedoes, rockets, missiles', 'VII', 'approximate', 4),
  cat('ML', 'ML6', 'Ground vehicles', 'II', 'approximate', 6),
  cat('UK', '5A002', 'Information security equipment', null, 'none', 1),
];

let nextId = 1;
const fact = (source_id: string, report_id: string, reporter: string, year: number, partner: string | null, scheme: TransferRow['category_scheme'], code: string, basis: TransferRow['basis'], licences: number | null, value: number | null, currency: string | null, line: number): TransferRow => ({
  transfer_id: nextId++,
  source_id,
  report_id,
  reporter_iso3: reporter,
  reporter_name: reporter,
  year,
  direction: 'export',
  partner_iso3: partner,
  partner_name: partner,
  category_scheme: scheme,
  category_code: code,
  att_category: syntheticCategories.find((c) => c.scheme === scheme && c.code === code)?.att_category ?? null,
  att_match: syntheticCategories.find((c) => c.scheme === scheme && c.code === code)?.att_match ?? 'none',
  basis,
  licences,
  items: null,
  value,
  currency,
  decision_date: null,
  origin_iso3: null,
  intermediate: null,
  description: scheme === 'ATT' ? '<b>not bold</b> & synthetic' : null,
  comments: null,
  items_as_written: null,
  reporter_rule: null,
  source_file: `${source_id}.csv`,
  source_line: line,
});

function makeTransfers(): TransferRow[] {
  nextId = 1;
  const rows: TransferRow[] = [];
  let line = 2;
  for (const year of [2008, 2009, 2010]) {
    const k = year - 2007;
    for (const [reporter, partners] of [['AUT', ['NGA', 'USA', 'IND']], ['DEU', ['USA', 'IND', 'GBR']]] as const) {
      partners.forEach((p, i) => {
        rows.push(fact('eu-synthetic', `eu-synthetic:${reporter}:${year}:1`, reporter, year, p, 'ML', i === 0 ? 'ML1' : 'ML6', 'authorized', 2 * k + i, 1_000_000 * k + 250_000 * i, 'EUR', line++));
        rows.push(fact('eu-synthetic', `eu-synthetic:${reporter}:${year}:1`, reporter, year, p, 'ML', 'ML4', 'actual', null, 400_000 * k + 10_000 * i, 'EUR', line++));
      });
    }
    rows.push(fact('uk-synthetic', `uk-synthetic:GBR:${year}:1`, 'GBR', year, 'USA', 'ML', 'ML4', 'authorized', 3 * k, 750_000 * k, 'GBP', line++));
    rows.push(fact('uk-synthetic', `uk-synthetic:GBR:${year}:1`, 'GBR', year, 'IND', 'UK', '5A002', 'refused', 1, 20_000 * k, 'GBP', line++));
  }
  // A licence count without a value, as EU and UK data have (refusals, licence-only rows).
  rows.push(fact('uk-synthetic', 'uk-synthetic:GBR:2010:1', 'GBR', 2010, 'NGA', 'ML', 'ML1', 'refused', 2, null, null, line++));
  rows.push(fact('att-synthetic', 'att-synthetic:NGA:2015:1', 'NGA', 2015, null, 'ATT', 'VIII', 'actual', null, null, null, line++));
  return rows;
}

function makeReports(ts: TransferRow[]): ReportRow[] {
  const byId = new Map<string, TransferRow[]>();
  for (const t of ts) byId.set(t.report_id, [...(byId.get(t.report_id) ?? []), t]);
  const out: ReportRow[] = [...byId].map(([id, rows]) => {
    const f = rows[0]!;
    const instrument: ReportRow['instrument'] = f.source_id.startsWith('eu') ? 'EU_COARM' : f.source_id.startsWith('uk') ? 'UK_SIEL' : 'ATT_ANNUAL';
    return {
      report_id: id,
      source_id: f.source_id,
      instrument,
      report_type: 'annual',
      reporter_iso3: f.reporter_iso3,
      reporter_name: f.reporter_name,
      year: f.year,
      version: 1,
      submitted_date: instrument === 'ATT_ANNUAL' ? '2016-05-31' : null,
      is_public: true,
      is_nil: false,
      sensitive_withheld: instrument === 'ATT_ANNUAL' ? true : null,
      facts: rows.length,
      source_file: f.source_file,
    };
  });
  for (const [iso3, year] of [['AUT', 2009], ['NGA', 2010], ['USA', 2010]] as const)
    out.push({ report_id: `unroca-synthetic:${iso3}:${year}:1`, source_id: 'unroca-synthetic', instrument: 'UNROCA', report_type: 'participation', reporter_iso3: iso3, reporter_name: iso3, year, version: 1, submitted_date: null, is_public: null, is_nil: null, sensitive_withheld: null, facts: 0, source_file: 'unroca-synthetic.json' });
  return out;
}

export const syntheticReconciliation: ReconciliationRow[] = [
  { source_id: 'eu-synthetic', report_id: 'eu-synthetic:AUT:2008:1', year: 2008, reporter_iso3: 'AUT', reporter_name: 'Austria', partner_iso3: 'NGA', partner_name: 'Nigeria', category_code: 'Total', measure: 'licence_value', currency: 'EUR', reported_total: 1_000_000, lines_sum: 1_000_000, lines_count: 1, difference: 0, status: 'match', source_file: 'eu-synthetic.csv', source_line: 90 },
  { source_id: 'eu-synthetic', report_id: 'eu-synthetic:DEU:2009:1', year: 2009, reporter_iso3: 'DEU', reporter_name: 'Germany', partner_iso3: 'USA', partner_name: 'United States', category_code: 'Total', measure: 'licence_value', currency: 'EUR', reported_total: 2_100_000, lines_sum: 2_000_000, lines_count: 1, difference: 100_000, status: 'mismatch', source_file: 'eu-synthetic.csv', source_line: 91 },
  { source_id: 'eu-synthetic', report_id: null, year: 2010, reporter_iso3: null, reporter_name: 'TOTAL', partner_iso3: 'IND', partner_name: 'India', category_code: 'ML6', measure: 'export_value', currency: 'EUR', reported_total: 5_000, lines_sum: null, lines_count: 0, difference: null, status: 'no_lines', source_file: 'eu-synthetic.csv', source_line: 92 },
];

export const syntheticRejects: RejectRow[] = [
  { source_id: 'eu-synthetic', source_file: 'eu-synthetic.csv', source_line: 93, reason_code: 'unknown_country', reason: "Partner 'Atlantis' is not a known State", raw: 'AUT;Atlantis;ML1;<script>alert(1)</script>' },
  { source_id: 'eu-synthetic', source_file: 'eu-synthetic.csv', source_line: 94, reason_code: 'unknown_country', reason: "Partner 'Atlantis' is not a known State", raw: 'DEU;Atlantis;ML4;1' },
  { source_id: 'uk-synthetic', source_file: 'uk-synthetic.csv', source_line: 40, reason_code: 'bad_number', reason: "Value 'n/a' is not a number", raw: 'GBR;USA;ML4;n/a' },
];

function checked<T>(table: AnyTable, rows: T[]): T[] {
  rows.forEach((r, i) => {
    const res = table.row.safeParse(r);
    if (!res.success) throw new Error(`synthetic ${table.name} row ${i + 1}: ${res.error.issues[0]?.message}`);
  });
  return rows;
}

/** Writes the synthetic tables and manifest into `dir`; returns the manifest. */
export async function writeSyntheticData(dir: string, builtAt = '2024-01-15T12:00:00.000Z'): Promise<Manifest> {
  await mkdir(dir, { recursive: true });
  const ts = makeTransfers();
  const tables = await publishTables(dir, [
    { table: transfers, rows: checked(transfers, ts) },
    { table: reports, rows: checked(reports, makeReports(ts)) },
    { table: states, rows: checked(states, syntheticStates) },
    { table: categories, rows: checked(categories, syntheticCategories) },
    { table: reconciliation, rows: checked(reconciliation, syntheticReconciliation) },
    { table: rejects, rows: checked(rejects, syntheticRejects) },
  ]);
  const source = (id: string, instrument: string, rows: number, rejected: number, byReason: Record<string, number>) => ({
    id,
    title: `SYNTHETIC test source ${id} (invented figures)`,
    publisher: 'Test fixture',
    instrument,
    homepage: `https://example.org/${id}`,
    licence: 'CC0-1.0',
    caveats: 'Invented figures for tests only.',
    files: [{ name: `${id}.csv`, sha256: createHash('sha256').update(id).digest('hex'), bytes: 100 }],
    rowsRead: rows + rejected,
    rowsLoaded: rows,
    rowsRejected: rejected,
    facts: ts.filter((t) => t.source_id === id).length,
    totals: syntheticReconciliation.filter((r) => r.source_id === id).length,
    reports: 0,
    rejectsByReason: byReason,
    unresolvedNames: [],
  });
  const manifest: Manifest = {
    snapshotId: `${builtAt.slice(0, 10)}-synthetic`,
    previousSnapshotId: null,
    builtAt,
    versions: { pipeline: 'synthetic' },
    tables,
    sources: [
      source('eu-synthetic', 'EU_COARM', 40, 2, { unknown_country: 2 }),
      source('uk-synthetic', 'UK_SIEL', 6, 1, { bad_number: 1 }),
      source('unroca-synthetic', 'UNROCA', 3, 0, {}),
      source('att-synthetic', 'ATT_ANNUAL', 1, 0, {}),
    ],
    coverage: { yearMin: 2008, yearMax: 2015, reporters: 4, partners: 4 },
    reconciliation: { totals: 3, match: 1, mismatch: 1, noLines: 1 },
  };
  await writeFile(resolve(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? 'test-results/synthetic-data');
  await writeSyntheticData(dir);
  process.stderr.write(`synthetic (invented) tables written to ${dir}\n`);
}
