/**
 * The per-row loop every adapter shares: each row is loaded or rejected as a whole, so that rows
 * read = rows loaded + rows rejected holds by construction.
 */
import type { Reject } from '../types.ts';
import { rejectOf, RowReject } from './rowReject.ts';

export interface RowCount {
  read: number;
  loaded: number;
}

/**
 * Calls `load` on each row; a RowReject it throws becomes a reject of that row (in `rejects`), any
 * other error propagates. Returns how many rows were read and loaded.
 */
export function eachRow<R extends { line: number; raw: string }>(file: string, rows: Iterable<R>, rejects: Reject[], load: (row: R) => void): RowCount {
  const count: RowCount = { read: 0, loaded: 0 };
  for (const row of rows) {
    count.read++;
    try {
      load(row);
      count.loaded++;
    } catch (e) {
      if (!(e instanceof RowReject)) throw e;
      rejects.push(rejectOf(file, row, e));
    }
  }
  return count;
}
