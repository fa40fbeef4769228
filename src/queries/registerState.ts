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
import { ATT_CATEGORIES, type AttCategory } from '../schema/index.ts';
import type { ParamProblem } from './flowsState.ts';

export const PAGE_SIZE = 50;

export interface RegisterState {
  supplier: string | null;
  recipient: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  category: { scheme: string; code: string } | null;
  attCategory: AttCategory | null;
  source: string | null;
  page: number;
}

export function defaultRegisterState(): RegisterState {
  return { supplier: null, recipient: null, yearFrom: null, yearTo: null, category: null, attCategory: null, source: null, page: 1 };
}

const ISO3 = /^[A-Z]{3}$/;
const CATEGORY = /^([A-Z_]{2,8}):([A-Za-z0-9.()\- ]{1,24})$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function parseRegisterQuery(query: string | URLSearchParams): { state: RegisterState; problems: ParamProblem[] } {
  const p = typeof query === 'string' ? new URLSearchParams(query) : query;
  const s = defaultRegisterState();
  const problems: ParamProblem[] = [];
  const take = <T>(key: string, read: (v: string) => T | null | undefined, set: (v: T) => void) => {
    const v = p.get(key);
    if (v === null || v === '') return;
    const r = read(v);
    if (r === null || r === undefined) problems.push({ key, value: v });
    else set(r);
  };
  const year = (v: string) => (/^\d{4}$/.test(v) ? Number(v) : null);
  take(
    'supplier',
    (v) => (ISO3.test(v) ? v : null),
    (v) => (s.supplier = v),
  );
  take(
    'recipient',
    (v) => (ISO3.test(v) ? v : null),
    (v) => (s.recipient = v),
  );
  take('year_from', year, (v) => (s.yearFrom = v));
  take('year_to', year, (v) => (s.yearTo = v));
  take(
    'category',
    (v) => CATEGORY.exec(v),
    (m) => (s.category = { scheme: m[1]!, code: m[2]! }),
  );
  take(
    'att_category',
    (v) => ((ATT_CATEGORIES as readonly string[]).includes(v) ? (v as AttCategory) : null),
    (v) => (s.attCategory = v),
  );
  take(
    'source',
    (v) => (SOURCE_ID.test(v) ? v : null),
    (v) => (s.source = v),
  );
  take(
    'page',
    (v) => (/^[1-9]\d{0,5}$/.test(v) ? Number(v) : null),
    (v) => (s.page = v),
  );
  return { state: s, problems };
}

export function serializeRegisterState(s: RegisterState): string {
  const out: [string, string | null][] = [
    ['supplier', s.supplier],
    ['recipient', s.recipient],
    ['year_from', s.yearFrom === null ? null : String(s.yearFrom)],
    ['year_to', s.yearTo === null ? null : String(s.yearTo)],
    ['category', s.category ? `${s.category.scheme}:${s.category.code}` : null],
    ['att_category', s.attCategory],
    ['source', s.source],
    ['page', s.page > 1 ? String(s.page) : null],
  ];
  return out
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replaceAll('%3A', ':')}`)
    .join('&');
}
