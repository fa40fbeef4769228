/**
 * The pre-aggregated tables (src/schema/transferTotals.ts) as the publish stage writes them, on
 * five SYNTHETIC facts (invented figures): two of them share every key but the partner, two share
 * every key, so the expected rows below can be added up by hand.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregateSql } from '../../src/pipeline/aggregates.ts';
import { sha256 } from '../../src/pipeline/sources.ts';
import { publishTables } from '../../src/pipeline/publish.ts';
import { transferPartnerTotals, transferTotals, transfers, type TransferRow } from '../../src/schema/index.ts';
import { fixtureTransfers } from '../helpers/fixtureTables.ts';

const base = fixtureTransfers[0]!; // eu-test, AUT 2019, export to NGA, ML4 (ATT VII), authorized, EUR
const fact = (id: number, over: Partial<TransferRow>): TransferRow => ({ ...base, transfer_id: id, source_line: id + 1, ...over });
const FACTS: TransferRow[] = [
  fact(1, { partner_iso3: 'NGA', value: 100, licences: 2, items: null }),
  fact(2, { partner_iso3: 'NGA', value: 20.5, licences: 1, items: 4 }),
  fact(3, { partner_iso3: 'USA', value: null, licences: null, items: null }),
  fact(4, { partner_iso3: 'USA', value: 7, licences: 3, items: null, basis: 'actual' }),
  fact(5, { partner_iso3: null, value: null, licences: null, items: 9, currency: null, basis: 'actual' }),
];

/** Rows in a fixed order (the file's sort leaves ties, e.g. two currencies, in any order). */
const sorted = (rows: Record<string, unknown>[]) => rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

async function readBack(file: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const r = await conn.runAndReadAll(`SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`);
    return sorted(r.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]))));
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

const keys = { year: 2019, reporter_iso3: 'AUT', source_id: 'eu-test', report_id: 'eu-test:AUT:2019:1', direction: 'export', category_scheme: 'ML', category_code: 'ML4', att_category: 'VII' };

describe('pre-aggregated tables written by the publish stage', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'att-aggregates-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const published = await publishTables(dir, [{ table: transfers, rows: FACTS }]);

  it('publishes each aggregate after transfers, with its rows and sha256 for the manifest', async () => {
    expect(published.map((t) => t.name)).toEqual(['transfers', 'transfer_totals', 'transfer_partner_totals']);
    for (const t of published) expect(sha256(await readFile(join(dir, t.file)))).toBe(t.sha256);
    expect(published.map((t) => t.rows)).toEqual([5, 3, 4]);
  });

  it('transfer_totals: one row per key without the partner; facts counted, figures summed, empty when no fact has one', async () => {
    expect(await readBack(join(dir, 'transfer_totals.parquet'))).toEqual(
      sorted([
        { ...keys, basis: 'actual', currency: null, facts: 1, value: null, items: 9, licences: null },
        { ...keys, basis: 'actual', currency: 'EUR', facts: 1, value: 7, items: null, licences: 3 },
        { ...keys, basis: 'authorized', currency: 'EUR', facts: 3, value: 120.5, items: 4, licences: 3 },
      ]),
    );
  });

  it('transfer_partner_totals: the same per partner (an unknown partner is a group of its own)', async () => {
    expect(await readBack(join(dir, 'transfer_partner_totals.parquet'))).toEqual(
      sorted([
        { ...keys, partner_iso3: 'USA', basis: 'actual', currency: 'EUR', facts: 1, value: 7, items: null, licences: 3 },
        { ...keys, partner_iso3: null, basis: 'actual', currency: null, facts: 1, value: null, items: 9, licences: null },
        { ...keys, partner_iso3: 'NGA', basis: 'authorized', currency: 'EUR', facts: 2, value: 120.5, items: 4, licences: 3 },
        { ...keys, partner_iso3: 'USA', basis: 'authorized', currency: 'EUR', facts: 1, value: null, items: null, licences: null },
      ]),
    );
  });

  it('publishes empty aggregates of an empty transfers table (a build with no transfer source)', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'att-aggregates-empty-'));
    try {
      expect((await publishTables(empty, [{ table: transfers, rows: [] }])).map((t) => [t.name, t.rows])).toEqual([
        ['transfers', 0],
        ['transfer_totals', 0],
        ['transfer_partner_totals', 0],
      ]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('groups by every key column of the schema, in the schema’s order', () => {
    expect(aggregateSql(transferTotals)).toBe(
      'INSERT INTO "transfer_totals" SELECT "year", "reporter_iso3", "source_id", "report_id", "direction", "basis", "category_scheme", "category_code", "att_category", "currency", CAST(COUNT(*) AS INTEGER), SUM("value"), CAST(SUM("items") AS BIGINT), CAST(SUM("licences") AS BIGINT) FROM "transfers" GROUP BY "year", "reporter_iso3", "source_id", "report_id", "direction", "basis", "category_scheme", "category_code", "att_category", "currency"',
    );
    expect(aggregateSql(transferPartnerTotals)).toContain('"partner_iso3"');
  });
});
