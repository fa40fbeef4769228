/**
 * Column and table definitions: the one source of truth for every published table.
 * The pipeline validates and casts rows with the zod schemas built here, the Parquet writer
 * takes DuckDB types from here, the site formats values by `unit` and the data dictionary page
 * prints the descriptions. No Node or DOM imports: both the pipeline and the browser use it.
 */
import { z } from './zod.ts';

/** Text in the three working languages of the ATT. */
export interface Translated {
  en: string;
  fr: string;
  es: string;
}
export type Locale = keyof Translated;
export const LOCALES: readonly Locale[] = ['en', 'fr', 'es'];

export type DuckType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'SMALLINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

/** How a column is used: dimensions filter and group, measures aggregate, the rest is shown. */
export type ColumnKind = 'id' | 'dimension' | 'measure' | 'text' | 'date' | 'provenance' | 'flag';

export interface ColumnMeta<Z extends z.ZodType = z.ZodType> {
  type: DuckType;
  kind: ColumnKind;
  nullable: boolean;
  /** For measures: 'currency' means the unit is in the row's `currency` column. */
  unit?: 'count' | 'currency' | 'year' | 'percent';
  /** For coded columns: the allowed values. */
  values?: readonly string[];
  description: Translated;
  zod: Z;
}

type Opts = { description: Translated; kind?: ColumnKind; unit?: ColumnMeta['unit'] };

/** Builds one column; the zod schema follows the DuckDB type so the two can never disagree. */
function column<Z extends z.ZodType>(type: DuckType, base: Z, defaultKind: ColumnKind, opts: Opts) {
  return {
    required: { type, kind: opts.kind ?? defaultKind, nullable: false, unit: opts.unit, description: opts.description, zod: base } as ColumnMeta<Z>,
    nullable: { type, kind: opts.kind ?? defaultKind, nullable: true, unit: opts.unit, description: opts.description, zod: base.nullable() } as ColumnMeta<z.ZodNullable<Z>>,
  };
}

const int32 = z.number().int().min(-2147483648).max(2147483647);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const col = {
  text: (o: Opts) => column('VARCHAR', z.string(), 'text', o).required,
  textOrNull: (o: Opts) => column('VARCHAR', z.string(), 'text', o).nullable,
  int: (o: Opts) => column('INTEGER', int32, 'measure', o).required,
  intOrNull: (o: Opts) => column('INTEGER', int32, 'measure', o).nullable,
  smallint: (o: Opts) => column('SMALLINT', z.number().int().min(-32768).max(32767), 'dimension', o).required,
  smallintOrNull: (o: Opts) => column('SMALLINT', z.number().int().min(-32768).max(32767), 'dimension', o).nullable,
  bigintOrNull: (o: Opts) => column('BIGINT', z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), 'measure', o).nullable,
  double: (o: Opts) => column('DOUBLE', z.number().finite(), 'measure', o).required,
  doubleOrNull: (o: Opts) => column('DOUBLE', z.number().finite(), 'measure', o).nullable,
  boolOrNull: (o: Opts) => column('BOOLEAN', z.boolean(), 'flag', o).nullable,
  bool: (o: Opts) => column('BOOLEAN', z.boolean(), 'flag', o).required,
  dateOrNull: (o: Opts) => column('DATE', isoDate, 'date', o).nullable,
  /** A coded VARCHAR: the zod schema only accepts the listed values. */
  code: <const V extends readonly [string, ...string[]]>(values: V, o: Opts) => {
    const c = column('VARCHAR', z.enum(values), 'dimension', o).required;
    return { ...c, values } as ColumnMeta<z.ZodEnum<{ [K in V[number]]: K }>>;
  },
  codeOrNull: <const V extends readonly [string, ...string[]]>(values: V, o: Opts) => {
    const c = column('VARCHAR', z.enum(values), 'dimension', o).nullable;
    return { ...c, values } as ColumnMeta<z.ZodNullable<z.ZodEnum<{ [K in V[number]]: K }>>>;
  },
};

export type Columns = Record<string, ColumnMeta>;

export interface TableDef<C extends Columns = Columns> {
  name: string;
  description: Translated;
  columns: C;
  /** Sort order of the Parquet file: the common filters first, for row-group pruning. */
  sortBy: readonly (keyof C & string)[];
  /** Zod schema of one row, built from the columns. */
  row: z.ZodObject<{ [K in keyof C]: C[K]['zod'] }>;
}

// biome-ignore lint/suspicious/noExplicitAny: tables differ in their columns; this is the common supertype
export type AnyTable = TableDef<any>;

export type RowOf<T extends AnyTable> = z.infer<T['row']>;

export function defineTable<const C extends Columns>(def: { name: string; description: Translated; columns: C; sortBy: readonly (keyof C & string)[] }): TableDef<C> {
  const shape = Object.fromEntries(Object.entries(def.columns).map(([k, c]) => [k, c.zod])) as {
    [K in keyof C]: C[K]['zod'];
  };
  return { ...def, row: z.object(shape).strict() };
}

/** DDL for DuckDB, in column order. Identifiers come from the schema, never from user input. */
export function createTableSql(t: AnyTable): string {
  const cols = Object.entries(t.columns as Columns).map(([name, c]) => `"${name}" ${c.type}${c.nullable ? '' : ' NOT NULL'}`);
  return `CREATE TABLE "${t.name}" (${cols.join(', ')})`;
}

export function columnNames(t: AnyTable): string[] {
  return Object.keys(t.columns);
}
