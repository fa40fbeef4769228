/** The reference tables whole, in their natural order: States by ISO code, categories by scheme and rank. */
import type { Query } from '../db/query.ts';
import { categories, states } from '../schema/index.ts';

export function statesQuery(): Query {
  return { sql: `SELECT * FROM ${states.name} ORDER BY iso3`, params: [], tables: [states.name] };
}

export function categoriesQuery(): Query {
  return { sql: `SELECT * FROM ${categories.name} ORDER BY scheme, sort_order`, params: [], tables: [categories.name] };
}
