import { describe, expect, it } from 'vitest';
import { budgetReport, BUDGETS, duplicateAssets } from '../../scripts/bundleBudget.ts';

describe('budgetReport', () => {
  it('sums main-thread scripts apart from the DuckDB worker and wasm, and flags what is over', () => {
    const report = budgetReport([
      { name: 'client.abc.js', gzip: 100_000 },
      { name: 'Explore.def.js', gzip: BUDGETS.largestJs + 1 },
      { name: 'duckdb-browser-eh.worker.x.js', gzip: 5_000_000 },
      { name: 'duckdb-eh.y.wasm', gzip: 8_000_000 },
    ]);
    expect(report).toEqual([
      { name: 'mainThreadJs', bytes: 100_000 + BUDGETS.largestJs + 1, budget: BUDGETS.mainThreadJs, over: 100_000 + BUDGETS.largestJs + 1 > BUDGETS.mainThreadJs },
      { name: 'largestJs', bytes: BUDGETS.largestJs + 1, budget: BUDGETS.largestJs, over: true },
      { name: 'queryEngine', bytes: 13_000_000, budget: BUDGETS.queryEngine, over: true },
    ]);
  });
});

describe('duplicateAssets', () => {
  it('names the files that hold the same bytes, and nothing when every file differs', () => {
    const assets = [
      { name: 'parquet_wasm_bg.AAA.wasm', sha256: 'h1' },
      { name: 'tableLoader.worker.js', sha256: 'h2' },
      { name: 'parquet_wasm_bg-AAA.wasm', sha256: 'h1' },
    ];
    expect(duplicateAssets(assets)).toEqual([['parquet_wasm_bg-AAA.wasm', 'parquet_wasm_bg.AAA.wasm']]);
    expect(duplicateAssets(assets.slice(0, 2))).toEqual([]);
  });
});
