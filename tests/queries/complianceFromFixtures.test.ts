/**
 * Compliance over reports as the pipeline makes them: the SYNTHETIC ATT annual report fixtures
 * (tests/fixtures/att-annual, invented reports for the year 2099) parsed by the ATT adapter and
 * normalized against the real reference data, whose treaty facts give Norway and Jamaica an entry
 * into force of 24 December 2014 and Peru none (not in the compiled facts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { attAnnualAdapter } from '../../src/pipeline/adapters/attAnnual.ts';
import { normalizeSource } from '../../src/pipeline/normalize.ts';
import { REFERENCE } from '../../src/pipeline/reference.ts';
import { annualComplianceQuery, yearSummaryQuery } from '../../src/queries/compliance.ts';
import { runFixtureQuery, type PlainRow } from '../helpers/fixtureTables.ts';
import { synthConnection } from '../helpers/analysesTables.ts';

const dir = join(import.meta.dirname, '../fixtures/att-annual');
const FILES = ['norway-2099-v1.csv', 'norway-2099-v2.csv', 'jamaica-2099-v1.csv', 'peru-2099-v1.csv'];
let conn: DuckDBConnection;
let rows2099: PlainRow[];

beforeAll(async () => {
  const parsed = await attAnnualAdapter.parse(FILES.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })));
  const n = normalizeSource(parsed, {
    sourceId: 'att-annual-transcriptions',
    instrument: 'ATT_ANNUAL',
    states: REFERENCE.stateResolver(REFERENCE.states),
    categories: REFERENCE.categoryLookup(REFERENCE.categories),
    canonicalCode: REFERENCE.canonicalCode,
  });
  const iso3s = new Set(['NOR', 'JAM', 'PER']);
  conn = await synthConnection({ states: REFERENCE.states.filter((s) => iso3s.has(s.iso3)), reports: n.reports });
  rows2099 = (await runFixtureQuery(conn, annualComplianceQuery('2101-01-01'))).filter((r) => r.year === 2099);
});

describe('compliance of the pipeline’s ATT reports (synthetic fixtures)', () => {
  it('uses the reference treaty facts: Norway and Jamaica are obliged for 2099, Peru has no known entry into force', () => {
    expect(REFERENCE.states.find((s) => s.iso3 === 'NOR')!.att_entry_into_force).toBe('2014-12-24');
    expect(REFERENCE.states.find((s) => s.iso3 === 'PER')!.att_entry_into_force).toBeNull();
    expect(rows2099.map((r) => [r.iso3, r.obliged])).toEqual([
      ['JAM', true],
      ['NOR', true],
      ['PER', false],
    ]);
  });

  it('folds Norway’s two versions into one report dated by its first submission', () => {
    const nor = rows2099.find((r) => r.iso3 === 'NOR')!;
    // v1 is dated 2100-05-31 (the deadline itself), the amendment v2 2100-09-30.
    expect(nor).toMatchObject({ versions: 2, due: '2100-05-31', submitted: '2100-05-31', status: 'on_time', is_public: true, is_nil: false });
  });

  it('counts Jamaica’s nil report as a report, and as nil, in the year summary', async () => {
    expect(rows2099.find((r) => r.iso3 === 'JAM')!.is_nil).toBe(true);
    const y = (await runFixtureQuery(conn, yearSummaryQuery('2101-01-01'))).find((r) => r.year === 2099)!;
    expect(y).toMatchObject({ obliged: 2, reported: 2, nil: 1 });
  });
});
