/**
 * A `sql` tagged template for the query builders: every interpolated value becomes a bound
 * parameter (`?`), so no value ever becomes SQL text; table and column names come in only
 * through `ident()`, which accepts nothing the schema does not define; a fragment built with
 * `sql` nests inside another with its parameters kept in order. After Observable Framework's
 * DuckDB client, which binds its template's values the same way.
 */
import type { Param, Query } from '../db/query.ts';
import { TABLES, type TableName } from '../schema/index.ts';

/** SQL text with its bound parameters, one `?` each, in order. */
export class SqlFragment {
  readonly text: string;
  readonly params: readonly Param[];
  constructor(text: string, params: readonly Param[]) {
    this.text = text;
    this.params = params;
  }
}

/** A quoted identifier that `ident()` checked against the schema. */
export class Identifier {
  readonly quoted: string;
  constructor(quoted: string) {
    this.quoted = quoted;
  }
}

type TableOf<N extends TableName> = Extract<(typeof TABLES)[number], { name: N }>;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * A table, or a column of it (qualified by `alias` when given: `t."currency"`), by its schema
 * name. Anything else throws, so a misspelt or user-supplied name fails at once, naming itself.
 */
export function ident<N extends TableName>(table: N, column?: keyof TableOf<N>['columns'] & string, alias?: string): Identifier {
  const def = TABLES.find((t) => t.name === table);
  if (!def) throw new Error(`ident: no table "${String(table)}" in the schema`);
  if (column === undefined) return new Identifier(quote(def.name));
  if (!Object.hasOwn(def.columns, column)) throw new Error(`ident: table "${def.name}" has no column "${column}"`);
  if (alias !== undefined && !/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`ident: alias "${alias}" is not a plain lower-case name`);
  return new Identifier(alias === undefined ? quote(column) : `${alias}.${quote(column)}`);
}

export type SqlValue = Param | SqlFragment | Identifier;

export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): SqlFragment {
  let text = strings[0]!;
  const params: Param[] = [];
  values.forEach((v, i) => {
    if (v instanceof SqlFragment) {
      text += v.text;
      params.push(...v.params);
    } else if (v instanceof Identifier) {
      text += v.quoted;
    } else {
      text += '?';
      params.push(v);
    }
    text += strings[i + 1]!;
  });
  return new SqlFragment(text, params);
}

/** Joins fragments with a separator written in code (`, `, ` UNION ALL `), parameters in order. */
export function join(parts: readonly SqlFragment[], separator: string): SqlFragment {
  return new SqlFragment(
    parts.map((p) => p.text).join(separator),
    parts.flatMap((p) => p.params),
  );
}

/** A named query from a fragment and the tables it reads (so the browser loads them first). */
export function toQuery(fragment: SqlFragment, tables: readonly TableName[]): Query {
  return { sql: fragment.text, params: [...fragment.params], tables: [...tables] };
}
