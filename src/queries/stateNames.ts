/**
 * States' names in the page language for a few codes, read in the page's DuckDB: an island that
 * meets a State the build did not name (a reader's own file) names it from the same `states` table.
 */
import type { Query } from '../db/query.ts';
import type { Lang } from '../i18n/index.ts';
import { ident, join, sql, toQuery } from './sql.ts';

const NAME_COLUMN = { en: 'name_en', fr: 'name_fr', es: 'name_es' } as const;

export interface StateNameRow {
  iso3: string;
  name: string;
}

export function stateNamesQuery(lang: Lang, codes: readonly string[]): Query {
  const list = codes.length
    ? join(
        codes.map((c) => sql`${c}`),
        ', ',
      )
    : sql`NULL`;
  return toQuery(sql`SELECT ${ident('states', 'iso3')} AS iso3, ${ident('states', NAME_COLUMN[lang])} AS name FROM ${ident('states')} WHERE ${ident('states', 'iso3')} IN (${list}) ORDER BY iso3`, ['states']);
}
