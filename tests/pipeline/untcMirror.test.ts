/**
 * The depositary's status page from the real mirror (ATT_SOURCES_DIR), through the same build the CLI
 * runs (only this source), checked with DuckDB on the published states table. Real data: the counts
 * are those the page prints (Signatories : 130. Parties : 117) and its 142 participant rows.
 * Skipped when no mirror is given.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/pipeline/adapters/index.ts';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import { REFERENCE } from '../../src/pipeline/reference.ts';

const mirror = process.env.ATT_SOURCES_DIR;
const root = resolve(import.meta.dirname, '../..');
let out: string;
let result: BuildResult;
const rows = async (sql: string) => {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    return (await (await conn.run(sql.replaceAll('STATES', `'${join(out, 'states.parquet')}'`))).getRowObjectsJson()) as Record<string, unknown>[];
  } finally {
    conn.closeSync();
  }
};

describe.skipIf(!mirror)('untc-att-status on the real mirror', () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'untc-'));
    result = await build({
      root,
      sourcesFile: join(root, 'data/sources.json'),
      outDir: join(out),
      historyDir: join(out, 'history'),
      mirror: resolve(mirror!),
      adapters: ADAPTERS,
      reference: REFERENCE,
      now: new Date('2026-02-04T00:00:00Z'),
      versions: {},
      only: ['untc-att-status'],
    });
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('loads every row of the page and rejects none', () => {
    const s = result.manifest.sources.find((x) => x.id === 'untc-att-status')!;
    expect(s).toMatchObject({ rowsRead: 151, rowsLoaded: 151, rowsRejected: 0, unresolvedNames: [] });
  });

  it('holds 142 participants, 130 signatories and 117 parties, as the page prints, dated 3 Feb 2026', async () => {
    const [c] = await rows(`SELECT count(*) FILTER (WHERE att_status IN ('party', 'signatory'))::INTEGER AS participants,
        count(att_signature_date)::INTEGER AS signatories, count(att_consent_date)::INTEGER AS parties,
        count(*) FILTER (WHERE att_status = 'party')::INTEGER AS party_status, count(att_entry_into_force)::INTEGER AS in_force,
        count(DISTINCT att_status_date)::INTEGER AS dates, min(att_status_date)::VARCHAR AS status_date FROM STATES`);
    expect(c).toEqual({ participants: 142, signatories: 130, parties: 117, party_status: 117, in_force: 117, dates: 1, status_date: '2026-02-03' });
    expect(result.manifest.treatyStatus).toMatchObject({ participants: 142, signatories: 130, parties: 117, printed: { signatories: 130, parties: 117 } });
  });

  it('counts consent types as the depositary marks them: 100 ratifications, 12 accessions, 3 acceptances, 2 approvals', async () => {
    const r = await rows(`SELECT att_consent_type AS t, count(*)::INTEGER AS n FROM STATES WHERE att_consent_type IS NOT NULL GROUP BY 1 ORDER BY 1`);
    expect(r).toEqual([
      { t: 'acceptance', n: 3 },
      { t: 'accession', n: 12 },
      { t: 'approval', n: 2 },
      { t: 'ratification', n: 100 },
    ]);
  });

  it('gives exact facts: Switzerland, Germany, Afghanistan (accession), and the December 2014 deposits', async () => {
    const r = await rows(`SELECT iso3, att_signature_date::VARCHAR AS sig, att_consent_date::VARCHAR AS consent, att_consent_type AS type,
        att_provisional_application_date::VARCHAR AS prov, att_entry_into_force::VARCHAR AS eif FROM STATES WHERE iso3 IN ('CHE', 'DEU', 'AFG', 'NLD', 'POL', 'ZAF') ORDER BY iso3`);
    expect(r).toEqual([
      { iso3: 'AFG', sig: null, consent: '2020-07-29', type: 'accession', prov: null, eif: '2020-10-27' },
      { iso3: 'CHE', sig: '2013-06-03', consent: '2015-01-30', type: 'ratification', prov: '2015-01-30', eif: '2015-04-30' },
      { iso3: 'DEU', sig: '2013-06-03', consent: '2014-04-02', type: 'ratification', prov: '2014-04-02', eif: '2014-12-24' },
      { iso3: 'NLD', sig: '2013-06-03', consent: '2014-12-18', type: 'acceptance', prov: null, eif: '2014-12-24' },
      { iso3: 'POL', sig: '2013-07-01', consent: '2014-12-17', type: 'ratification', prov: null, eif: '2014-12-24' },
      { iso3: 'ZAF', sig: '2013-09-25', consent: '2014-12-22', type: 'ratification', prov: null, eif: '2014-12-24' },
    ]);
  });

  it('keeps the footnotes (Denmark, New Zealand, the United States’ 2019 notice) and six declarations', async () => {
    const r = await rows(`SELECT iso3, att_status, att_footnotes AS f FROM STATES WHERE att_footnotes IS NOT NULL ORDER BY iso3`);
    expect(r.map((x) => x.iso3)).toEqual(['DNK', 'NZL', 'USA']);
    expect(r.find((x) => x.iso3 === 'USA')).toMatchObject({ att_status: 'signatory' });
    expect(String(r.find((x) => x.iso3 === 'USA')!.f)).toContain('does not intend to become a party');
    expect(String(r.find((x) => x.iso3 === 'DNK')!.f)).toContain('Faroe Islands and Greenland');
    const d = await rows(`SELECT iso3 FROM STATES WHERE att_declarations IS NOT NULL ORDER BY iso3`);
    expect(d.map((x) => x.iso3)).toEqual(['BEL', 'CHE', 'CHN', 'KAZ', 'LIE', 'NZL']);
  });

  it('reports every difference from the hand-compiled facts', () => {
    const ds = result.manifest.treatyStatus!.disagreements;
    expect(ds).toContainEqual({ iso3: 'NER', field: 'consent_date', handCompiled: '2015-07-27', depositary: '2015-07-24' });
    expect(ds.length).toBe(10);
  });
});
