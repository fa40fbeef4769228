import { describe, expect, it } from 'vitest';
import { categoryRow, reconciliationRow, reportRow, schemaDefaults, stateRow, transferRow } from '../../scripts/fixtures/rows.ts';
import { TABLES, transfers, type ColumnMeta } from '../../src/schema/index.ts';

describe('row factories', () => {
  it('default every column of every table from the schema: null when nullable, else the first code, 0, empty text or false', () => {
    for (const table of TABLES) {
      const row = schemaDefaults(table) as Record<string, unknown>;
      expect(Object.keys(row), table.name).toEqual(Object.keys(table.columns));
      for (const [name, c] of Object.entries(table.columns) as [string, ColumnMeta][]) if (c.nullable) expect(row[name], `${table.name}.${name}`).toBeNull();
    }
    const t = schemaDefaults(transfers);
    expect([t.direction, t.basis, t.transfer_id, t.source_id]).toEqual([transfers.columns.direction.values![0], transfers.columns.basis.values![0], 0, '']);
  });

  it('build rows the schema accepts, with the caller’s values over the defaults', () => {
    expect(stateRow('AAA', { region: 'Asia' })).toMatchObject({ iso3: 'AAA', iso2: 'AA', name_en: 'State AAA', region: 'Asia', att_status: 'unknown', att_entry_into_force: null });
    expect(categoryRow('ML', 'ML4', 'Bombs')).toMatchObject({ label_fr: 'Bombs (fr)', att_category: null, att_match: 'none' });
    expect(reportRow({ report_id: 'r', source_id: 's', instrument: 'ATT_ANNUAL' })).toMatchObject({ report_type: 'annual', version: 1, year: null, is_nil: null });
    expect(transferRow({ transfer_id: 7, source_id: 's', report_id: 'r', value: 5 })).toMatchObject({
      direction: 'export',
      category_code: 'I',
      basis: 'actual',
      value: 5,
      currency: null,
      source_file: 's.csv',
      source_line: 8,
    });
    expect(reconciliationRow({ source_id: 's' })).toMatchObject({ status: 'no_lines', category_code: 'Total', source_file: 's.csv' });
  });

  it('refuse a row the pipeline would refuse, naming table, row and column', () => {
    expect(() => transferRow({ transfer_id: 1, source_id: 's', report_id: 'r', basis: 'rumoured' as 'actual' })).toThrow(/^synthetic transfers row 1: basis /);
    expect(() => stateRow('AAA', { att_entry_into_force: '1 May 2015' })).toThrow(/synthetic states row 1: att_entry_into_force/);
  });
});
