/** Messages between the Explore page and its first-answer worker (firstAnswer.worker.ts). Types only. */
import type { ReadRequest } from '../db/tableRead.ts';
import type { ExploreState } from '../queries/exploreState.ts';

/** One table to read: what the table loader reads (src/db/tableRead.ts), and the rows it must yield. */
export interface TableToRead extends Omit<ReadRequest, 'id'> {
  /** Rows of the chosen row groups (of the whole file when none are chosen), from the manifest. */
  expectedRows: number;
  /** Rows of the whole file (a host without ranges sends all of it). */
  fileRows: number;
  /** The columns the answer needs (`columns` is null when a small file is read whole, in one request). */
  want: string[];
}

export interface FirstAnswerRequest {
  state: ExploreState;
  /** The pre-aggregated table that answers the state, with the plan's columns and row groups. */
  table: TableToRead;
  /** The states table (iso3 → region), when the state groups by a region. */
  states: TableToRead | null;
}

export type FirstAnswerReply =
  | {
      type: 'rows';
      rows: Record<string, string | number | null>[];
      /** Rows of the table read, and the compressed bytes those reads brought. */
      rowsRead: number;
      bytesRead: number;
    }
  | { type: 'error'; message: string };
