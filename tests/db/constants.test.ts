/** The version pins written in code must be the versions package.json pins and npm installed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DUCKDB_ENGINE_VERSION, DUCKDB_WASM_VERSION, PARQUET_WASM_VERSION } from '../../src/db/constants.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const installed = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

describe('version pins in src/db/constants.ts', () => {
  it('DuckDB-WASM: pinned exactly in package.json, and installed', () => {
    expect(pkg.dependencies['@duckdb/duckdb-wasm']).toBe(DUCKDB_WASM_VERSION);
    expect(installed('@duckdb/duckdb-wasm')).toBe(DUCKDB_WASM_VERSION);
  });

  it('parquet-wasm: the installed version, within the range package.json allows', () => {
    expect(installed('parquet-wasm')).toBe(PARQUET_WASM_VERSION);
    expect(pkg.dependencies['parquet-wasm']).toMatch(new RegExp(`^\\^?${PARQUET_WASM_VERSION.replaceAll('.', '\\.')}$`));
  });

  it('the engine inside the wasm is the engine of the Node bindings the build and tests use', () => {
    expect(`v${pkg.devDependencies['@duckdb/node-api']}`.startsWith(`${DUCKDB_ENGINE_VERSION}-`)).toBe(true);
    expect(`v${installed('@duckdb/node-api')}`.startsWith(`${DUCKDB_ENGINE_VERSION}-`)).toBe(true);
  });
});
