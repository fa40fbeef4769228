import { describe, expect, it } from 'vitest';
import { referencedColumns } from '../../src/db/columnRefs.ts';

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
