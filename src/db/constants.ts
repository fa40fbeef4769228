/**
 * Every version pin and path the browser database depends on, in one place. The wasm, worker and
 * Parquet decoder are served from the site itself; nothing here may point at another origin.
 */

/** npm version of @duckdb/duckdb-wasm (package.json pins it exactly; tests/db/constants.test.ts checks every pin here). */
export const DUCKDB_WASM_VERSION = '1.32.0';
/** The DuckDB engine inside that wasm: the same engine as @duckdb/node-api 1.4.3 used by the build and tests. */
export const DUCKDB_ENGINE_VERSION = 'v1.4.3';
/** npm version of parquet-wasm, which decodes Parquet in the browser (the wasm has no Parquet reader). */
export const PARQUET_WASM_VERSION = '0.8.0';

/**
 * Where DuckDB would look for extensions: a path on the site's own origin. The Parquet and JSON
 * readers are not compiled into the wasm, and by default DuckDB fetches them from
 * extensions.duckdb.org; pointing the repository here (with autoloading off) keeps every request
 * on the origin even if a query asks for an extension.
 */
export const EXTENSION_REPOSITORY_PATH = '/duckdb-ext';

/** Where the pipeline's tables and manifest are served (Astro copies public/data to /data); pages link to the same path. */
export const DATA_PATH = '/data';

/**
 * Tables from this size up are read column by column, by HTTP range requests where the host
 * serves them (src/db/tables.ts); smaller ones cost less as one whole request. At 512 KiB only
 * `transfers` qualifies today (1.7 MB); `reconciliation` (0.3 MB) loads whole.
 */
export const RANGE_READ_MIN_BYTES = 512 * 1024;

/** User Timing mark of the first moment Explore shows figures that answer its state on the served data (src/islands/exploreStart.ts; scripts/benchScale.ts reads it). */
export const FIRST_RESULT_MARK = 'att:first-result';

/** Element Timing identifier of a result table's caption: when its rows were first painted (src/islands/ResultTable.tsx). */
export const RESULT_TABLE_TIMING = 'result-table';
