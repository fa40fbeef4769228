/**
 * The barometer with a reader's own file (Your data page): when this browser holds annual reports
 * of the reader's files (the same stored record the compliance matrix reads), the barometer SQL
 * runs on the page's DuckDB, where those rows have joined the published tables, for the States of
 * the file only; their State-years replace the build-time ones. Without such reports nothing runs:
 * DuckDB is not even loaded (the query runner is imported on demand).
 */
import { useEffect, useState } from 'react';
import type { Lang } from '../i18n/index.ts';
import { loadUserFiles } from '../db/userStore.ts';
import { barometerQuery, CRITERIA } from '../queries/barometer.ts';
import type { StateNameRow } from '../queries/stateNames.ts';

export interface ScoredRow {
  iso3: string;
  year: number;
  instruments: string;
  [criterion: string]: string | number;
}

export interface YourBarometer {
  status: 'checking' | 'none' | 'running' | 'done' | 'error';
  /** The States of the reader's file: their build-time rows give way to `rows`. */
  states: ReadonlySet<string>;
  rows: ScoredRow[];
  /** `iso3:year` of State-years the file adds or changes (its reports, and a next year's "reported the year before"). */
  marked: ReadonlySet<string>;
  names: Record<string, string>;
  error?: string;
}

const key = (r: { iso3: string; year: number }) => `${r.iso3}:${r.year}`;
const same = (a: ScoredRow, b: ScoredRow | undefined) => !!b && a.instruments === b.instruments && CRITERIA.every((c) => a[c.id] === b[c.id]);

export function useYourBarometer(lang: Lang, published: readonly ScoredRow[]): YourBarometer {
  const [state, setState] = useState<YourBarometer>({ status: 'checking', states: new Set(), rows: [], marked: new Set(), names: {} });
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on hydration: the published rows and the language are fixed for the page.
  useEffect(() => {
    let live = true;
    void (async () => {
      const files = await loadUserFiles();
      const submissions = files?.submissions ?? [];
      if (!submissions.length) {
        if (live) setState((s) => ({ ...s, status: 'none' }));
        return;
      }
      const states = [...new Set(submissions.map((s) => s.iso3))].sort();
      if (live) setState((s) => ({ ...s, status: 'running', states: new Set(states) }));
      try {
        // Loaded on demand, with the query runner: a page without a file never fetches them.
        const [{ queryRows }, { stateNamesQuery }] = await Promise.all([import('../db/run.ts'), import('../queries/stateNames.ts')]);
        const rows = await queryRows<ScoredRow>(barometerQuery(CRITERIA, { states }));
        const names = await queryRows<StateNameRow>(stateNamesQuery(lang, states));
        const before = new Map(published.filter((r) => states.includes(r.iso3)).map((r) => [key(r), r]));
        const marked = new Set([...submissions.map(key), ...rows.filter((r) => !same(r, before.get(key(r)))).map(key)]);
        const scored = rows.map((r) => ({ iso3: r.iso3, year: r.year, instruments: r.instruments, ...Object.fromEntries(CRITERIA.map((c) => [c.id, r[c.id] as number])) }));
        if (live) setState({ status: 'done', states: new Set(states), rows: scored, marked, names: Object.fromEntries(names.map((n) => [n.iso3, n.name])) });
      } catch (e) {
        if (live) setState((s) => ({ ...s, status: 'error', error: e instanceof Error ? e.message : String(e) }));
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The published rows with the reader's States' rows put in their place. */
export function withYourRows(published: readonly ScoredRow[], yours: YourBarometer): ScoredRow[] {
  if (yours.status !== 'done') return [...published];
  return [...published.filter((r) => !yours.states.has(r.iso3)), ...yours.rows];
}
