/**
 * Golden pipeline tables, after Observable Framework's test/input → test/output: each folder of
 * tests/golden/input/ is a case (case.json: its sources, files from tests/fixtures/), built by the
 * whole pipeline; every published table with rows is written as CSV and compared with the same
 * file in tests/golden/output/<case>/, and the manifest's counts with counts.json. Regenerate with
 *
 *   GOLDEN_UPDATE=1 npx vitest run tests/pipeline/golden.test.ts
 *
 * then read the diff of tests/golden/output/ line by line before committing it (tests/golden/README.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../src/schema/index.ts';
import { buildFixture } from '../helpers/fixtureBuild.ts';

const GOLDEN = resolve(import.meta.dirname, '../golden');
const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const UPDATE = process.env.GOLDEN_UPDATE === '1';

interface CaseSource {
  id: string;
  adapter: string;
  instrument: string;
  files: string[];
}

/** Reference tables are the same in every case: only what a case's sources add to them is compared. */
const SKIPPED = new Set(['categories', 'initial_questions']);
const fromSources = (table: string, ids: readonly string[]) => (table === 'states' ? `WHERE att_source_id IN (${ids.map((id) => `'${id}'`).join(', ')})` : '');

/** The case's sources as data/sources.json would pin them, sha256 and size computed from the fixture files. */
function sourcesJson(sources: CaseSource[]): unknown {
  return {
    sources: sources.map((s) => ({
      id: s.id,
      title: `SYNTHETIC golden case ${s.id}`,
      publisher: 'Test fixture',
      adapter: s.adapter,
      instrument: s.instrument,
      homepage: 'https://example.org/synthetic',
      licence: 'CC0-1.0',
      files: s.files.map((path) => {
        const bytes = readFileSync(join(FIXTURES, path));
        return { name: basename(path), url: `https://example.org/synthetic/${path}`, mirrorPath: path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
      }),
    })),
  };
}

const db = await DuckDBInstance.create(':memory:', { threads: '1' });
const conn = await db.connect();
afterAll(() => conn.closeSync());

/** A published table as CSV, rows in one order (ORDER BY ALL); null when it has no rows. */
async function tableCsv(dir: string, table: string, tmp: string, ids: readonly string[]): Promise<string | null> {
  const file = join(dir, `${table}.parquet`);
  if (!existsSync(file)) return null;
  const csv = join(tmp, `${table}.csv`);
  const from = `(SELECT * FROM read_parquet('${file.replaceAll("'", "''")}') ${fromSources(table, ids)} ORDER BY ALL)`;
  const [count] = (await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${from}`)).getRowObjectsJS();
  if (count!.n === 0) return null;
  await conn.run(`COPY ${from} TO '${csv.replaceAll("'", "''")}' (HEADER, DELIMITER ',')`);
  return readFileSync(csv, 'utf8');
}

const cases = readdirSync(join(GOLDEN, 'input')).sort();

describe.each(cases)('golden pipeline case %s', async (name) => {
  const spec = JSON.parse(readFileSync(join(GOLDEN, 'input', name, 'case.json'), 'utf8')) as { sources: CaseSource[] };
  const tmp = await mkdtemp(join(tmpdir(), `att-golden-${name}-`));
  afterAll(() => rm(tmp, { recursive: true, force: true }));
  const { out, ...result } = await buildFixture(tmp, sourcesJson(spec.sources), FIXTURES);
  const produced = new Map<string, string>();
  for (const t of TABLES) {
    if (SKIPPED.has(t.name)) continue;
    const csv = await tableCsv(
      out,
      t.name,
      tmp,
      spec.sources.map((s) => s.id),
    );
    if (csv !== null) produced.set(`${t.name}.csv`, csv);
  }
  const counts = result.manifest.sources.map((s) => ({
    id: s.id,
    rowsRead: s.rowsRead,
    rowsLoaded: s.rowsLoaded,
    rowsRejected: s.rowsRejected,
    structuralByKind: s.structuralByKind ?? {},
    unresolvedNames: s.unresolvedNames,
    textsCut: s.textsCut,
  }));
  produced.set('counts.json', `${JSON.stringify(counts, null, 2)}\n`);

  const expectedDir = join(GOLDEN, 'output', name);
  if (UPDATE) {
    rmSync(expectedDir, { recursive: true, force: true });
    mkdirSync(expectedDir, { recursive: true });
    for (const [file, text] of produced) writeFileSync(join(expectedDir, file), text);
  }

  it('publishes the tables of the expected output, no more and no fewer', () => {
    expect([...produced.keys()].sort()).toEqual(readdirSync(expectedDir).sort());
  });

  it.each([...produced.keys()].sort())('%s matches the expected file', (file) => {
    expect(produced.get(file)).toBe(readFileSync(join(expectedDir, file), 'utf8'));
  });
});
