import { describe, expect, it } from 'vitest';
import { normalizeSource, type NormalizeContext } from '../../src/pipeline/normalize.ts';
import { canonical, fact, parsed, stubCategories, stubStates, total } from './stubs.ts';

const ctx: NormalizeContext = { sourceId: 'src', instrument: 'EU_COARM', states: stubStates, categories: stubCategories, canonicalCode: canonical };

describe('normalizeSource', () => {
  it('resolves names and crosswalks categories into transfer rows with provenance', () => {
    const n = normalizeSource(parsed({ facts: [fact({ categoryCode: 'ml4' })], rowsRead: 1, rowsLoaded: 1 }), ctx);
    expect(n.transfers).toHaveLength(1);
    expect(n.transfers[0]).toMatchObject({ reporter_iso3: 'ATL', partner_iso3: 'UTO', category_code: 'ML4', att_category: 'VII', att_match: 'approximate', source_file: 'f.csv', source_line: 2 });
    expect(n.rowsLoaded + n.rejects.length).toBe(n.rowsRead);
  });

  it('rejects a line with an unknown partner once, even when the line gave two facts, and lists the name', () => {
    const facts = [fact({ partnerName: 'Narnia' }), fact({ partnerName: 'Narnia', basis: 'actual', licences: null })];
    const n = normalizeSource(parsed({ facts, rowsRead: 1, rowsLoaded: 1 }), ctx);
    expect(n.transfers).toHaveLength(0);
    expect(n.rejects).toEqual([expect.objectContaining({ line: 2, reasonCode: 'unknown_country', reason: expect.stringContaining("'Narnia'") })]);
    expect(n.unresolvedNames.get('Narnia')).toBe(1);
    expect(n.rowsLoaded).toBe(0);
  });

  it('keeps a not-stated partner as an empty code with its written name', () => {
    const n = normalizeSource(parsed({ facts: [fact({ partnerName: 'na' })], rowsRead: 1, rowsLoaded: 1 }), ctx);
    expect(n.transfers[0]).toMatchObject({ partner_iso3: null, partner_name: 'na' });
  });

  it('rejects an unknown category with the scheme named', () => {
    const n = normalizeSource(parsed({ facts: [fact({ categoryCode: 'ML99' })], rowsRead: 1, rowsLoaded: 1 }), ctx);
    expect(n.rejects[0]).toMatchObject({ reasonCode: 'unknown_category', reason: "category 'ML99' is not in the ML scheme" });
  });

  it('rejects a value the schema does not allow (an item count beyond the safe integer range)', () => {
    const n = normalizeSource(parsed({ facts: [fact({ items: 2 ** 60 })], rowsRead: 1, rowsLoaded: 1 }), ctx);
    expect(n.rejects[0]).toMatchObject({ reasonCode: 'invalid_value', reason: expect.stringContaining('items') });
  });

  it('derives one public report per reporter and year from facts, with its fact count', () => {
    const facts = [fact(), fact({ line: 3 }), fact({ line: 4, year: 2011, reportKey: 'Atlantis|2011' })];
    const n = normalizeSource(parsed({ facts, rowsRead: 3, rowsLoaded: 3 }), ctx);
    expect(n.reports.map((r) => [r.report_id, r.facts, r.is_public])).toEqual([
      ['src:ATL:2010:v1', 2, true],
      ['src:ATL:2011:v1', 1, true],
    ]);
  });

  it('links facts to an explicit report and keeps its title-page flags', () => {
    const report = {
      file: 'r.csv',
      line: 2,
      reportKey: 'k',
      reporterName: 'Arcadia',
      instrument: 'ATT_ANNUAL' as const,
      reportType: 'annual' as const,
      year: 2016,
      version: 2,
      submittedDate: '2017-05-30',
      isPublic: false,
      isNil: false,
      sensitiveWithheld: true,
      raw: 'Arcadia,2016,2',
    };
    const n = normalizeSource(parsed({ reports: [report], facts: [fact({ file: 'r.csv', reportKey: 'k', reporterName: 'Arcadia', categoryScheme: 'ATT', categoryCode: 'II' })], rowsRead: 1, rowsLoaded: 1 }), ctx);
    expect(n.reports).toEqual([expect.objectContaining({ report_id: 'src:ARC:2016:v2', is_public: false, sensitive_withheld: true, facts: 1, version: 2 })]);
    expect(n.transfers[0]!.report_id).toBe('src:ARC:2016:v2');
  });

  it('resolves totals and rejects a total line whose partner is unknown, without losing the count', () => {
    const totals = [total(), total({ line: 10, partnerName: 'Narnia' }), total({ line: 10, partnerName: 'Narnia', measure: 'licences', value: 3 })];
    const n = normalizeSource(parsed({ totals, rowsRead: 2, rowsLoaded: 2 }), ctx);
    expect(n.totals).toHaveLength(1);
    expect(n.rejects).toHaveLength(1);
    expect(n.rowsLoaded + n.rejects.length).toBe(2);
  });

  it('keeps the row as written in the source for a line rejected here, not a row rebuilt from parsed values (issue 15, item 13)', () => {
    const raw = '7;2010;Narnia;Atlantis;ML4;1;"100";';
    const report = {
      file: 'r.csv',
      line: 2,
      reportKey: 'k',
      reporterName: 'Narnia',
      instrument: 'ATT_ANNUAL' as const,
      reportType: 'annual' as const,
      year: 2016,
      version: 1,
      submittedDate: null,
      isPublic: null,
      isNil: null,
      sensitiveWithheld: null,
      raw: 'Narnia,2016,1',
    };
    const n = normalizeSource(
      parsed({
        facts: [fact({ partnerName: 'Narnia', raw })],
        totals: [total({ line: 10, partnerName: 'Narnia', raw: '8;2010;Narnia;Atlantis;Total;;9;' })],
        reports: [report],
        rowsRead: 3,
        rowsLoaded: 3,
      }),
      ctx,
    );
    expect(n.rejects.map((r) => [r.line, r.raw])).toEqual([
      [2, 'Narnia,2016,1'],
      [2, raw],
      [10, '8;2010;Narnia;Atlantis;Total;;9;'],
    ]);
  });

  it('removes bidi controls and zero-width characters from names before resolving them, and records the names it cleaned (issue 15, item 5)', () => {
    const n = normalizeSource(parsed({ facts: [fact({ partnerName: '\u202EUtopia', reporterName: 'Atl\u200Bantis' })], rowsRead: 1, rowsLoaded: 1 }), ctx);
    expect(n.transfers[0]).toMatchObject({ partner_iso3: 'UTO', partner_name: 'Utopia', reporter_iso3: 'ATL', reporter_name: 'Atlantis' });
    expect([...n.cleanedNames]).toEqual([
      ['Atl\u200Bantis', 1],
      ['\u202EUtopia', 1],
    ]);
  });

  it('cuts a description or comment longer than the cap and marks the cut, keeping the fact (issue 15, item 5)', () => {
    const n = normalizeSource(parsed({ facts: [fact({ description: 'd'.repeat(100_000), comments: 'short' })], rowsRead: 1, rowsLoaded: 1 }), ctx);
    expect(n.transfers).toHaveLength(1);
    expect(n.transfers[0]!.description!.length).toBeLessThanOrEqual(4000);
    expect(n.transfers[0]!.description).toMatch(/\[cut by the portal: 100000 characters in the source\]$/);
    expect(n.transfers[0]!.comments).toBe('short');
    expect(n.textsCut).toBe(1);
  });
});
