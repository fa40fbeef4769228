/**
 * UN Register mirror pairs on SYNTHETIC tables (invented States AAA–DDD, invented facts, year 2099).
 * Every expected figure is worked out by hand from the rows below.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { mirrorQuery } from '../../src/queries/divergences.ts';
import { registerMirrorQuery, registerMirrorSummaryQuery } from '../../src/queries/registerMirrors.ts';
import { inlineParams } from '../../src/queries/sqlText.ts';
import type { TransferRow } from '../../src/schema/index.ts';
import { runFixtureQuery } from '../helpers/fixtureTables.ts';
import { synthConnection, synthFact, synthReport } from '../helpers/analysesTables.ts';

let conn: DuckDBConnection;

const register = (iso3: string) => synthReport('UNROCA', iso3, 2099, { report_type: 'annual', report_id: `unroca-syn:${iso3}:2099:v1` });
const [aaa, bbb, ccc] = [register('AAA'), register('BBB'), register('CCC')];
const cat = (code: string, att: TransferRow['att_category']) => ({ category_scheme: 'UNROCA' as const, category_code: code, att_category: att, att_match: 'exact' as const });
const exp = (items: number | null, written = items === null ? 'classified' : String(items)) => ({ direction: 'export' as const, items, items_as_written: written, reporter_rule: 'export_block' as const });
const imp = (items: number | null, written = items === null ? 'classified' : String(items)) => ({ direction: 'import' as const, items, items_as_written: written, reporter_rule: 'import_block' as const });

beforeAll(async () => {
  conn = await synthConnection({
    reports: [aaa, bbb, ccc],
    transfers: [
      // AAA → BBB, battle tanks: AAA says 10 (two rows, 6 + 4), BBB says 8.
      synthFact(aaa, { partner_iso3: 'BBB', ...cat('I', 'I'), ...exp(6) }),
      synthFact(aaa, { partner_iso3: 'BBB', ...cat('I', 'I'), ...exp(4) }),
      synthFact(bbb, { partner_iso3: 'AAA', ...cat('I', 'I'), ...imp(8) }),
      // Missiles and MANPADS are different Register categories: VII.a vs VII.b never pair.
      synthFact(aaa, { partner_iso3: 'BBB', ...cat('VII.a', 'VII'), ...exp(5) }),
      synthFact(bbb, { partner_iso3: 'AAA', ...cat('VII.b', 'VII'), ...imp(5) }),
      // Agreement: warships 1 = 1.
      synthFact(bbb, { partner_iso3: 'CCC', ...cat('VI', 'VI'), ...exp(1) }),
      synthFact(ccc, { partner_iso3: 'BBB', ...cat('VI', 'VI'), ...imp(1) }),
      // A count given as text: no measures, the text rows counted apart.
      synthFact(ccc, { partner_iso3: 'AAA', ...cat('V', 'V'), ...exp(null) }),
      synthFact(aaa, { partner_iso3: 'CCC', ...cat('V', 'V'), ...imp(3) }),
      // DDD's report is not in the data: its side cannot disagree, no pair.
      synthFact(aaa, { partner_iso3: 'DDD', ...cat('II', 'II'), ...exp(7) }),
      // A self-transfer (reporter = partner) is not a mirror of anything.
      synthFact(aaa, { partner_iso3: 'AAA', ...cat('II', 'II'), ...exp(1) }),
    ],
  });
});

describe('registerMirrorQuery', () => {
  it('pairs exporter and importer by year and Register category: pairs reported by both sides first, largest divergence first', async () => {
    const rows = await runFixtureQuery(conn, registerMirrorQuery());
    expect(rows.map((r) => [r.exporter, r.importer, r.category, r.reported_by, r.exporter_items, r.importer_items, r.items_difference])).toEqual([
      ['AAA', 'BBB', 'I', 'both', 10, 8, 2],
      ['BBB', 'CCC', 'VI', 'both', 1, 1, 0],
      ['CCC', 'AAA', 'V', 'both', null, 3, null],
      ['AAA', 'BBB', 'VII.a', 'exporter_only', 5, null, 5],
      ['AAA', 'BBB', 'VII.b', 'importer_only', null, 5, -5],
    ]);
  });

  it('computes ratio and symmetric relative difference, and none where a count is text', async () => {
    const [tanks, , helicopters] = await runFixtureQuery(conn, registerMirrorQuery());
    expect(tanks!.items_ratio).toBeCloseTo(1.25, 10);
    expect(tanks!.items_srd).toBeCloseTo(4 / 18, 10);
    expect(helicopters).toMatchObject({ exporter_items_text: 1, importer_items_text: 0, items_ratio: null, items_srd: null });
  });

  it('limits the list with a bound parameter and runs as plain SQL text', async () => {
    expect(await runFixtureQuery(conn, registerMirrorQuery(2))).toHaveLength(2);
    expect(await runFixtureQuery(conn, { sql: inlineParams(registerMirrorQuery()), params: [] })).toHaveLength(5);
  });
});

describe('registerMirrorSummaryQuery', () => {
  it('counts pairs per side and the pairs where both sides agree', async () => {
    expect(await runFixtureQuery(conn, registerMirrorSummaryQuery())).toEqual([
      { reported_by: 'both', pairs: 3, items_agree: 1, exporter_items: 11, importer_items: 12 },
      { reported_by: 'exporter_only', pairs: 1, items_agree: 0, exporter_items: 5, importer_items: 0 },
      { reported_by: 'importer_only', pairs: 1, items_agree: 0, exporter_items: 0, importer_items: 5 },
    ]);
  });
});

describe('mirrorQuery leaves UN Register facts to the Register pairs', () => {
  it('finds no pair among Register facts', async () => {
    expect(await runFixtureQuery(conn, mirrorQuery())).toEqual([]);
  });
});
