import { describe, expect, expectTypeOf, it } from 'vitest';
import { createTableSql, TABLES, transfers, type TransferRow } from '../../src/schema/index.ts';

describe('schema definitions', () => {
  it('gives every column a description in English, French and Spanish', () => {
    for (const t of TABLES) {
      for (const [name, c] of Object.entries(t.columns)) {
        for (const l of ['en', 'fr', 'es'] as const) expect(c.description[l], `${t.name}.${name}.${l}`).toMatch(/\S/);
      }
    }
  });

  it('sorts each table only by its own columns', () => {
    for (const t of TABLES) for (const c of t.sortBy) expect(Object.keys(t.columns)).toContain(c);
  });

  it('builds DuckDB DDL in column order with NOT NULL on required columns', () => {
    const sql = createTableSql(transfers);
    expect(sql.startsWith('CREATE TABLE "transfers" ("transfer_id" INTEGER NOT NULL, "source_id" VARCHAR NOT NULL')).toBe(true);
    expect(sql).toContain('"partner_iso3" VARCHAR,');
  });

  it('rejects a row whose coded value is outside its list', () => {
    const r = transfers.row.shape.basis.safeParse('delivered');
    expect(r.success).toBe(false);
  });

  it('types rows from the column metadata', () => {
    expectTypeOf<TransferRow['year']>().toEqualTypeOf<number>();
    expectTypeOf<TransferRow['partner_iso3']>().toEqualTypeOf<string | null>();
    expectTypeOf<TransferRow['basis']>().toEqualTypeOf<'authorized' | 'actual' | 'refused'>();
  });
});
