/** provenanceQuery on the SYNTHETIC fixture tables (tests/helpers/fixtureTables.ts): the rows behind a figure add up to it. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { exploreQuery } from '../../src/queries/explore.ts';
import { defaultState, type ExploreState } from '../../src/queries/exploreState.ts';
import { PROVENANCE_COLUMNS, provenanceQuery, reportsProvenanceQuery } from '../../src/queries/provenance.ts';
import { fixtureConnection, runFixtureQuery } from '../helpers/fixtureTables.ts';

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await fixtureConnection();
});

const state = (over: Partial<ExploreState>): ExploreState => ({ ...defaultState(), ...over });
const sum = (rows: Record<string, unknown>[], col: string) => rows.reduce((s, r) => s + Number(r[col] ?? 0), 0);

describe('provenanceQuery', () => {
  it('lists, for every row of a result, transfers rows whose values add up to that row', async () => {
    for (const s of [defaultState(), state({ group: ['year', 'reporter'] }), state({ group: ['partner_region'], measure: 'value' }), state({ group: ['category', 'basis'] })]) {
      const result = await runFixtureQuery(conn, exploreQuery(s));
      expect(result.length).toBeGreaterThan(1);
      for (const row of result) {
        const rows = await runFixtureQuery(conn, provenanceQuery(s, row));
        expect(rows.length, JSON.stringify(row)).toBeGreaterThan(0);
        expect(sum(rows, 'value')).toBeCloseTo(Number(row.value), 6);
      }
    }
  });

  it('gives the count of facts of a row when the measure is facts', async () => {
    const s = state({ group: ['reporter'], measure: 'facts' });
    for (const row of await runFixtureQuery(conn, exploreQuery(s))) {
      expect((await runFixtureQuery(conn, provenanceQuery(s, row))).length).toBe(row.facts);
    }
  });

  it('matches a null group value (partner not stated) with IS NULL, not = NULL', async () => {
    const s = state({ group: ['partner'], measure: 'facts' });
    const row = (await runFixtureQuery(conn, exploreQuery(s))).find((r) => r.partner_iso3 === null);
    expect(row).toBeDefined();
    const q = provenanceQuery(s, row);
    expect(q.sql).toContain('t."partner_iso3" IS NULL');
    const rows = await runFixtureQuery(conn, q);
    expect(rows.length).toBe(row!.facts);
    expect(rows.every((r) => r.partner_iso3 === null)).toBe(true);
  });

  it('returns source, report, file and line for each row, ordered by file and line', async () => {
    const rows = await runFixtureQuery(conn, provenanceQuery(state({ reporter: ['AUT'] })));
    expect(Object.keys(rows[0]!)).toEqual([...PROVENANCE_COLUMNS]);
    for (const r of rows) {
      expect(typeof r.source_file).toBe('string');
      expect(Number.isInteger(r.source_line)).toBe(true);
    }
    const keys = rows.map((r) => `${r.source_id}|${r.source_file}|${String(r.source_line).padStart(6, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('binds filter and row values as parameters: no value appears in the SQL text', () => {
    const q = provenanceQuery(state({ reporter: ["O'Brien" as string], group: ['year'] }), { year: 2019, currency: "EUR'; DROP TABLE transfers; --" });
    expect(q.sql).not.toContain('DROP');
    expect(q.sql).not.toContain("O'Brien");
    expect(q.params).toContain("EUR'; DROP TABLE transfers; --");
  });

  it('joins the tables a grouped dimension needs and names them', () => {
    const q = provenanceQuery(state({ group: ['partner_region', 'instrument'] }), { partner_region: 'Africa', instrument: 'EU_COARM', currency: 'EUR' });
    expect([...q.tables].sort()).toEqual(['reports', 'states', 'transfers']);
    expect(q.sql).toContain('LEFT JOIN "states" AS ps');
    expect(q.sql).toContain('LEFT JOIN "reports" AS r');
  });
});

describe('reportsProvenanceQuery', () => {
  it('lists every report with the file it was read from', async () => {
    const rows = await runFixtureQuery(conn, reportsProvenanceQuery());
    const [{ n }] = (await runFixtureQuery(conn, { sql: 'SELECT count(*)::INTEGER AS n FROM reports', params: [] })) as [{ n: number }];
    expect(rows.length).toBe(n);
    expect(rows.every((r) => typeof r.source_file === 'string')).toBe(true);
  });
});
