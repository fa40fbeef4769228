import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANGE_READ_MIN_BYTES } from '../../src/db/constants.ts';
import { parseManifest } from '../../src/db/dataFiles.ts';
import { compareKeys, coversGroups, groupsToLoad, rowGroupsFor, rowsIn } from '../../src/db/rowGroups.ts';
import type { KeyBound } from '../../src/db/query.ts';
import { rowGroupIndexSchema, type RowGroupIndex } from '../../src/schema/rowGroupIndex.ts';

// A SYNTHETIC index of a table sorted by year, then reporter: four groups of 10 rows.
const INDEX: RowGroupIndex = {
  keys: ['year', 'reporter_iso3'],
  groups: [
    { rows: 10, min: [2008, 'AUT'], max: [2009, 'SWE'] },
    { rows: 10, min: [2009, 'BEL'], max: [2010, 'DEU'] },
    { rows: 10, min: [2010, 'DEU'], max: [2012, 'GBR'] },
    { rows: 10, min: [2012, null], max: [2012, null] },
  ],
};

describe('rowGroupsFor', () => {
  it('keeps the groups whose year range meets the bound, and reads all without a bound on a key', () => {
    expect(rowGroupsFor(INDEX, { year: { min: 2011 } })).toEqual([2, 3]);
    expect(rowGroupsFor(INDEX, { year: { max: 2008 } })).toEqual([0]);
    expect(rowGroupsFor(INDEX, { year: { min: 2009, max: 2009 } })).toEqual([0, 1]);
    expect(rowGroupsFor(INDEX, { partner_iso3: { in: ['USA'] } })).toBeNull();
    expect(rowGroupsFor(INDEX, {})).toBeNull();
    expect(rowGroupsFor(undefined, { year: { min: 2011 } })).toBeNull();
  });

  it('keeps a group when a wanted value lies within its range, and skips a group whose key is all NULL', () => {
    expect(rowGroupsFor(INDEX, { reporter_iso3: { in: ['CHE'] } })).toEqual([0, 1]);
    expect(rowGroupsFor(INDEX, { reporter_iso3: { in: ['ZAF', 'AAA'] } })).toEqual([]);
    expect(rowGroupsFor(INDEX, { reporter_iso3: { in: ['GBR'] }, year: { min: 2010, max: 2011 } })).toEqual([2]);
  });

  it('reads every group when none is ruled out', () => {
    expect(rowGroupsFor({ ...INDEX, groups: INDEX.groups.slice(0, 3) }, { year: { min: 2000 } })).toBeNull();
  });

  it('never skips a group that holds a row within the bounds (random rows and bounds)', () => {
    const row = fc.record({ year: fc.integer({ min: 2000, max: 2010 }), reporter_iso3: fc.option(fc.constantFrom('AUT', 'DEU', 'GBR', 'Ärm', 'ZZZ', '𝔸'), { nil: null }) });
    const bound = fc.record({
      year: fc.option(fc.record({ min: fc.integer({ min: 2000, max: 2010 }), max: fc.integer({ min: 2000, max: 2010 }) }), { nil: undefined }),
      reporter_iso3: fc.option(fc.record({ in: fc.array(fc.constantFrom('AUT', 'DEU', 'GBR', 'Ärm', 'ZZZ', '𝔸'), { minLength: 1, maxLength: 3 }) }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 9 }), bound, (rows, size, b) => {
        const sorted = [...rows].sort((x, y) => x.year - y.year || (x.reporter_iso3 === null ? 1 : y.reporter_iso3 === null ? -1 : compareKeys(x.reporter_iso3, y.reporter_iso3)));
        const groups: RowGroupIndex['groups'] = [];
        for (let i = 0; i < sorted.length; i += size) {
          const part = sorted.slice(i, i + size);
          const rep = part.flatMap((r): string[] => (r.reporter_iso3 === null ? [] : [r.reporter_iso3])).sort(compareKeys);
          groups.push({ rows: part.length, min: [part[0]!.year, rep[0] ?? null], max: [part.at(-1)!.year, rep.at(-1) ?? null] });
        }
        const bounds: Record<string, KeyBound> = {};
        if (b.year) bounds.year = b.year;
        if (b.reporter_iso3) bounds.reporter_iso3 = b.reporter_iso3;
        const chosen = rowGroupsFor({ keys: ['year', 'reporter_iso3'], groups }, bounds);
        const within = (r: (typeof rows)[number]) => (!b.year || (r.year >= b.year.min && r.year <= b.year.max)) && (!b.reporter_iso3 || (r.reporter_iso3 !== null && b.reporter_iso3.in.includes(r.reporter_iso3)));
        sorted.forEach((r, i) => {
          if (within(r) && chosen !== null) expect(chosen).toContain(Math.floor(i / size));
        });
      }),
    );
  });
});

