/**
 * A SYNTHETIC data set at the real data's scale (≈250 States, ≈150,000 facts, invented figures),
 * to measure how long the 750 country pages take to build and how big they get.
 *
 *   npm exec -- node tests/lib/syntheticScale.ts /tmp/att-scale
 *   ATT_DATA_DIR=/tmp/att-scale npm exec -- astro build --outDir /tmp/att-scale-dist
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { publishTables } from '../../src/pipeline/publish.ts';
import type { Manifest } from '../../src/pipeline/manifest.ts';
import { categories, reconciliation, rejects, reports, states, transfers, type ReportRow, type StateRow, type TransferRow } from '../../src/schema/index.ts';
import { syntheticCategories, writeSyntheticData } from './syntheticData.ts';

const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', null];
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Deterministic pseudo-random numbers (no Math.random: the same data every run). */
function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

export async function writeScaleData(dir: string, nStates = 250): Promise<void> {
  const base: Manifest = await writeSyntheticData(dir);
  const rand = rng(42);
  const st: StateRow[] = Array.from({ length: nStates }, (_, i) => {
    const iso3 = `Q${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}`;
    return {
      iso3,
      iso2: `${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}`,
      name_en: `Synthetic State ${iso3}`,
      name_fr: `État synthétique ${iso3}`,
      name_es: `Estado sintético ${iso3}`,
      region: REGIONS[i % REGIONS.length]!,
      subregion: null,
      is_un_member: true,
      att_status: i % 3 === 0 ? 'party' : i % 3 === 1 ? 'signatory' : 'unknown',
      att_signature_date: i % 3 === 2 ? null : '2013-06-03',
      att_consent_date: i % 3 === 0 ? '2014-04-02' : null,
      att_consent_type: null,
      att_entry_into_force: i % 3 === 0 ? '2014-12-24' : null,
      att_source_url: i % 3 === 2 ? null : 'https://example.org/synthetic',
      att_notes: null,
    };
  });
  const ts: TransferRow[] = [];
  const rs: ReportRow[] = [];
  const sources = [
    { id: 'eu-synthetic', currency: 'EUR', reporters: 28, years: [2005, 2013] },
    { id: 'uk-synthetic', currency: 'GBP', reporters: 1, years: [2008, 2015] },
  ] as const;
  const mlCodes = syntheticCategories.filter((c) => c.scheme === 'ML');
  let id = 1;
  for (const src of sources)
    for (let r = 0; r < src.reporters; r++) {
      const reporter = st[r * 3]!.iso3;
      for (let year = src.years[0]; year <= src.years[1]; year++) {
        const report_id = `${src.id}:${reporter}:${year}:1`;
        let facts = 0;
        for (let p = 0; p < nStates; p++) {
          if (rand() > (src.reporters === 1 ? 0.8 : 0.25)) continue;
          for (const cat of mlCodes)
            for (const basis of ['authorized', 'actual'] as const) {
              facts++;
              ts.push({
                transfer_id: id++, source_id: src.id, report_id, reporter_iso3: reporter, reporter_name: reporter, year, direction: 'export',
                partner_iso3: st[p]!.iso3, partner_name: st[p]!.iso3, category_scheme: 'ML', category_code: cat.code, att_category: cat.att_category, att_match: cat.att_match,
                basis, licences: basis === 'authorized' ? Math.ceil(rand() * 20) : null, items: null, value: Math.round(rand() * 5e6), currency: src.currency,
                decision_date: null, origin_iso3: null, intermediate: null, description: null, comments: null, items_as_written: null, reporter_rule: null, source_file: `${src.id}.csv`, source_line: id,
              });
            }
        }
        rs.push({ report_id, source_id: src.id, instrument: src.id.startsWith('eu') ? 'EU_COARM' : 'UK_SIEL', report_type: 'annual', reporter_iso3: reporter, reporter_name: reporter, year, version: 1, submitted_date: null, is_public: true, is_nil: false, sensitive_withheld: null, facts, source_file: `${src.id}.csv` });
      }
    }
  const tables = await publishTables(dir, [
    { table: transfers, rows: ts },
    { table: reports, rows: rs },
    { table: states, rows: st },
    { table: categories, rows: syntheticCategories },
    { table: reconciliation, rows: [] },
    { table: rejects, rows: [] },
  ]);
  const manifest: Manifest = { ...base, tables, coverage: { yearMin: 2005, yearMax: 2015, reporters: 29, partners: nStates } };
  await writeFile(resolve(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  process.stderr.write(`synthetic scale data: ${st.length} States, ${ts.length} facts, ${rs.length} reports in ${dir}\n`);
}

if (import.meta.main) await writeScaleData(resolve(process.argv[2] ?? 'test-results/synthetic-scale'));
