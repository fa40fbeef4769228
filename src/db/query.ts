/**
 * A named query: SQL text written in this codebase, its bound parameters (one `?` each, in
 * order), and the tables it reads (so the browser loads them first). User input only ever
 * travels in `params`; identifiers come from schema constants.
 */
import type { TableName } from '../schema/index.ts';

export type Param = string | number | boolean;

export interface Query {
  sql: string;
  params: Param[];
  tables: TableName[];
}
