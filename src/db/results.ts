/**
 * Arrow results as plain JavaScript: numbers where a number is meant (never BigInt), dates as
 * ISO strings (`2024-01-05`), timestamps as ISO 8601, everything else as text. Pure and free of
 * DOM or worker code, so Node tests check it on tables built in memory.
 */
import { Type, type Field, type Table } from 'apache-arrow';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export type ColumnKind = 'number' | 'text' | 'date' | 'boolean';

export interface ResultColumn {
  name: string;
  kind: ColumnKind;
  /** Arrow's name for the type (e.g. `Float64`, `Utf8`), shown in the console's column headers. */
  type: string;
}

export function columnsOf(table: Table): ResultColumn[] {
  return table.schema.fields.map((f) => ({ name: f.name, kind: kindOf(f), type: String(f.type) }));
}

function kindOf(f: Field): ColumnKind {
  switch (f.typeId) {
    case Type.Int:
    case Type.Float:
    case Type.Decimal:
      return 'number';
    case Type.Bool:
      return 'boolean';
    case Type.Date:
    case Type.Timestamp:
      return 'date';
    default:
      return 'text';
  }
}

/** Converts one Arrow value of a column to a plain cell. */
export function toCell(v: unknown, f: Field): Cell {
  if (v === null || v === undefined) return null;
  switch (f.typeId) {
    case Type.Date:
      return new Date(Number(v)).toISOString().slice(0, 10);
    case Type.Timestamp:
      return new Date(Number(v)).toISOString();
    case Type.Decimal: {
      // Arrow JS gives decimals as unscaled big integers; DuckDB's browser client is configured to
      // cast them to DOUBLE, so this is the fallback for tables built elsewhere.
      const scale = (f.type as { scale?: number }).scale ?? 0;
      return Number(String(v)) / 10 ** scale;
    }
    default:
      break;
  }
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Uint8Array) return `<${v.length} bytes>`;
  if (typeof v === 'object' && v !== null && 'toJSON' in v && typeof v.toJSON === 'function') return JSON.stringify(v.toJSON(), bigintReplacer);
  return String(v);
}

function bigintReplacer(_: string, v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v;
}

/** Rows `from` (inclusive) to `to` (exclusive) as plain objects; the console shows a slice of big results. */
export function rowsOf(table: Table, from = 0, to = table.numRows): Row[] {
  const fields = table.schema.fields;
  const vectors = fields.map((_, i) => table.getChildAt(i));
  const out: Row[] = [];
  const end = Math.min(to, table.numRows);
  for (let r = Math.max(0, from); r < end; r++) {
    const row: Row = {};
    fields.forEach((f, i) => {
      row[f.name] = toCell(vectors[i]?.get(r), f);
    });
    out.push(row);
  }
  return out;
}
