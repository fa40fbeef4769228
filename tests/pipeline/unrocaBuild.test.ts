/**
 * The whole build on the SYNTHETIC UN Register transfers fixture (tests/fixtures/unroca-transfers), pinned
 * by sha256 like a real source, read back from the published Parquet with DuckDB queries: the rows loaded,
 * rejected with their reasons, the inferred reporters, counts as written, the Register categories and
 * their ATT crosswalk, the reports they form, and the manifest's reconciliation of rows.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/pipeline/adapters/index.ts';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import { REFERENCE } from '../../src/pipeline/reference.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const SOURCE_ID = 'unroca-transfers-synthetic';

let tmp: string;
let result: BuildResult;
let conn: DuckDBConnection;

const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'att-unroca-'));
  const bytes = await readFile(join(FIXTURES, 'unroca-transfers/unroca_results.json'));
  const sources = {
    $comment: 'SYNTHETIC: invented UN Register rows for tests.',
    sources: [
      {
        id: SOURCE_ID,
        title: 'SYNTHETIC UN Register transfers (invented for tests)',
        publisher: 'Test fixture',
        adapter: 'unroca-transfers',
        instrument: 'UNROCA',
        homepage: 'https://example.org/synthetic-unroca',
        licence: 'CC0-1.0',
        files: [
          {
            name: 'unroca_results.json',
            url: 'https://example.org/unroca_results.json',
            mirrorPath: 'unroca-transfers/unroca_results.json',
            sha256: createHash('sha256').update(bytes).digest('hex'),
            bytes: bytes.length,
          },
        ],
      },
    ],
  };
  await writeFile(join(tmp, 'sources.json'), JSON.stringify(sources));
  const outDir = join(tmp, 'data');
  result = await build({
    root: tmp,
    sourcesFile: join(tmp, 'sources.json'),
    outDir,
    historyDir: join(tmp, 'history'),
    mirror: FIXTURES,
    adapters: ADAPTERS,
    reference: REFERENCE,
    now: new Date('2099-12-31T00:00:00Z'),
    versions: { portal: 'synthetic-test' },
  });
  const db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
  for (const t of ['transfers', 'reports', 'rejects', 'categories']) await conn.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(outDir, `${t}.parquet`).replaceAll("'", "''")}')`);
});

afterAll(async () => {
  conn?.closeSync();
  await rm(tmp, { recursive: true, force: true });
});

describe('pipeline build of UN Register transfers (synthetic)', () => {
  it('reconciles rows in the manifest: 20 read = 12 loaded + 8 rejected', () => {
    const s = result.manifest.sources.find((x) => x.id === SOURCE_ID)!;
    expect(s).toMatchObject({ rowsRead: 20, rowsLoaded: 12, rowsRejected: 8 });
  });

  it('publishes each loaded row as one fact with its inferred reporter, direction and rule', async () => {
    expect(await rows(`SELECT source_line, reporter_iso3, direction, partner_iso3, reporter_rule FROM transfers ORDER BY source_line`)).toEqual(
      [
        [2, 'NOR', 'export', 'FRA', 'export_block'],
        [3, 'NOR', 'export', 'DEU', 'export_block'],
        [4, 'NOR', 'import', 'DEU', 'import_block'],
        [5, 'NOR', 'import', 'ITA', 'import_block'],
        [6, 'DEU', 'export', 'NOR', 'export_block'],
        [7, 'DEU', 'export', 'ITA', 'export_block'],
        [8, 'DEU', 'import', 'FRA', 'import_block'],
        [10, 'CHL', 'import', 'ESP', 'import_block'],
        [11, 'CHL', 'import', 'DEU', 'import_block'],
        [12, 'CHL', 'import', 'DEU', 'import_block'],
        [15, 'DEU', 'export', 'FRA', 'export_block'],
        [16, 'DEU', 'export', 'GBR', 'export_block'],
      ].map(([source_line, reporter_iso3, direction, partner_iso3, reporter_rule]) => ({ source_line, reporter_iso3, direction, partner_iso3, reporter_rule })),
    );
  });

  it('lists every rejected row with its reason, the ambiguous ones among them', async () => {
    expect(await rows(`SELECT source_line, reason_code FROM rejects ORDER BY source_line`)).toEqual(
      [
        [9, 'ambiguous_reporter'],
        [13, 'ambiguous_reporter'],
        [14, 'ambiguous_reporter'],
        [17, 'unknown_category'],
        [18, 'bad_year'],
        [19, 'missing_importer'],
        [20, 'unknown_category'],
        [21, 'bad_entry'],
      ].map(([source_line, reason_code]) => ({ source_line, reason_code })),
    );
  });

  it('keeps counts as written and numbers only where they are numbers', async () => {
    expect(await rows(`SELECT items_as_written AS w, items FROM transfers WHERE source_line IN (3, 5, 11, 12) ORDER BY source_line`)).toEqual([
      { w: 'classified', items: null },
      { w: '', items: null },
      { w: 'not declared', items: null },
      { w: '1 200', items: 1200 },
    ]);
  });

  it('codes Register categories in their own scheme, crosswalked exactly to ATT, VII (a) and (b) apart', async () => {
    expect(await rows(`SELECT category_scheme AS s, category_code AS code, att_category AS att, att_match AS m, count(*)::INTEGER AS n FROM transfers GROUP BY ALL ORDER BY code`)).toEqual([
      { s: 'UNROCA', code: 'I', att: 'I', m: 'exact', n: 3 },
      { s: 'UNROCA', code: 'II', att: 'II', m: 'exact', n: 2 },
      { s: 'UNROCA', code: 'III', att: 'III', m: 'exact', n: 2 },
      { s: 'UNROCA', code: 'IV.a', att: 'IV', m: 'exact', n: 1 },
      { s: 'UNROCA', code: 'V', att: 'V', m: 'exact', n: 1 },
      { s: 'UNROCA', code: 'VI', att: 'VI', m: 'exact', n: 1 },
      { s: 'UNROCA', code: 'VII.a', att: 'VII', m: 'exact', n: 1 },
      { s: 'UNROCA', code: 'VII.b', att: 'VII', m: 'exact', n: 1 },
    ]);
    expect(await rows(`SELECT code, parent_code, att_category FROM categories WHERE scheme = 'UNROCA' AND parent_code IS NOT NULL ORDER BY sort_order`)).toEqual([
      { code: 'IV.a', parent_code: 'IV', att_category: 'IV' },
      { code: 'VII.a', parent_code: 'VII', att_category: 'VII' },
      { code: 'VII.b', parent_code: 'VII', att_category: 'VII' },
    ]);
  });

  it('forms one UN Register report per inferred reporter and year, with its facts counted', async () => {
    expect(await rows(`SELECT reporter_iso3, year::INTEGER AS year, instrument, report_type, facts FROM reports ORDER BY year, reporter_iso3`)).toEqual([
      { reporter_iso3: 'DEU', year: 2097, instrument: 'UNROCA', report_type: 'annual', facts: 2 },
      { reporter_iso3: 'DEU', year: 2098, instrument: 'UNROCA', report_type: 'annual', facts: 3 },
      { reporter_iso3: 'NOR', year: 2098, instrument: 'UNROCA', report_type: 'annual', facts: 4 },
      { reporter_iso3: 'CHL', year: 2099, instrument: 'UNROCA', report_type: 'annual', facts: 3 },
    ]);
  });
});
