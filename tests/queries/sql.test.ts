import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { ident, join, sql, toQuery } from '../../src/queries/sql.ts';
import { fixtureConnection, runFixtureQuery } from '../helpers/fixtureTables.ts';

describe('the sql tag', () => {
  it('turns every interpolated value into a bound parameter, in order', () => {
    const f = sql`SELECT * FROM t WHERE a = ${'x'} AND b > ${2} AND c = ${true}`;
    expect(f.text).toBe('SELECT * FROM t WHERE a = ? AND b > ? AND c = ?');
    expect(f.params).toEqual(['x', 2, true]);
  });

  it('inlines a nested fragment with its parameters where it stands', () => {
    const inner = sql`year = ${2020}`;
    const f = sql`SELECT ${'a'} AS a WHERE ${inner} AND reporter_iso3 = ${'AUT'}`;
    expect(f.text).toBe('SELECT ? AS a WHERE year = ? AND reporter_iso3 = ?');
    expect(f.params).toEqual(['a', 2020, 'AUT']);
  });

  it('joins fragments with a separator, parameters in order', () => {
    const f = join([sql`a = ${1}`, sql`b = ${2}`], ' OR ');
    expect(f.text).toBe('a = ? OR b = ?');
    expect(f.params).toEqual([1, 2]);
  });

  it('makes a named query that lists the tables it reads', () => {
    expect(toQuery(sql`SELECT count(*) FROM ${ident('transfers')} WHERE year = ${2019}`, ['transfers'])).toEqual({
      sql: 'SELECT count(*) FROM "transfers" WHERE year = ?',
      params: [2019],
      tables: ['transfers'],
    });
  });
});

describe('ident', () => {
  it('quotes a table or a column of the schema, qualified by an alias when given', () => {
    expect(ident('transfers').quoted).toBe('"transfers"');
    expect(ident('categories', 'label_fr').quoted).toBe('"label_fr"');
    expect(ident('transfers', 'currency', 't').quoted).toBe('t."currency"');
  });

  it('refuses a table or column the schema does not define, naming it', () => {
    expect(() => ident('transfer' as 'transfers')).toThrow('no table "transfer"');
    expect(() => ident('categories', 'label_de' as 'label_en')).toThrow('table "categories" has no column "label_de"');
    expect(() => ident('transfers', 'year', 't; DROP')).toThrow('alias "t; DROP"');
  });
});

describe('the tag in DuckDB', () => {
  let conn: DuckDBConnection;
  beforeAll(async () => {
    conn = await fixtureConnection();
  });

  it('compares with bound values, so a quote in a value stays a value', async () => {
    const q = (iso3: string) => toQuery(sql`SELECT count(*)::INTEGER AS n FROM ${ident('transfers')} WHERE ${ident('transfers', 'reporter_iso3')} = ${iso3}`, ['transfers']);
    expect(await runFixtureQuery(conn, q('AUT'))).toEqual([{ n: 4 }]);
    expect(await runFixtureQuery(conn, q("AUT' OR '1'='1"))).toEqual([{ n: 0 }]);
  });
});
