/**
 * Rows of a schema table → Arrow IPC stream bytes, typed from the schema (never inferred from the
 * values). The "Your data" worker turns a reader's checked rows into IPC there, so the page's main
 * thread only passes bytes along: to DuckDB, and to the browser's storage.
 *
 * Columns are assembled from typed arrays with `makeData`, not with Arrow's builders: a builder
 * compiles its null check with `Function(…)`, which the site's Content-Security-Policy (no
 * 'unsafe-eval') refuses. Dates travel as text and BIGINT counts as doubles; userTables.ts casts
 * them to the schema's types.
 */
import { Bool, Float64, Int16, Int32, makeData, makeVector, Table, tableToIPC, Utf8, type Vector } from 'apache-arrow';
import { columnNames, type AnyTable, type Columns, type DuckType } from '../schema/columns.ts';

/** Validity bitmap (bit set = value present), and the number of nulls. */
function validity(values: readonly unknown[]): { bitmap: Uint8Array; nulls: number } {
  const bitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nulls = 0;
  values.forEach((v, i) => {
    if (v === null || v === undefined) nulls++;
    else bitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { bitmap, nulls };
}

function column(type: DuckType, values: readonly unknown[]): Vector {
  const length = values.length;
  const { bitmap, nulls } = validity(values);
  const nullBitmap = nulls === 0 ? undefined : bitmap;
  switch (type) {
    case 'INTEGER':
      return makeVector(makeData({ type: new Int32(), length, nullCount: nulls, nullBitmap, data: Int32Array.from(values, (v) => Number(v ?? 0)) }));
    case 'SMALLINT':
      return makeVector(makeData({ type: new Int16(), length, nullCount: nulls, nullBitmap, data: Int16Array.from(values, (v) => Number(v ?? 0)) }));
    case 'BIGINT':
    case 'DOUBLE':
      return makeVector(makeData({ type: new Float64(), length, nullCount: nulls, nullBitmap, data: Float64Array.from(values, (v) => Number(v ?? 0)) }));
    case 'BOOLEAN': {
      const data = new Uint8Array(Math.ceil(length / 8));
      values.forEach((v, i) => {
        if (v === true) data[i >> 3]! |= 1 << (i & 7);
      });
      return makeVector(makeData({ type: new Bool(), length, nullCount: nulls, nullBitmap, data }));
    }
    default: {
      const encoder = new TextEncoder();
      const parts = values.map((v) => (v === null || v === undefined ? new Uint8Array(0) : encoder.encode(String(v))));
      const valueOffsets = new Int32Array(length + 1);
      parts.forEach((p, i) => {
        valueOffsets[i + 1] = valueOffsets[i]! + p.length;
      });
      const data = new Uint8Array(valueOffsets[length]!);
      parts.forEach((p, i) => data.set(p, valueOffsets[i]!));
      return makeVector(makeData({ type: new Utf8(), length, nullCount: nulls, nullBitmap, valueOffsets, data }));
    }
  }
}

export function rowsToIpc(table: AnyTable, rows: readonly Record<string, unknown>[]): Uint8Array {
  const cols = table.columns as Columns;
  const vectors = Object.fromEntries(
    columnNames(table).map((name) => [
      name,
      column(
        cols[name]!.type,
        rows.map((r) => r[name]),
      ),
    ]),
  );
  return tableToIPC(new Table(vectors), 'stream');
}
