/**
 * Runs a named query on the page's DuckDB whenever its SQL or parameters change, and keeps only the
 * latest answer (a slow earlier query cannot overwrite a newer one). `runs` counts finished queries:
 * e2e tests wait on it (data-runs) instead of sleeping.
 */
import { useEffect, useRef, useState } from 'react';
import type { Table } from 'apache-arrow';
import type { Query } from '../db/query.ts';
import { rowsOf, type Row } from '../db/results.ts';
import { runQuery } from '../db/run.ts';

export interface QueryRows {
  rows: Row[];
  table: Table | null;
  running: boolean;
  error: string | null;
  runs: number;
  /** The query the rows answer (null before the first answer). */
  answered: string | null;
  retry: () => void;
}

export const queryKey = (q: Query) => `${q.sql}|${JSON.stringify(q.params)}`;

export function useQueryRows(query: Query | null, enabled = true): QueryRows {
  const [rows, setRows] = useState<Row[]>([]);
  const [table, setTable] = useState<Table | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [runs, setRuns] = useState(0);
  const [answered, setAnswered] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const key = query ? queryKey(query) : null;
  useEffect(() => {
    if (!enabled || !query || key === null) return;
    const id = ++latest.current;
    setRunning(true);
    setError(null);
    runQuery(query)
      .then((r) => {
        if (id !== latest.current) return;
        setTable(r.table);
        setRows(rowsOf(r.table));
        setAnswered(key);
      })
      .catch((e: unknown) => {
        if (id === latest.current) setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        if (id === latest.current) {
          setRunning(false);
          setRuns((n) => n + 1);
        }
      });
    // The query re-runs only when its text or parameters change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, key, attempt]);
  return { rows, table, running, error, runs, answered, retry: () => setAttempt((n) => n + 1) };
}
