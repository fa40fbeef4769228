/**
 * Every SELECT the site runs is a named builder in src/queries/: this scans src/ for SQL written
 * elsewhere, so a new inline query fails here rather than in review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Files outside src/queries/ that may hold SQL text, and why. */
const ALLOWED = new Map([
  ['src/site-data/db.ts', 'creates the views over the Parquet files'],
  ['src/db/duckdb.ts', 'loads tables into the browser database'],
  ['src/db/userTables.ts', "loads a reader's own file into the browser database"],
  ['src/pipeline/publish.ts', 'writes and counts the tables it publishes'],
  ['src/schema/transferTotals.ts', 'the one INSERT that sums transfers into an aggregate, for the pipeline and for a reader’s own rows in the browser'],
  ['src/pipeline/rowGroupIndex.ts', 'reads the row-group statistics of each file it publishes (parquet_metadata)'],
  ['src/pipeline/aggregates.ts', 'derives the pre-aggregated tables from transfers at publish time and checks their totals'],
  ['src/formats/snippets.ts', 'text shown to readers for their own DuckDB, Python or R, never run by the site'],
]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx|astro)$/.test(e.name) ? [join(dir, e.name)] : []));
}

// SQL in code: a SELECT after a quote or backtick, or at the start of a template line; comments aside.
const SQL = /(^|[`'"(])\s*SELECT\s/m;
const stripComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('one query pattern', () => {
  const rel = (f: string) => relative(ROOT, f).replaceAll('\\', '/');
  const sources = files(join(ROOT, 'src')).filter((f) => !rel(f).startsWith('src/queries/'));

  it('keeps SQL text in src/queries/ (and the few files that load or publish tables)', () => {
    const outside = sources.filter((f) => !ALLOWED.has(rel(f)) && SQL.test(stripComments(readFileSync(f, 'utf8')))).map(rel);
    expect(outside).toEqual([]);
  });

  it('runs named queries through the runner, not raw SQL, outside the build-time database module', () => {
    const raw = sources.filter((f) => /import\s*\{[^}]*\bquery\b[^}]*\}\s*from\s*'[./]*(site-data\/)?db\.ts'/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(raw).toEqual([]);
  });
});
