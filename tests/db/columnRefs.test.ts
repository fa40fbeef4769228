import { describe, expect, it } from 'vitest';
import { columnsToLoad, covers, referencedColumns } from '../../src/db/columnRefs.ts';
import { RANGE_READ_MIN_BYTES } from '../../src/db/constants.ts';
import { transfers } from '../../src/schema/index.ts';

const COLUMNS = ['year', 'reporter_iso3', 'value', 'currency', 'partner_iso3', 'comments'];

describe('referencedColumns', () => {
  it('finds quoted and bare column names as whole words', () => {
    expect(referencedColumns('SELECT t."year", SUM(value) FROM transfers AS t GROUP BY 1', COLUMNS)).toEqual(['year', 'value']);
  });

  it('does not take a longer identifier for a column', () => {
    expect(referencedColumns('SELECT year_from, reporter_iso3x FROM x', COLUMNS)).toEqual([]);
  });

  it('asks for every column on SELECT * or t.*, but not on COUNT(*)', () => {
    expect(referencedColumns('SELECT * FROM transfers', COLUMNS)).toBeNull();
    expect(referencedColumns('SELECT t.* FROM transfers t', COLUMNS)).toBeNull();
    expect(referencedColumns('SELECT currency, COUNT( * ) FROM transfers GROUP BY 1', COLUMNS)).toEqual(['currency']);
  });

  it('ignores names in comments and string literals (a star in a string is no SELECT *)', () => {
    expect(referencedColumns("SELECT year FROM t -- comments\nWHERE currency = 'value*'", COLUMNS)).toEqual(['year', 'currency']);
  });
});

describe('columnsToLoad', () => {
  const big = { name: 'transfers', rows: 1, bytes: RANGE_READ_MIN_BYTES, sha256: '0'.repeat(64) };
  const small = { ...big, bytes: RANGE_READ_MIN_BYTES - 1 };
  const sql = 'SELECT t."year", SUM(t."value") FROM "transfers" AS t GROUP BY 1';

  it('gives a big table only the named columns, in the schema order', () => {
    expect(columnsToLoad(transfers, big, sql, undefined)).toEqual(['year', 'value']);
  });

  it('loads a small table, the console (no SQL to read) and SELECT * whole', () => {
    expect(columnsToLoad(transfers, small, sql, undefined)).toBeNull();
    expect(columnsToLoad(transfers, big, undefined, undefined)).toBeNull();
    expect(columnsToLoad(transfers, big, 'SELECT * FROM transfers', undefined)).toBeNull();
  });

  it('adds the columns already loaded, so a reload keeps them', () => {
    expect(columnsToLoad(transfers, big, 'SELECT currency FROM transfers', new Set(['year', 'value']))).toEqual(['year', 'value', 'currency']);
  });

  it('keeps one column for COUNT(*) alone: the first sort column', () => {
    expect(columnsToLoad(transfers, big, 'SELECT COUNT(*) FROM transfers', undefined)).toEqual([transfers.sortBy[0]]);
  });

  it('covers: all columns cover anything; a subset covers only its own', () => {
    expect(covers(null, ['year'])).toBe(true);
    expect(covers(new Set(['year']), null)).toBe(false);
    expect(covers(new Set(['year', 'value']), ['value'])).toBe(true);
    expect(covers(new Set(['year']), ['value'])).toBe(false);
  });
});
