/**
 * A pruned load gives the same answers: 60,000 SYNTHETIC rows of transfer_partner_totals are
 * written by the publish stage (sorted, row groups of ROW_GROUP_SIZE, the index read back from the
 * file), then, for Explore states with and without bounds, only the row groups the browser would
 * choose (src/db/rowGroups.ts, from exploreBounds) are loaded into a second database, as the page's
 * loader does, and the Explore query must give exactly the rows it gives on the whole file.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowGroupsFor } from '../../src/db/rowGroups.ts';
import { ROW_GROUP_SIZE, loadTable, writeParquet } from '../../src/pipeline/publish.ts';
import { exploreBounds, exploreQuery } from '../../src/queries/explore.ts';
import { countsAllReports } from '../../src/queries/exploreReports.ts';
import { defaultState, DIMENSIONS, MEASURES, type ExploreState } from '../../src/queries/exploreState.ts';
import { createTableSql, states, transferPartnerTotals } from '../../src/schema/index.ts';
import type { PublishedTable } from '../../src/schema/manifest.ts';
import { fixtureStates, runFixtureQuery } from '../helpers/fixtureTables.ts';

const ROWS = 60_000;
const REPORTERS = ['AUT', 'DEU', 'FRA', 'GBR', 'SWE'];
const PARTNERS = ['NGA', 'USA', 'FRA'];
const T = transferPartnerTotals.name;

let dir: string;
let file: string;
let published: PublishedTable;
let full: DuckDBConnection;

async function withStates(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const c = await db.connect();
  await loadTable(c, states, fixtureStates);
  return c;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'att-pruned-'));
  full = await withStates();
  await full.run(createTableSql(transferPartnerTotals));
  // SYNTHETIC keys from a hash of the row number (the same rows every run); values in quarters, so sums are exact.
  const pick = (list: (string | null)[], salt: number) => `[${list.map((v) => (v === null ? 'NULL' : `'${v}'`)).join(', ')}][1 + (hash(i * ${salt}) % ${list.length})::INTEGER]`;
  await full.run(`INSERT INTO "${T}" BY NAME
    SELECT year, reporter_iso3, source_id, source_id || ':' || coalesce(reporter_iso3, '-') || ':' || year AS report_id, direction, partner_iso3, basis,
           'ML' AS category_scheme, category_code, att_category, currency, facts, value, items, licences
    FROM (SELECT (2000 + hash(i) % 15)::SMALLINT AS year, ${pick([...REPORTERS, null], 3)} AS reporter_iso3, ${pick(['eu-test', 'uk-test'], 5)} AS source_id,
                 ${pick(['export', 'import'], 7)} AS direction, ${pick([...PARTNERS, null], 11)} AS partner_iso3, ${pick(['authorized', 'actual', 'refused'], 13)} AS basis,
                 ${pick(['ML4', 'ML6'], 17)} AS category_code, ${pick(['VII', 'II', null], 19)} AS att_category, ${pick(['EUR', 'GBP', null], 23)} AS currency,
                 (1 + hash(i * 29) % 4)::INTEGER AS facts, CASE WHEN hash(i * 31) % 6 = 0 THEN NULL ELSE (hash(i * 37) % 40000) / 4 END AS value,
                 CASE WHEN hash(i * 41) % 3 = 0 THEN NULL ELSE (hash(i * 43) % 90)::BIGINT END AS items, (hash(i * 47) % 9)::BIGINT AS licences
          FROM range(${ROWS}) AS r(i))`);
  published = await writeParquet(full, transferPartnerTotals, dir);
  file = join(dir, published.file);
  // The answers on the whole file, as the page would load it whole.
  await full.run(`DELETE FROM "${T}"`);
  await full.run(`INSERT INTO "${T}" SELECT * FROM read_parquet('${file}')`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The table as the browser loads it for `groups`: only those row groups' rows of the file. */
async function prunedConnection(groups: number[] | null): Promise<DuckDBConnection> {
  const c = await withStates();
  await c.run(createTableSql(transferPartnerTotals));
  const starts: number[] = [];
  let at = 0;
  for (const g of published.rowGroups!.groups) {
    starts.push(at);
    at += g.rows;
  }
  const ranges = (groups ?? published.rowGroups!.groups.map((_, i) => i)).map((g) => `(file_row_number >= ${starts[g]} AND file_row_number < ${starts[g]! + published.rowGroups!.groups[g]!.rows})`);
  await c.run(`INSERT INTO "${T}" SELECT * EXCLUDE (file_row_number) FROM read_parquet('${file}', file_row_number = true) WHERE ${ranges.length ? ranges.join(' OR ') : 'false'}`);
  return c;
}

async function expectSameRows(s: ExploreState): Promise<number[] | null> {
  const q = exploreQuery(s, transferPartnerTotals);
  const groups = rowGroupsFor(published.rowGroups, q.bounds?.columns);
  const pruned = await prunedConnection(groups);
  expect(await runFixtureQuery(pruned, q), JSON.stringify(s)).toEqual(await runFixtureQuery(full, q));
  pruned.closeSync();
  return groups;
}

const state = (over: Partial<ExploreState>): ExploreState => ({ ...defaultState(), ...over });

describe('a load of only the row groups a query may need', () => {
  it('the published file has several row groups and an index of year and reporter', () => {
    expect(published.rowGroups?.keys).toEqual(['year', 'reporter_iso3']);
    expect(published.rowGroups!.groups.length).toBe(Math.ceil(ROWS / ROW_GROUP_SIZE));
  });

  it('one reporter and a year range, by partner (the permalink): fewer groups, the same rows', async () => {
    const groups = await expectSameRows(state({ reporter: ['GBR'], yearFrom: 2012, yearTo: 2014, group: ['partner'] }));
    expect(groups).not.toBeNull();
    expect(groups!.length).toBeLessThan(published.rowGroups!.groups.length);
  });

  it('no bound on a key (one partner): every group, the same rows', async () => {
    expect(await expectSameRows(state({ partner: ['NGA'], group: ['year'] }))).toBeNull();
  });

  it('for random Explore states (fast-check)', async () => {
    const year = fc.option(fc.integer({ min: 1998, max: 2016 }), { nil: null });
    const arb = fc
      .record({
        reporter: fc.subarray([...REPORTERS, 'ZAF']),
        partner: fc.subarray(PARTNERS, { maxLength: 1 }),
        basis: fc.subarray(['authorized', 'actual', 'refused'] as const, { maxLength: 1 }),
        yearA: year,
        yearB: year,
        group: fc.shuffledSubarray(
          DIMENSIONS.filter((d) => d !== 'instrument'),
          { maxLength: 2 },
        ),
        measure: fc.constantFrom(...MEASURES),
      })
      .map(({ yearA, yearB, ...r }) => {
        const [yearFrom, yearTo] = yearA !== null && yearB !== null && yearA > yearB ? [yearB, yearA] : [yearA, yearB];
        return state({ ...r, basis: [...r.basis], yearFrom, yearTo });
      })
      .filter((s) => !countsAllReports(s));
    await fc.assert(
      fc.asyncProperty(arb, async (s) => {
        await expectSameRows(s);
      }),
      { numRuns: 40 },
    );
  });
});
