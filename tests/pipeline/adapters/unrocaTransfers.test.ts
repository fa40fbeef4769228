/**
 * UN Register transfers adapter on a SYNTHETIC fixture (tests/fixtures/unroca-transfers, see its README):
 * reporter and direction read from the scraper's page order, ambiguous rows rejected with both readings,
 * counts kept as written, Register categories with VII (a) / VII (b).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUnrocaTransfers, unRegisterCategory, unrocaTransfersAdapter } from '../../../src/pipeline/adapters/unrocaTransfers.ts';
import { inferReporters, type PageRow } from '../../../src/pipeline/adapters/unrocaPages.ts';
import type { SourceFile } from '../../../src/pipeline/types.ts';

const FILE = 'unroca_results.json';
const fixture: SourceFile = { name: FILE, bytes: readFileSync(join(import.meta.dirname, '../../fixtures/unroca-transfers', FILE)) };
const parsed = parseUnrocaTransfers([fixture]);
const factAt = (line: number) => parsed.facts.find((f) => f.line === line);
const rejectAt = (line: number) => parsed.rejects.find((r) => r.line === line);

describe('unroca-transfers adapter: counts', () => {
  it('is registered under its id and instrument', () => {
    expect(unrocaTransfersAdapter.id).toBe('unroca-transfers');
    expect(unrocaTransfersAdapter.instrument).toBe('UNROCA');
  });

  it('reads 20 rows: 12 loaded, 8 rejected, one fact per loaded row', () => {
    expect(parsed.rowsRead).toBe(20);
    expect(parsed.rowsLoaded).toBe(12);
    expect(parsed.rejects).toHaveLength(8);
    expect(parsed.facts).toHaveLength(12);
    expect(parsed.facts.map((f) => f.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 15, 16]);
  });
});

describe('unroca-transfers adapter: reporter inferred from the page order', () => {
  const reading = (line: number) => {
    const f = factAt(line)!;
    return [f.reporterName, f.direction, f.partnerName, f.reporterRule];
  };

  it("reads Norway's page: its export table, then its import table", () => {
    expect([2, 3, 4, 5].map(reading)).toEqual([
      ['Norway', 'export', 'France', 'export_block'],
      ['Norway', 'export', 'Germany', 'export_block'],
      ['Norway', 'import', 'Germany', 'import_block'],
      ['Norway', 'import', 'Italy', 'import_block'],
    ]);
  });

  it("starts Germany's page where the category order steps back", () => {
    expect([6, 7, 8].map(reading)).toEqual([
      ['Germany', 'export', 'Norway', 'export_block'],
      ['Germany', 'export', 'Italy', 'export_block'],
      ['Germany', 'import', 'France', 'import_block'],
    ]);
  });

  it('reads three rows with one importer as that importer’s table', () => {
    expect([10, 11, 12].map(reading)).toEqual([
      ['Chile', 'import', 'Spain', 'import_block'],
      ['Chile', 'import', 'Germany', 'import_block'],
      ['Chile', 'import', 'Germany', 'import_block'],
    ]);
  });

  it('groups facts into reports by inferred reporter and year', () => {
    expect(new Set(parsed.facts.map((f) => f.reportKey))).toEqual(new Set(['Norway|2098', 'Germany|2098', 'Chile|2099', 'Germany|2097']));
  });

  it('rejects a one-pair page as ambiguous, naming both readings', () => {
    expect(rejectAt(9)).toMatchObject({ reasonCode: 'ambiguous_reporter' });
    expect(rejectAt(9)!.reason).toContain("India's imports table or Russian Federation's exports table");
  });

  it('rejects the rows at a page boundary that fit either neighbouring page, and keeps those that fit one', () => {
    expect(rejectAt(13)!.reason).toContain("Italy's imports table or Spain's exports table");
    expect(rejectAt(14)!.reason).toContain("Germany's exports table or Italy's imports table");
    expect([15, 16].map(reading)).toEqual([
      ['Germany', 'export', 'France', 'export_block'],
      ['Germany', 'export', 'United Kingdom', 'export_block'],
    ]);
  });
});

describe('unroca-transfers adapter: values kept as written', () => {
  it('keeps every count as written and puts only whole numbers in items', () => {
    expect([2, 3, 5, 11, 12].map((l) => [factAt(l)!.items, factAt(l)!.itemsAsWritten])).toEqual([
      [3, '3'],
      [null, 'classified'],
      [null, ''],
      [null, 'not declared'],
      [1200, '1 200'],
    ]);
  });

  it('codes the Register categories, VII (a) and VII (b) apart, IV (a) as a sub-category', () => {
    expect([2, 3, 4, 5, 7, 8].map((l) => [factAt(l)!.categoryScheme, factAt(l)!.categoryCode])).toEqual([
      ['UNROCA', 'II'],
      ['UNROCA', 'VII.a'],
      ['UNROCA', 'I'],
      ['UNROCA', 'VII.b'],
      ['UNROCA', 'IV.a'],
      ['UNROCA', 'VI'],
    ]);
  });

  it('keeps origin, intermediate location and comments, with basis actual and no value', () => {
    expect(factAt(5)).toMatchObject({ originName: 'United States', intermediate: 'Austria', comments: null, basis: 'actual', value: null, currency: null, licences: null });
    expect(factAt(2)).toMatchObject({ originName: null, intermediate: null, comments: 'SYNTHETIC vehicle' });
  });
});

describe('unroca-transfers adapter: rejects', () => {
  const cases: [number, string, RegExp][] = [
    [17, 'unknown_category', /'VIII\. Small arms' is not a UN Register category/],
    [18, 'bad_year', /'20x9' is not a four-digit year/],
    [19, 'missing_importer', /importer is empty/],
    [20, 'unknown_category', /'II\. Battle tanks'/],
    [21, 'bad_entry', /not an object/],
  ];
  it.each(cases)('rejects line %i with %s', (line, code, reason) => {
    const r = rejectAt(line);
    expect(r).toMatchObject({ file: FILE, reasonCode: code });
    expect(r!.reason).toMatch(reason);
  });

  it('keeps the raw line of a rejected row', () => {
    expect(rejectAt(21)!.raw).toBe('["not", "an", "object"]');
    expect(JSON.parse(rejectAt(9)!.raw)).toMatchObject({ exporter: 'Russian Federation', importer: 'India' });
  });

  it('stops the build on a file that is not JSON, naming file and line', () => {
    const broken: SourceFile = { name: 'broken.json', bytes: new TextEncoder().encode('[\n{"year": "2099",\n') };
    expect(() => parseUnrocaTransfers([broken])).toThrow(/^broken\.json:\d+:\d+: invalid JSON/);
  });
});

describe('unRegisterCategory', () => {
  it.each([
    ['I. Battle tanks', 'I'],
    ['VII. (a) Missiles and missile launchers', 'VII.a'],
    ['VII. (b) Man-Portable Air-Defence Systems (MANPADS).', 'VII.b'],
    ['IV. (a) Combat aircraft', 'IV.a'],
    ['iii. large calibre artillery systems', 'III'],
  ])('reads %s as %s', (label, code) => expect(unRegisterCategory(label)).toBe(code));

  it.each(['VIII. Small arms', 'II. Battle tanks', 'VII. Missiles and missile launchers', 'Warships', ''])('refuses %j', (label) => expect(unRegisterCategory(label)).toBeNull());
});

describe('inferReporters', () => {
  const row = (year: string, exporter: string, importer: string, categoryRank: number | null = null): PageRow => ({ year, exporter, importer, categoryRank });

  it('never lets a page span a change of year', () => {
    // One exporter across two years: two pages, both its export tables.
    expect(inferReporters([row('1', 'A', 'B'), row('1', 'A', 'C'), row('2', 'A', 'D'), row('2', 'A', 'E')]).map((r) => r.kind === 'inferred' && r.reporter)).toEqual(['A', 'A', 'A', 'A']);
  });

  it('reads a self-transfer inside an export table as an export', () => {
    expect(inferReporters([row('1', 'A', 'B'), row('1', 'A', 'A'), row('1', 'A', 'C')])[1]).toEqual({ kind: 'inferred', reporter: 'A', direction: 'export', rule: 'export_block' });
  });

  it('treats an unreadable row as a wall no page crosses', () => {
    const r = inferReporters([row('1', 'A', 'B'), null, row('1', 'A', 'C')]);
    expect(r[1]).toEqual({ kind: 'unreadable' });
    expect(r[0]!.kind).toBe('ambiguous');
    expect(r[2]!.kind).toBe('ambiguous');
  });

  it('gives every reading of an ambiguous row, sorted', () => {
    expect(inferReporters([row('1', 'B', 'A')])[0]).toEqual({
      kind: 'ambiguous',
      readings: [
        { reporter: 'A', direction: 'import' },
        { reporter: 'B', direction: 'export' },
      ],
    });
  });
});
