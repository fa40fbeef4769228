import { describe, expect, it } from 'vitest';
import { referencedTables, stripComments } from '../../src/db/tableRefs.ts';

const NAMES = ['transfers', 'reports', 'states', 'categories', 'initial_reports'];

describe('referencedTables', () => {
  it('finds tables named as whole identifiers, quoted or not, in any case', () => {
    expect(referencedTables('select * from Transfers t join "states" s on s.iso3 = t.partner_iso3', NAMES)).toEqual(['transfers', 'states']);
  });
  it('does not match a table name inside a longer identifier', () => {
    expect(referencedTables('select reports_count from initial_reports', NAMES)).toEqual(['initial_reports']);
  });
  it('ignores tables that only appear in comments', () => {
    expect(referencedTables('-- from reports\nselect 1 /* categories */ from states', NAMES)).toEqual(['states']);
  });
});

describe('stripComments', () => {
  it('keeps comment markers inside string literals', () => {
    expect(stripComments("select '--x' as a, '/*y*/' -- gone\nfrom t")).toBe("select '--x' as a, '/*y*/' \nfrom t");
  });
});
