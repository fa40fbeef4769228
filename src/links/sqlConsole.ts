/**
 * Links into the SQL console: the query as plain text (parameters written in as literals, see
 * `src/queries/sqlText.ts`) in `?q=`, which the console reads (URLSearchParams), shows and runs on load.
 */
import { localePath, type Lang } from '../i18n/index.ts';
import type { Query } from '../db/query.ts';
import { inlineParams } from '../queries/sqlText.ts';

export function sqlConsoleHref(lang: Lang, q: Pick<Query, 'sql' | 'params'>): string {
  // Spaces as '+', commas and '=' as they are: what URLSearchParams decodes, in a third fewer bytes
  // (pages carry one such link per chart).
  const text = encodeURIComponent(inlineParams(q)).replaceAll('%20', '+').replaceAll('%2C', ',').replaceAll('%3D', '=');
  return `${localePath(lang, '/sql')}?q=${text}`;
}
