/**
 * Rows of a schema table → Arrow IPC stream bytes, typed from the schema (never inferred from the
 * values). The "Your data" worker turns a reader's checked rows into IPC there, so the page's main
 * thread only passes bytes along: to DuckDB, and to the browser's storage.
 * Dates travel as text and BIGINT counts as doubles; userTables.ts casts them to the schema's types.
 */
import { Bool, Float64, Int16, Int32, Table, tableToIPC, Utf8, vectorFromArray, type DataType } from 'apache-arrow';
import { columnNames, type AnyTable, type Columns, type DuckType } from '../schema/columns.ts';

function arrowType(t: DuckType): DataType {
  switch (t) {
    case 'INTEGER':
      return new Int32();
    case 'SMALLINT':
      return new Int16();
    case 'BIGINT':
    case 'DOUBLE':
      return new Float64();
    case 'BOOLEAN':
      return new Bool();
    default:
      return new Utf8();
  }
}

export function rowsToIpc(table: AnyTable, rows: readonly Record<string, unknown>[]): Uint8Array {
  const cols = table.columns as Columns;
  const vectors = Object.fromEntries(
    columnNames(table).map((name) => {
      const type = arrowType(cols[name]!.type);
      return [name, vectorFromArray(rows.map((r) => r[name] ?? null) as never[], type)];
    }),
  );
  return tableToIPC(new Table(vectors), 'stream');
}
