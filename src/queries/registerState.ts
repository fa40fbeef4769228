/**
 * The trade register's filters and page, and their URL (a permalink restores the same rows):
 *
 *   supplier=DEU           exporting State, ISO alpha-3 (from either side's report)
 *   recipient=FRA          importing State
 *   year_from=2010&year_to=2013
 *   category=UNROCA:II     one category in its own scheme (scheme:code)
 *   att_category=II        one ATT Art. 2(1) category through the crosswalk
 *   source=unroca-transfers
 *   page=2                 1-based page of PAGE_SIZE rows
 *
 * A bad value is left out and reported in `problems`, as on Explore.
 */
import { factFilterParams, paramTaker, readIso3, readSourceId, takeFactFilters, writeParams, type CategoryChoice, type ParamProblem } from './filterParams.ts';
import type { AttCategory } from '../schema/index.ts';

export const PAGE_SIZE = 50;

export interface RegisterState {
  supplier: string | null;
  recipient: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  category: CategoryChoice | null;
  attCategory: AttCategory | null;
  source: string | null;
  page: number;
}

export function defaultRegisterState(): RegisterState {
  return { supplier: null, recipient: null, yearFrom: null, yearTo: null, category: null, attCategory: null, source: null, page: 1 };
}

export function parseRegisterQuery(query: string | URLSearchParams): { state: RegisterState; problems: ParamProblem[] } {
  const p = typeof query === 'string' ? new URLSearchParams(query) : query;
  const s = defaultRegisterState();
  const problems: ParamProblem[] = [];
  const take = paramTaker(p, problems);
  take('supplier', readIso3, (v) => (s.supplier = v));
  take('recipient', readIso3, (v) => (s.recipient = v));
  takeFactFilters(take, s);
  take('source', readSourceId, (v) => (s.source = v));
  take(
    'page',
    (v) => (/^[1-9]\d{0,5}$/.test(v) ? Number(v) : null),
    (v) => (s.page = v),
  );
  return { state: s, problems };
}

export function serializeRegisterState(s: RegisterState): string {
  return writeParams([['supplier', s.supplier], ['recipient', s.recipient], ...factFilterParams(s), ['source', s.source], ['page', s.page > 1 ? String(s.page) : null]]);
}
