/**
 * The whole build with the Swiss SECO sources, checked with DuckDB on the published Parquet:
 * 1. on SYNTHETIC files (tests/helpers/syntheticSeco.ts), pinned in a temporary sources.json;
 * 2. on the real mirror (ATT_SOURCES_DIR), where every year's destination lines must add up to the
 *    Total SECO printed, for all nine years.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/pipeline/adapters/index.ts';
import { readKmTable } from '../../src/pipeline/adapters/secoKmTable.ts';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import { REFERENCE } from '../../src/pipeline/reference.ts';
import { sha256 } from '../../src/pipeline/sources.ts';
import { seco2006, seco2010, secoLicences } from '../helpers/syntheticSeco.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MIRROR = process.env.ATT_SOURCES_DIR;
const tmp = await mkdtemp(join(tmpdir(), 'att-seco-'));
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function query(dir: string, sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  for (const t of ['transfers', 'reconciliation', 'licence_items', 'rejects', 'categories']) await conn.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`).replaceAll("'", "''")}')`);
  const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
  conn.closeSync();
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

async function runBuild(name: string, sourcesFile: string, mirror: string, only?: string[]): Promise<{ out: string; result: BuildResult }> {
  const out = join(tmp, name, 'data');
  const result = await build({
    root: ROOT,
    sourcesFile,
    outDir: out,
    historyDir: join(tmp, name, 'history'),
    mirror,
    adapters: ADAPTERS,
    reference: REFERENCE,
    now: new Date('2099-01-01T00:00:00Z'),
    versions: { portal: 'test' },
    only,
  });
  return { out, result };
}

describe('build with SYNTHETIC SECO files', async () => {
  const mirror = join(tmp, 'synthetic-mirror');
  await mkdir(join(mirror, 'seco'), { recursive: true });
  const pin = async (f: { name: string; bytes: Uint8Array }) => {
    await writeFile(join(mirror, 'seco', f.name), f.bytes);
    return { name: f.name, url: `https://example.org/synthetic/${f.name}`, mirrorPath: `seco/${f.name}`, sha256: sha256(f.bytes), bytes: f.bytes.length };
  };
  const spec = (id: string, adapter: string, files: unknown[]) => ({
    id,
    title: `SYNTHETIC ${id} (invented for tests)`,
    publisher: 'Test fixture',
    adapter,
    instrument: 'CH_SECO',
    homepage: 'https://example.org/synthetic',
    licence: 'CC0-1.0',
    files,
  });
  const sourcesFile = join(tmp, 'synthetic-sources.json');
  await writeFile(
    sourcesFile,
    JSON.stringify({ sources: [spec('seco-syn', 'seco-war-material', [await pin(seco2006()), await pin(seco2010())]), spec('seco-licences-syn', 'seco-special-licences', [await pin(secoLicences())])] }),
  );
  const { out, result } = await runBuild('synthetic', sourcesFile, mirror);

  it('publishes the exports as CHE → partner, CH_KM categories with the ML crosswalk, in CHF', async () => {
    const rows = await query(
      out,
      `SELECT year, reporter_iso3, partner_iso3, category_code, att_category, att_match, value, currency, basis
      FROM transfers ORDER BY year, source_line, category_code`,
    );
    expect(rows).toEqual([
      { year: 2006, reporter_iso3: 'CHE', partner_iso3: 'DNK', category_code: 'KM1', att_category: 'VIII', att_match: 'approximate', value: 1_000_000, currency: 'CHF', basis: 'actual' },
      { year: 2006, reporter_iso3: 'CHE', partner_iso3: 'DNK', category_code: 'KM10', att_category: 'IV', att_match: 'approximate', value: 200_000, currency: 'CHF', basis: 'actual' },
      { year: 2006, reporter_iso3: 'CHE', partner_iso3: 'AUT', category_code: 'KM2', att_category: 'III', att_match: 'approximate', value: 299_000, currency: 'CHF', basis: 'actual' },
      { year: 2006, reporter_iso3: 'CHE', partner_iso3: 'ISL', category_code: 'KM2', att_category: 'III', att_match: 'approximate', value: 1_000, currency: 'CHF', basis: 'actual' },
      { year: 2006, reporter_iso3: 'CHE', partner_iso3: 'ZAF', category_code: 'KM1', att_category: 'VIII', att_match: 'approximate', value: 50, currency: 'CHF', basis: 'actual' },
      { year: 2010, reporter_iso3: 'CHE', partner_iso3: 'DEU', category_code: 'KM1', att_category: 'VIII', att_match: 'approximate', value: 1_000_000, currency: 'CHF', basis: 'actual' },
      { year: 2010, reporter_iso3: 'CHE', partner_iso3: 'DEU', category_code: 'KM16', att_category: null, att_match: 'none', value: 456_000, currency: 'CHF', basis: 'actual' },
      { year: 2010, reporter_iso3: 'CHE', partner_iso3: 'TUN', category_code: 'KM9/11-15/17-22', att_category: null, att_match: 'none', value: 544_689, currency: 'CHF', basis: 'actual' },
    ]);
  });

  it('reconciles each year Total with its destination lines, and shows the subtotal that leaves a line out', async () => {
    const rows = await query(
      out,
      `SELECT year, partner_name, category_code, reported_total, lines_sum, status FROM reconciliation
      WHERE partner_iso3 IS NULL ORDER BY year, source_line, category_code`,
    );
    expect(rows.filter((r) => r.partner_name === 'Total' && r.category_code === 'Total')).toEqual([
      { year: 2006, partner_name: 'Total', category_code: 'Total', reported_total: 1_500_050, lines_sum: 1_500_050, status: 'match' },
      { year: 2010, partner_name: 'Total', category_code: 'Total', reported_total: 2_000_689, lines_sum: 2_000_689, status: 'match' },
    ]);
    expect(rows.filter((r) => r.status !== 'match')).toEqual([{ year: 2010, partner_name: 'Afrika', category_code: 'Total', reported_total: 0, lines_sum: 544_689, status: 'mismatch' }]);
  });

  it('keeps licence items in their own table, and every reject with file, line and reason', async () => {
    expect(await query(out, 'SELECT licence_number, partner_iso3, control_nsg2, control_wa, ml_category, value FROM licence_items ORDER BY item_id')).toEqual([
      { licence_number: '90001', partner_iso3: 'TUR', control_nsg2: null, control_wa: null, ml_category: 'ML18', value: 150_900 },
      { licence_number: '90002', partner_iso3: 'CHN', control_nsg2: '2B201b', control_wa: '2B001c', ml_category: null, value: 1_492_552.5 },
      { licence_number: '90002', partner_iso3: 'CHN', control_nsg2: null, control_wa: null, ml_category: null, value: 7 },
    ]);
    expect(await query(out, 'SELECT source_id, source_file, source_line, reason_code FROM rejects ORDER BY source_id, source_line')).toEqual([
      { source_id: 'seco-licences-syn', source_file: 'gsoaBesondere.csv', source_line: 5, reason_code: 'bad_date' },
      { source_id: 'seco-licences-syn', source_file: 'gsoaBesondere.csv', source_line: 6, reason_code: 'unknown_country' },
      { source_id: 'seco-licences-syn', source_file: 'gsoaBesondere.csv', source_line: 7, reason_code: 'bad_number' },
      { source_id: 'seco-licences-syn', source_file: 'gsoaBesondere.csv', source_line: 8, reason_code: 'unknown_category' },
      { source_id: 'seco-syn', source_file: 'gsoa2010.csv', source_line: 11, reason_code: 'no_figures' },
      { source_id: 'seco-syn', source_file: 'gsoa2010.csv', source_line: 14, reason_code: 'no_figures' },
    ]);
  });

  it('reports read = loaded + rejected + structural per source in the manifest', () => {
    const m = Object.fromEntries(result.manifest.sources.map((s) => [s.id, [s.rowsRead, s.rowsLoaded, s.rowsRejected, s.rowsStructural, s.unresolvedNames]]));
    expect(m).toEqual({
      'seco-syn': [34, 12, 2, 20, []],
      'seco-licences-syn': [7, 3, 4, 0, [{ name: 'Atlantis', lines: 1 }]],
    });
  });
});

describe.skipIf(!MIRROR)('build with the real SECO files from the mirror (ATT_SOURCES_DIR)', async () => {
  // A skipped suite is still collected: build only when there is a mirror (without one the build would download).
  const { out, result } = MIRROR ? await runBuild('mirror', join(ROOT, 'data/sources.json'), MIRROR, ['seco-ch-war-material', 'seco-ch-special-licences']) : { out: '', result: undefined as unknown as BuildResult };

  it('sums every year’s destination lines to the Total SECO printed, 2006–2014, to the franc', async () => {
    const rows = await query(
      out,
      `
      SELECT r.year, r.reported_total, s.exports
      FROM reconciliation r
      JOIN (SELECT year, SUM(value) AS exports FROM transfers WHERE source_id = 'seco-ch-war-material' GROUP BY year) s USING (year)
      WHERE r.source_id = 'seco-ch-war-material' AND r.partner_name = 'Total' AND r.category_code = 'Total'
      ORDER BY r.year`,
    );
    expect(rows.map((r) => r.year)).toEqual([2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014]);
    for (const r of rows) expect(r.exports).toBe(r.reported_total);
    expect(rows.at(-1)!.reported_total).toBe(563_500_800); // SOURCE.md: 2014 total printed in the file
  });

  it('matches every column total and destination total; the only mismatch is the 2014 Africa subtotal without Tunisia', async () => {
    const off = await query(out, `SELECT year, partner_name, reported_total, lines_sum FROM reconciliation WHERE source_id = 'seco-ch-war-material' AND status <> 'match'`);
    expect(off).toEqual([{ year: 2014, partner_name: 'Afrika', reported_total: 1_338_028, lines_sum: 1_882_717 }]);
    const exact = await query(out, `SELECT COUNT(*) AS n FROM reconciliation WHERE source_id = 'seco-ch-war-material' AND difference <> 0`);
    expect(exact).toEqual([{ n: 1 }]);
  });

  it('loads every line: nothing rejected, no name unresolved, structural lines counted', () => {
    const s = Object.fromEntries(result.manifest.sources.map((x) => [x.id, x]));
    expect([s['seco-ch-war-material']!.rowsRead, s['seco-ch-war-material']!.rowsLoaded, s['seco-ch-war-material']!.rowsRejected, s['seco-ch-war-material']!.rowsStructural]).toEqual([807, 676, 0, 131]);
    expect([s['seco-ch-special-licences']!.rowsRead, s['seco-ch-special-licences']!.rowsLoaded, s['seco-ch-special-licences']!.rowsRejected]).toEqual([4718, 4718, 0]);
    expect(result.manifest.sources.flatMap((x) => x.unresolvedNames)).toEqual([]);
  });

  it('has the licence items per year that SOURCE.md counts (2012: 1,975; 2013: 1,566; 2014: 1,177)', async () => {
    expect(await query(out, 'SELECT year, COUNT(*) AS n FROM licence_items GROUP BY year ORDER BY year')).toEqual([
      { year: 2012, n: 1975 },
      { year: 2013, n: 1566 },
      { year: 2014, n: 1177 },
    ]);
  });

  it('resolves each German destination to the State its French name, printed beside it, resolves to', () => {
    const states = REFERENCE.stateResolver(REFERENCE.states);
    const disagree: string[] = [];
    for (let y = 2006; y <= 2014; y++) {
      const name = `gsoa${y}.csv`;
      const t = readKmTable({ name, bytes: new Uint8Array(readFileSync(join(MIRROR!, 'seco-ch-war-material', name))) });
      for (const l of t.lines) {
        if (l.kind !== 'destination' || l.nameFr === null) continue;
        const fr = states.resolve(l.nameFr);
        if (fr && states.resolve(l.nameDe)?.iso3 !== fr.iso3) disagree.push(`${name}:${l.line} ${l.nameDe} / ${l.nameFr}`);
      }
    }
    expect(disagree).toEqual([]);
  });
});
