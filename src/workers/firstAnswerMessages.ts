/** Messages between the Explore page and its first-answer worker (firstAnswer.worker.ts). Types only. */

/**
 * What the page sends, in this order: the request, then the manifest's text and the compiled
 * Parquet decoder as they arrive (null: the worker fetches that one itself). The page starts both
 * while the worker starts (src/islands/exploreFirstAnswer.ts).
 */
export type FirstAnswerRequest =
  /** The page address's query string (without `?`): the worker reads the Explore state from it. */
  { type: 'ask'; search: string } | { type: 'manifest'; text: string | null } | { type: 'decoder'; module: WebAssembly.Module | null };

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