describe('compareKeys', () => {
  it('orders text by code point (as DuckDB orders UTF-8 bytes), numbers by value', () => {
    expect(compareKeys('AUT', 'AUS')).toBeGreaterThan(0);
    expect(compareKeys('\uFFFD', '𝔸')).toBeLessThan(0); // UTF-16 order would say the opposite
    expect(compareKeys(9, 10)).toBeLessThan(0);
  });
});

describe('groupsToLoad and coversGroups', () => {
  const big = { bytes: RANGE_READ_MIN_BYTES, rowGroups: INDEX };
  it('loads only the bound groups of a big table, joined with those already loaded', () => {
    expect(groupsToLoad(big, 'SELECT', { year: { max: 2008 } }, undefined)).toEqual([0]);
    expect(groupsToLoad(big, 'SELECT', { year: { min: 2012 } }, new Set([0]))).toEqual([0, 2, 3]);
    expect(groupsToLoad(big, 'SELECT', { year: { min: 2010 } }, new Set([0]))).toBeNull();
  });
  it('loads whole: a small table, the console (no SQL given), no bounds, or a table already whole', () => {
    expect(groupsToLoad({ ...big, bytes: RANGE_READ_MIN_BYTES - 1 }, 'SELECT', { year: { max: 2008 } }, undefined)).toBeNull();
    expect(groupsToLoad(big, undefined, { year: { max: 2008 } }, undefined)).toBeNull();
    expect(groupsToLoad(big, 'SELECT', undefined, undefined)).toBeNull();
    expect(groupsToLoad(big, 'SELECT', { year: { max: 2008 } }, null)).toBeNull();
  });
  it('a partial load serves only queries within its groups', () => {
    expect(coversGroups(new Set([0, 1]), [1])).toBe(true);
    expect(coversGroups(new Set([0, 1]), [2])).toBe(false);
    expect(coversGroups(new Set([0, 1]), null)).toBe(false);
    expect(coversGroups(null, null)).toBe(true);
  });
  it('counts the rows of the chosen groups', () => {
    expect(rowsIn(INDEX, [1, 3], 40)).toBe(20);
    expect(rowsIn(INDEX, null, 40)).toBe(40);
  });
});

describe('rowGroupIndexSchema', () => {
  it('accepts the index and refuses a group without a min and max per key', () => {
    expect(rowGroupIndexSchema.safeParse(INDEX).success).toBe(true);
    expect(rowGroupIndexSchema.safeParse({ keys: ['year'], groups: [{ rows: 1, min: [], max: [1] }] }).success).toBe(false);
  });
});

describe('parseManifest and the row-group index', () => {
  const table = (rowGroups: unknown, rows = 40) => JSON.stringify({ tables: [{ name: 'transfers', sha256: 'a'.repeat(64), rows, bytes: 1, rowGroups }] });
  it('keeps a well-formed index whose groups add up to the table', () => {
    expect(parseManifest(table(INDEX)).tables[0]!.rowGroups).toEqual(INDEX);
  });
  it('refuses, naming manifest.json, an index that is malformed or does not add up (it could skip rows)', () => {
    expect(() => parseManifest(table({ keys: [], groups: [] }))).toThrow(/manifest\.json: transfers: row-group index is malformed/);
    expect(() => parseManifest(table(INDEX, 41))).toThrow(/manifest\.json: transfers: row groups hold 40 rows, the table 41/);
  });
});
