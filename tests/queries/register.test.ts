/**
 * The trade register on SYNTHETIC tables (invented States AAA–DDD, invented facts, year 2099): rows,
 * filters, paging, and the other side's report beside UN Register and ATT-format rows — checked
 * against the UN Register mirror pairs of registerMirrors.ts on the same tables.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTable } from '../../src/pipeline/publish.ts';
import { registerCountQuery, registerQuery } from '../../src/queries/register.ts';
import { registerMirrorQuery } from '../../src/queries/registerMirrors.ts';
import { defaultRegisterState, type RegisterState } from '../../src/queries/registerState.ts';
import { categories, type TransferRow } from '../../src/schema/index.ts';
import { synthConnection, synthFact, synthReport } from '../helpers/analysesTables.ts';
import { fixtureCategories, runFixtureQuery } from '../helpers/fixtureTables.ts';

let conn: DuckDBConnection;
const unroca = (iso3: string) => synthReport('UNROCA', iso3, 2099, { report_type: 'annual', report_id: `unroca-syn:${iso3}:2099:v1` });
const [aaa, bbb] = [unroca('AAA'), unroca('BBB')];
const attA = synthReport('ATT_ANNUAL', 'AAA', 2099);
const attC = synthReport('ATT_ANNUAL', 'CCC', 2099);
const eu = synthReport('EU_COARM', 'DDD', 2099);
const reg = (code: string) => ({ category_scheme: 'UNROCA' as const, category_code: code, att_category: code as TransferRow['att_category'], att_match: 'exact' as const });

beforeAll(async () => {
  conn = await synthConnection({
    reports: [aaa, bbb, attA, attC, eu],
    transfers: [
      // Register: AAA exports 6 + 4 tanks to BBB, BBB reports 8 imported; one count "classified".
      synthFact(aaa, { partner_iso3: 'BBB', ...reg('I'), direction: 'export', items: 6, items_as_written: '6', description: 'Leopard' }),
      synthFact(aaa, { partner_iso3: 'BBB', ...reg('I'), direction: 'export', items: 4, items_as_written: '4' }),
      synthFact(bbb, { partner_iso3: 'AAA', ...reg('I'), direction: 'import', items: 8, items_as_written: '8' }),
      synthFact(bbb, { partner_iso3: 'AAA', ...reg('II'), direction: 'import', items: null, items_as_written: 'classified' }),
      // DDD's Register report is not in the data: it cannot be said not to have reported this one.
      synthFact(aaa, { partner_iso3: 'DDD', ...reg('I'), direction: 'export', items: 2, items_as_written: '2' }),
      // ATT format: AAA reports exporting 3 of category I to CCC (actual); CCC reports importing 3.
      synthFact(attA, { partner_iso3: 'CCC', direction: 'export', items: 3 }),
      synthFact(attC, { partner_iso3: 'AAA', direction: 'import', items: 3 }),
      // EU licences: never paired (one side reports them).
      synthFact(eu, { partner_iso3: 'AAA', category_scheme: 'ML', category_code: 'ML4', att_category: 'VII', att_match: 'approximate', basis: 'authorized', value: 5, currency: 'EUR', description: '=HYPERLINK("x")' }),
    ],
  });
  await loadTable(conn, categories, fixtureCategories);
});

const st = (over: Partial<RegisterState> = {}): RegisterState => ({ ...defaultRegisterState(), ...over });
const brief = (rows: Record<string, unknown>[]) => rows.map((r) => [r.supplier, r.recipient, r.category_scheme, r.category_code, r.items ?? r.value, r.other_items, r.other_facts]);

describe('registerQuery', () => {
  it('gives one row per fact, supplier and recipient from the report’s direction, the other side’s report beside it', async () => {
    expect(brief(await runFixtureQuery(conn, registerQuery(st(), 'en')))).toEqual([
      ['AAA', 'BBB', 'UNROCA', 'I', 6, 8, 1],
      ['AAA', 'BBB', 'UNROCA', 'I', 4, 8, 1],
      ['AAA', 'BBB', 'UNROCA', 'I', 8, 10, 2],
      ['AAA', 'BBB', 'UNROCA', 'II', null, null, null],
      ['AAA', 'CCC', 'ATT', 'I', 3, 3, 1],
      ['AAA', 'CCC', 'ATT', 'I', 3, 3, 1],
      ['AAA', 'DDD', 'UNROCA', 'I', 2, null, null],
      ['DDD', 'AAA', 'ML', 'ML4', 5, null, null],
    ]);
  });

  it('tells "not in the other side’s report" from "the other side’s report is not in the data"', async () => {
    const rows = await runFixtureQuery(conn, registerQuery(st(), 'en', null));
    const reported = (supplier: string, recipient: string, code: string) => rows.find((r) => r.supplier === supplier && r.recipient === recipient && r.category_code === code)!.other_reported;
    // AAA reported to the Register that year, but not BBB's import of category II.
    expect(reported('AAA', 'BBB', 'II')).toBe(true);
    expect(reported('AAA', 'DDD', 'I')).toBe(false);
    // EU licences are reported by one side only: the question does not arise.
    expect(reported('DDD', 'AAA', 'ML4')).toBeNull();
  });

  it('agrees with the UN Register mirror pairs of registerMirrors.ts', async () => {
    const pairs = await runFixtureQuery(conn, registerMirrorQuery());
    const rows = await runFixtureQuery(conn, registerQuery(st({ source: 'unroca-syn' }), 'en'));
    expect(pairs.filter((x) => x.reported_by === 'both')).toHaveLength(1);
    for (const p of pairs.filter((x) => x.reported_by === 'both')) {
      const exporterRow = rows.find((r) => r.direction === 'import' && r.supplier === p.exporter && r.recipient === p.importer && r.category_code === p.category);
      const importerRow = rows.find((r) => r.direction === 'export' && r.supplier === p.exporter && r.recipient === p.importer && r.category_code === p.category);
      // Beside the importer's row: the exporter's items; beside the exporter's rows: the importer's.
      expect(exporterRow?.other_items).toBe(p.exporter_items);
      expect(importerRow?.other_items).toBe(p.importer_items);
    }
  });

  it('filters by supplier, recipient, years, category, ATT category and source, all bound', async () => {
    const count = async (s: RegisterState) => (await runFixtureQuery(conn, registerCountQuery(s)))[0]!.facts;
    expect(await count(st())).toBe(8);
    expect(await count(st({ supplier: 'AAA', recipient: 'CCC' }))).toBe(2);
    expect(await count(st({ recipient: 'AAA' }))).toBe(1);
    expect(await count(st({ category: { scheme: 'UNROCA', code: 'I' } }))).toBe(4);
    expect(await count(st({ attCategory: 'VII' }))).toBe(1);
    expect(await count(st({ yearFrom: 2100 }))).toBe(0);
    const q = registerQuery(st({ supplier: "AAA' OR 1=1 --" }), 'en');
    expect(q.sql).not.toContain('OR 1=1');
    expect(await runFixtureQuery(conn, q)).toEqual([]);
  });

  it('reads a page at a time, and every row with no limit', async () => {
    const page2 = await runFixtureQuery(conn, registerQuery(st({ page: 2 }), 'fr', 3));
    expect(page2.map((r) => r.category_code)).toEqual(['II', 'I', 'I']);
    expect(await runFixtureQuery(conn, registerQuery(st(), 'en', null))).toHaveLength(8);
  });

  it('names the category in its own scheme and in the ATT scheme, in the page language', async () => {
    const [row] = await runFixtureQuery(conn, registerQuery(st({ source: 'eu-syn' }), 'fr'));
    expect([row!.category_label, row!.att_category, row!.source_file, typeof row!.source_line]).toEqual(['Bombs and missiles (fr)', 'VII', 'eu-syn.csv', 'number']);
  });
});
