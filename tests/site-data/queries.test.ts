/**
 * Build-time queries against SYNTHETIC Parquet tables (scripts/fixtures/syntheticData.ts), through the
 * same DuckDB engine the build uses.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryProfiles } from '../../src/site-data/countryProfiles.ts';
import { flowMeasure } from '../../src/specs/flow.ts';
import { sourceCoverage, tableRows } from '../../src/site-data/coverage.ts';
import { reconciliationByStatus, rejectsSummary, topMismatches } from '../../src/site-data/dataSummary.ts';
import { closeAll, query } from '../../src/site-data/db.ts';
import { clearManifestCache, readManifest, requireManifest } from '../../src/site-data/manifest.ts';
import { categoryLabel, reference, stateName } from '../../src/site-data/reference.ts';
import { duckdbCli } from '../../src/formats/snippets.ts';
import { moneyGroups, reportingByYear, valueByYear } from '../../src/site-data/trends.ts';
import { writeSyntheticData } from '../../scripts/fixtures/syntheticData.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'att-lib-'));
  await writeSyntheticData(dir);
});
afterAll(async () => {
  closeAll();
  await rm(dir, { recursive: true, force: true });
});

describe('db.query', () => {
  it('returns plain numbers for counts (no BigInt) and ISO strings for dates', async () => {
    const [r] = await query('SELECT count(*) AS n, min(att_signature_date) AS d FROM states', [], dir);
    expect(r).toEqual({ n: 7, d: '2013-06-03' });
  });

  it('binds parameters instead of interpolating them', async () => {
    const rows = await query('SELECT iso3 FROM states WHERE iso3 = ?', ["AUT' OR '1'='1"], dir);
    expect(rows).toEqual([]);
  });
});

describe('manifest', () => {
  it('reads the manifest once and says when there is none', () => {
    clearManifestCache();
    expect(readManifest(dir)?.snapshotId).toBe('2024-01-15-synthetic');
    expect(readManifest(join(dir, 'nowhere'))).toBeNull();
    expect(() => requireManifest(join(dir, 'nowhere'))).toThrow(/npm run data/);
  });
});

describe('trends', () => {
  it('never puts two currencies in one group', async () => {
    const groups = moneyGroups(await valueByYear('basis', dir));
    expect(groups.map((g) => `${g.sourceId}/${g.currency}`)).toEqual(['eu-synthetic/EUR', 'uk-synthetic/GBP']);
    for (const g of groups) expect(new Set(g.rows.map((r) => r.currency))).toEqual(new Set([g.currency]));
  });

  it('picks authorized as the charted basis and never refusals when another basis exists', async () => {
    const groups = moneyGroups(await valueByYear('basis', dir));
    expect(groups.map((g) => g.basis)).toEqual(['authorized', 'authorized']);
    expect(groups[1]!.bases).toEqual(['authorized', 'refused']);
  });

  it('sums values per year exactly as the facts add up', async () => {
    const rows = await valueByYear('reporter', dir);
    const aut2009 = rows.find((r) => r.key === 'AUT' && r.year === 2009 && r.basis === 'authorized');
    // Invented fixture: AUT 2009 authorized = 2,000,000 + 2,250,000 + 2,500,000.
    expect(aut2009?.value).toBe(6_750_000);
  });

  it('groups by the destination’s region from the states table', async () => {
    const rows = await valueByYear('region', dir);
    expect(new Set(rows.filter((r) => r.source_id === 'eu-synthetic').map((r) => r.key))).toEqual(new Set(['Africa', 'Americas', 'Asia', 'Europe']));
  });

  it('counts reporting States per instrument and year', async () => {
    const rows = await reportingByYear(dir);
    expect(rows.find((r) => r.instrument === 'EU_COARM' && r.year === 2009)?.states).toBe(2);
    expect(rows.find((r) => r.instrument === 'UNROCA' && r.year === 2010)?.states).toBe(2);
  });
});

describe('countryProfiles', () => {
  it('puts a State on the exporter side of its own export reports and the importer side of others’', async () => {
    const p = await countryProfiles(dir);
    const gbr = p.get('GBR')!;
    expect(gbr.flows.map((f) => `${f.role}/${f.direction}/${f.sourceId}/${f.currency}`).sort()).toEqual(['exporter/export/uk-synthetic/GBP', 'importer/export/eu-synthetic/EUR']);
    const exp = gbr.flows.find((f) => f.role === 'exporter')!;
    expect(exp.partners.map((x) => x.key)).toEqual(['USA']);
    expect(exp.bases).toEqual(['authorized', 'refused']);
  });

  it('ranks partners by value and keeps the reporting history per instrument', async () => {
    const aut = (await countryProfiles(dir)).get('AUT')!;
    expect(aut.flows[0]!.partners.map((x) => x.key)).toEqual(['IND', 'USA', 'NGA']);
    expect(aut.reporting).toEqual([
      { instrument: 'EU_COARM', years: [2008, 2009, 2010], reports: 3, nilYears: [], undated: 0 },
      { instrument: 'UNROCA', years: [2009], reports: 1, nilYears: [], undated: 0 },
    ]);
  });

  it('counts licences without a value in their source’s single-currency flow, adding no value', async () => {
    const gbr = (await countryProfiles(dir)).get('GBR')!;
    const uk = gbr.flows.filter((f) => f.sourceId === 'uk-synthetic');
    expect(uk.map((f) => f.currency)).toEqual(['GBP']);
    const refused2010 = uk[0]!.yearly.find((y) => y.year === 2010 && y.basis === 'refused')!;
    expect(refused2010).toMatchObject({ value: 60_000, licences: 3, facts: 2 });
  });

  it('falls back to fact counts for facts without values', async () => {
    const nga = (await countryProfiles(dir)).get('NGA')!;
    const own = nga.flows.find((f) => f.sourceId === 'att-synthetic')!;
    expect(own.currency).toBeNull();
    expect(flowMeasure(own)).toBe('facts');
  });

  it('has no profile for a State that appears nowhere', async () => {
    expect((await countryProfiles(dir)).get('XKX')).toBeUndefined();
  });
});

describe('reference', () => {
  it('names States and categories in the page language', async () => {
    const ref = await reference(dir);
    expect(stateName(ref, 'fr', 'DEU')).toBe('Allemagne');
    expect(stateName(ref, 'es', 'ZZZ')).toBe('ZZZ');
    expect(stateName(ref, 'es', null)).toBeNull();
    expect(categoryLabel(ref, 'en', 'ML', 'ML4')).toBe('ML4 — Bombs, torpedoes, rockets, missiles');
    expect(categoryLabel(ref, 'en', 'ML', 'ML99')).toBe('ML99');
  });
});

describe('data summaries', () => {
  it('counts rejects by source and reason with the first example line', async () => {
    expect(await rejectsSummary(dir)).toEqual([
      { source_id: 'eu-synthetic', reason_code: 'unknown_country', rows: 2, example_reason: "Partner 'Atlantis' is not a known State", example_file: 'eu-synthetic.csv', example_line: 93 },
      { source_id: 'uk-synthetic', reason_code: 'bad_number', rows: 1, example_reason: "Value 'n/a' is not a number", example_file: 'uk-synthetic.csv', example_line: 40 },
    ]);
  });

  it('counts reconciliation statuses and lists mismatches', async () => {
    expect(await reconciliationByStatus(dir)).toEqual([
      { source_id: 'eu-synthetic', status: 'match', totals: 1 },
      { source_id: 'eu-synthetic', status: 'mismatch', totals: 1 },
      { source_id: 'eu-synthetic', status: 'no_lines', totals: 1 },
    ]);
    const m = await topMismatches(10, dir);
    expect(m.map((x) => [x.reporter_iso3, x.difference, x.currency])).toEqual([['DEU', 100_000, 'EUR']]);
  });

  it('reports coverage per source from the reports table and the manifest', async () => {
    const manifest = readManifest(dir)!;
    const cov = await sourceCoverage(manifest, dir);
    expect(cov.map((c) => [c.source.id, c.yearMin, c.yearMax, c.reporters])).toEqual([
      ['eu-synthetic', 2008, 2010, 2],
      ['uk-synthetic', 2008, 2010, 1],
      ['unroca-synthetic', 2009, 2010, 3],
      ['att-synthetic', 2015, 2015, 1],
    ]);
    expect(tableRows(manifest, 'transfers')).toBe(44);
  });
});

describe('snippets', () => {
  it('the DuckDB CLI snippet runs against the published transfers file', async () => {
    const sql = duckdbCli({ dataUrl: `${dir}/`, comment: 'test' });
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
    conn.closeSync();
    db.closeSync();
    expect(rows.map((r) => r.currency)).toContain('GBP');
    expect(new Set(rows.map((r) => `${r.currency}|${r.year}`)).size).toBe(rows.length);
  });
});
