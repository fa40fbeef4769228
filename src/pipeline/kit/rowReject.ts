/**
 * The one way a row is turned down: a stage throws a RowReject, the per-row loop (rows.ts) catches it
 * and records the row in the rejects table with its file, line, reason code and reason. Any other
 * error is a bug or an unreadable file, and fails the build.
 */
import type { Reject } from '../types.ts';
import type { Parsed } from './values.ts';

export class RowReject extends Error {
  readonly reasonCode: string;
  /** A name no resolver knew (normalize counts them for the build report). */
  readonly unresolved?: string;
  constructor(reasonCode: string, reason: string, unresolved?: string) {
    super(reason);
    this.reasonCode = reasonCode;
    this.unresolved = unresolved;
  }
}

/** The value of a parsed cell, or a RowReject carrying the parser's reason. */
export function need<T>(p: Parsed<T>): T {
  if (!p.ok) throw new RowReject(p.reasonCode, p.reason);
  return p.value;
}

/** The rejects-table entry of a row turned down. */
export function rejectOf(file: string, row: { line: number; raw: string }, e: RowReject): Reject {
  return { file, line: row.line, reasonCode: e.reasonCode, reason: e.message, raw: row.raw };
}
