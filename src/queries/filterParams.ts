/**
 * The URL parameters the flows view and the trade register share, read and written once for both:
 *
 *   year_from=2010&year_to=2013   inclusive year range
 *   category=ML:ML10              one category in its own scheme (scheme:code)
 *   att_category=II               one ATT Art. 2(1) category through the crosswalk
 *
 * and the reader behind every key of those two pages: a bad value is left out, the default kept,
 * and the key and value reported (`ParamProblem`) so the page can say what it ignored, as Explore does.
 */
import { ATT_CATEGORIES, type AttCategory } from '../schema/codes.ts';

export interface ParamProblem {
  key: string;
  value: string;
}

/** A category in its own scheme, e.g. { scheme: 'ML', code: 'ML10' }. */
export interface CategoryChoice {
  scheme: string;
  code: string;
}

/** The filters of facts both pages offer. */
export interface FactFilters {
  yearFrom: number | null;
  yearTo: number | null;
  category: CategoryChoice | null;
  attCategory: AttCategory | null;
}

/** Reads one key: absent or empty leaves the default, a value `read` refuses (null/undefined) is a problem. */
export type TakeParam = <T>(key: string, read: (v: string) => T | null | undefined, set: (v: T) => void) => void;

export function paramTaker(params: URLSearchParams, problems: ParamProblem[]): TakeParam {
  return (key, read, set) => {
    const v = params.get(key);
    if (v === null || v === '') return;
    const r = read(v);
    if (r === null || r === undefined) problems.push({ key, value: v });
    else set(r);
  };
}

const ISO3 = /^[A-Z]{3}$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const CATEGORY = /^([A-Z_]{2,8}):([A-Za-z0-9.()\- ]{1,24})$/;

export const readIso3 = (v: string): string | null => (ISO3.test(v) ? v : null);
export const readSourceId = (v: string): string | null => (SOURCE_ID.test(v) ? v : null);
export const readYear = (v: string): number | null => (/^\d{4}$/.test(v) ? Number(v) : null);

export function readCategory(v: string): CategoryChoice | null {
  const m = CATEGORY.exec(v);
  return m ? { scheme: m[1]!, code: m[2]! } : null;
}

export function readAttCategory(v: string): AttCategory | null {
  return (ATT_CATEGORIES as readonly string[]).includes(v) ? (v as AttCategory) : null;
}

/** The `category` parameter's text (also the category select's option value). */
export function categoryParam(c: CategoryChoice): string {
  return `${c.scheme}:${c.code}`;
}

/** Reads year_from, year_to, category and att_category (in that order, the order problems are reported in). */
export function takeFactFilters(take: TakeParam, s: FactFilters): void {
  take('year_from', readYear, (v) => (s.yearFrom = v));
  take('year_to', readYear, (v) => (s.yearTo = v));
  take('category', readCategory, (v) => (s.category = v));
  take('att_category', readAttCategory, (v) => (s.attCategory = v));
}

/** The same four keys as written, null where left out. */
export function factFilterParams(s: FactFilters): [string, string | null][] {
  return [
    ['year_from', s.yearFrom === null ? null : String(s.yearFrom)],
    ['year_to', s.yearTo === null ? null : String(s.yearTo)],
    ['category', s.category ? categoryParam(s.category) : null],
    ['att_category', s.attCategory],
  ];
}

/** A query string of the given keys in order, null values left out; `:` and `>` stay readable. */
export function writeParams(entries: readonly (readonly [string, string | null])[]): string {
  return entries
    .filter((e): e is readonly [string, string] => e[1] !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replaceAll('%3A', ':').replaceAll('%3E', '>')}`)
    .join('&');
}
