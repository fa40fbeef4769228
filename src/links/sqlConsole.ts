/**
 * Links into the SQL console: the query as plain text (parameters written in as literals, see
 * `src/queries/sqlText.ts`) in the fragment `#q=` (src/links/sqlFragment.ts), which the console
 * reads, shows and runs on load.
 */
import { localePath, type Lang } from '../i18n/index.ts';
import type { Query } from '../db/query.ts';
import { sqlFragment } from './sqlFragment.ts';
import { inlineParams } from '../queries/sqlText.ts';

export function sqlConsoleHref(lang: Lang, q: Pick<Query, 'sql' | 'params'>): string {
  return `${localePath(lang, '/sql')}${sqlFragment(inlineParams(q))}`;
}
