import { describe, expect, it } from 'vitest';
import { normalizeSource, type NormalizeContext } from '../../src/pipeline/normalize.ts';
import { isMatch, reconcile } from '../../src/pipeline/reconcile.ts';
import { canonical, fact, parsed, stubCategories, stubStates, total } from './stubs.ts';

const ctx: NormalizeContext = { sourceId: 'src', instrument: 'EU_COARM', states: stubStates, categories: stubCategories, canonicalCode: canonical };

function run(facts: ReturnType<typeof fact>[], totals: ReturnType<typeof total>[]) {
  const n = normalizeSource(parsed({ facts, totals, rowsRead: facts.length + totals.length, rowsLoaded: facts.length + totals.length }), ctx);
  return reconcile(n.totals, n.transfers);
}

describe('reconcile', () => {
  it('matches a reporter total with the sum of its category lines', () => {
    const rows = run([fact({ value: 60 }), fact({ line: 3, categoryCode: 'ML10', value: 40 })], [total({ value: 100 })]);
    expect(rows).toEqual([expect.objectContaining({ status: 'match', lines_sum: 100, lines_count: 2, difference: 0 })]);
  });

  it('lists a mismatch with its difference', () => {
    const rows = run([fact({ value: 60 })], [total({ value: 100 })]);
    expect(rows[0]).toMatchObject({ status: 'mismatch', difference: 40 });
  });

  it('says no_lines where only the total was published', () => {
    const rows = run([], [total()]);
    expect(rows[0]).toMatchObject({ status: 'no_lines', lines_sum: null, lines_count: 0 });
  });

  it('compares licence counts, licence values and delivered values separately', () => {
    const facts = [fact({ licences: 2, value: 50 }), fact({ basis: 'actual', licences: null, value: 30 })];
    const rows = run(facts, [total({ measure: 'licences', value: 2, currency: null }), total({ measure: 'export_value', value: 30 }), total({ measure: 'licence_value', value: 50 })]);
    expect(rows.map((r) => [r.measure, r.status])).toEqual([
      ['licences', 'match'],
      ['export_value', 'match'],
      ['licence_value', 'match'],
    ]);
  });

  it('sums every reporter for a total printed without one (EU total per ML category)', () => {
    const facts = [fact({ value: 10 }), fact({ line: 3, reporterName: 'Arcadia', reportKey: 'Arcadia|2010', value: 5 }), fact({ line: 4, categoryCode: 'ML1', value: 99 })];
    const rows = run(facts, [total({ reporterName: null, reporterLabel: 'TOTAL PER ML categorya', categoryCode: 'ML4', value: 15 })]);
    expect(rows[0]).toMatchObject({ status: 'match', lines_count: 2, reporter_iso3: null, reporter_name: 'TOTAL PER ML categorya' });
  });

  it('treats differences within rounding as a match', () => {
    expect(isMatch(1_000_000, 999_500)).toBe(true);
    expect(isMatch(100, 99)).toBe(true);
    expect(isMatch(100, 97)).toBe(false);
  });
});

describe('reconcile: totals that list the lines they cover (SECO)', () => {
  const lines = [fact({ line: 2, value: 60 }), fact({ line: 3, categoryCode: 'ML10', value: 40 }), fact({ line: 4, value: 7 })];

  it('sums exactly the listed lines of the file, whatever their partner', () => {
    const rows = run(lines, [total({ partnerName: null, partnerLabel: 'Europa', coversLines: [2, 3], value: 100 })]);
    expect(rows[0]).toMatchObject({ status: 'match', lines_sum: 100, lines_count: 2, partner_name: 'Europa', partner_iso3: null });
  });

  it('sums one category of the listed lines, and 0 where none of them reports it', () => {
    const rows = run(lines, [
      total({ partnerName: null, partnerLabel: 'Total', coversLines: [2, 3, 4], categoryCode: 'ML4', value: 67 }),
      total({ partnerName: null, partnerLabel: 'Total', coversLines: [2, 3, 4], categoryCode: 'ML1', value: 0 }),
    ]);
    expect(rows.map((r) => [r.category_code, r.status, r.lines_sum, r.lines_count])).toEqual([
      ['ML4', 'match', 67, 2],
      ['ML1', 'match', 0, 0],
    ]);
  });

  it('finds a subtotal that leaves a line out', () => {
    const rows = run(lines, [total({ partnerName: null, partnerLabel: 'Afrika', coversLines: [2, 3, 4], value: 100 })]);
    expect(rows[0]).toMatchObject({ status: 'mismatch', lines_sum: 107, difference: -7 });
  });

  it('does not take lines of another file with the same numbers', () => {
    const other = fact({ file: 'g.csv', line: 2, value: 1000 });
    const rows = run([...lines, other], [total({ partnerName: null, partnerLabel: 'Total', coversLines: [2], value: 60 })]);
    expect(rows[0]).toMatchObject({ status: 'match', lines_sum: 60 });
  });
});
