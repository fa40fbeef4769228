/**
 * The reader's own rows (Your data page): the transfers their file added to the page's database,
 * under the source id the file check gives them, in file and line order.
 */
import type { Query } from '../db/query.ts';
import { USER_SOURCE_ID } from '../schema/userSource.ts';
import { ident, sql, toQuery } from './sql.ts';

export function yourRowsQuery(): Query {
  return toQuery(sql`SELECT * FROM ${ident('transfers')} WHERE source_id = ${USER_SOURCE_ID} ORDER BY source_file, source_line`, ['transfers']);
}
