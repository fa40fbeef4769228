/**
 * A named query as plain SQL text, parameters written in as literals: what the Explore page
 * offers for download and hands to the SQL console ("open in SQL"). The text is for people to
 * read and run themselves; the page's own queries always bind their parameters.
 */
import type { Param, Query } from '../db/query.ts';

/** A SQL literal for a parameter value (strings quoted with '' escaping). */
export function sqlLiteral(v: Param): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`sqlLiteral: ${v} is not a finite number`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return `'${v.replaceAll("'", "''")}'`;
}

/** Replaces each `?` placeholder outside string literals and quoted identifiers with its value. */
export function inlineParams(q: Pick<Query, 'sql' | 'params'>): string {
  let i = 0;
  let out = '';
  let quote: string | null = null;
  for (const c of q.sql) {
    if (quote) {
      if (c === quote) quote = null;
      out += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      out += c;
    } else if (c === '?') {
      if (i >= q.params.length) throw new Error('inlineParams: more placeholders than parameters');
      out += sqlLiteral(q.params[i++]!);
    } else out += c;
  }
  if (i !== q.params.length) throw new Error('inlineParams: more parameters than placeholders');
  return out;
}
