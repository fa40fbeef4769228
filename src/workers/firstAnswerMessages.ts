/** Messages between the Explore page and its first-answer worker (firstAnswer.worker.ts). Types only. */

export interface FirstAnswerRequest {
  /** The page address's query string (without `?`): the worker reads the Explore state from it. */
  search: string;
}

export type FirstAnswerReply =
  | {
      type: 'rows';
      rows: Record<string, string | number | null>[];
      /** Rows of the pre-aggregated table read, and the compressed bytes those reads brought. */
      rowsRead: number;
      bytesRead: number;
    }
  /** No pre-aggregated table gives this state's rows exactly (src/queries/exploreDirect.ts `directPlan`). */
  | { type: 'none' }
  | { type: 'error'; message: string };
