/**
 * What the SQL console may hold, so that no query, typed or arriving by a link, can take the tab
 * down (`SELECT repeat('x', 400000000)` or a 60-million-row cross join used to). Batches are
 * checked as DuckDB streams them, before any value is decoded to a JavaScript string or drawn:
 * past a bound the query is stopped and the reader told which bound and why.
 * Pure (Arrow in, verdict out): Node tests check it on batches built in memory.
 */
import type { Data, RecordBatch } from 'apache-arrow';

export interface ResultLimits {
  /** Rows kept in the page (for the table, the chart and downloads). */
  rows: number;
  /** Bytes of Arrow data kept, all batches together. */
  bytes: number;
  /** Bytes of one text or binary value. */
  valueBytes: number;
}

/**
 * A million rows covers every table of the portal joined to a dimension; 256 MB of Arrow is well
 * inside what a tab can hold twice over (the data and its CSV); no cell of the published tables is
 * anywhere near 1 MB, so a bigger one is a generated value, not data.
 */
export const CONSOLE_LIMITS: ResultLimits = { rows: 1_000_000, bytes: 256 * 1024 * 1024, valueBytes: 1024 * 1024 };

export type LimitBreach = { bound: 'rows'; limit: number } | { bound: 'bytes'; limit: number } | { bound: 'valueBytes'; limit: number; column: string; size: number };

/** Largest text or binary value in a column's data (from the offsets: nothing is decoded). */
export function largestValue(data: Data): number {
  let max = 0;
  const offsets = data.valueOffsets as ArrayLike<number | bigint> | undefined;
  if (offsets && offsets.length > 1) {
    for (let i = 1; i < offsets.length; i++) {
      const size = Number(offsets[i]) - Number(offsets[i - 1]);
      if (size > max) max = size;
    }
  }
  for (const child of data.children ?? []) max = Math.max(max, largestValue(child));
  return max;
}

/** Keeps count of what a streamed result holds; `add` says which bound a batch would break. */
export class ResultBudget {
  rows = 0;
  bytes = 0;
  readonly limits: ResultLimits;
  constructor(limits: ResultLimits = CONSOLE_LIMITS) {
    this.limits = limits;
  }

  add(batch: RecordBatch): LimitBreach | null {
    for (const field of batch.schema.fields) {
      const column = batch.getChild(field.name);
      if (!column) continue;
      for (const data of column.data) {
        const size = largestValue(data);
        if (size > this.limits.valueBytes) return { bound: 'valueBytes', limit: this.limits.valueBytes, column: field.name, size };
      }
    }
    if (this.bytes + batch.data.byteLength > this.limits.bytes) return { bound: 'bytes', limit: this.limits.bytes };
    if (this.rows + batch.numRows > this.limits.rows) return { bound: 'rows', limit: this.limits.rows };
    this.rows += batch.numRows;
    this.bytes += batch.data.byteLength;
    return null;
  }
}

/** The console refused to keep a result; the message says which bound and how to stay inside it. */
export class ResultTooLarge extends Error {
  readonly breach: LimitBreach;
  constructor(breach: LimitBreach) {
    super(`result too large: ${breach.bound}`);
    this.breach = breach;
    this.name = 'ResultTooLarge';
  }
}
