/**
 * The SQL console's query in the address: in the fragment (`/en/sql#q=SELECT+…`), which the
 * browser never sends to the host (no server log keeps it, and no header size limit: links over
 * ~16 KB in `?q=` got HTTP 431). Links made before the move (`?q=`) still open.
 *
 * A query that arrives with a link runs on open, as the portal's own "open in the SQL console"
 * links expect (the compliance analysis itself uses generate_series and CROSS JOIN), unless it
 * looks expensive: a function that makes rows or bytes out of nothing (range, generate_series,
 * repeat…) together with a number of 100,000 or more, or a text over 20,000 characters. Then it
 * waits for a click, with the reason shown. The console's bounds (src/db/resultLimits.ts) and
 * Cancel protect the tab either way; the wait keeps a stranger's link from making the reader's
 * machine build a huge value or series unasked.
 */

/** URLSearchParams form: spaces as '+', commas and '=' kept (a third fewer bytes than %20). */
function encode(sql: string): string {
  return encodeURIComponent(sql).replaceAll('%20', '+').replaceAll('%2C', ',').replaceAll('%3D', '=');
}

/** `#q=…` for a query. */
export function sqlFragment(sql: string): string {
  return `#q=${encode(sql)}`;
}

/**
 * A fragment with `values` set (null: removed) beside what it already carries (the query keeps
 * its own encoding). The console's chart settings live here too, so nothing of a console link
 * reaches the host.
 */
export function setFragmentParams(hash: string, values: Record<string, string | null>): string {
  const keyOf = (part: string) => {
    try {
      return decodeURIComponent(part.split('=')[0]!.replaceAll('+', ' '));
    } catch {
      return part;
    }
  };
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '' && !(keyOf(p) in values));
  for (const [k, v] of Object.entries(values)) if (v !== null) parts.push(`${encodeURIComponent(k)}=${encode(v)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** The parameters of a console URL's fragment, with those of its query string (older links) under them. */
export function consoleParams(url: { search: string; hash: string }): URLSearchParams {
  const params = new URLSearchParams(url.search);
  for (const [k, v] of new URLSearchParams(url.hash.replace(/^#/, ''))) params.set(k, v);
  return params;
}

/** The query a console URL carries: the fragment's `q`, else the old `?q=`; null when neither. */
export function sharedQuery(url: { search: string; hash: string }): string | null {
  const fromHash = new URLSearchParams(url.hash.replace(/^#/, '')).get('q');
  if (fromHash !== null) return fromHash;
  return new URLSearchParams(url.search).get('q');
}

/**
 * A query kept in a file of the site's own charts folder (`/{lang}/charts/…/*.sql`, written at
 * build time) rather than in the link: `#qf=<path>`. A page with a tight byte budget links its
 * charts' source rows this way (the query is ~500 bytes in a link); the console fetches the file
 * and treats its text as a linked query. Any other path is ignored, so a link cannot make the
 * console read anything but those files.
 */
export function sqlFileFragment(path: string): string {
  return `#qf=${path}`;
}

/** The charts-folder path a console URL names in `#qf=`, or null (absent or not such a file). */
export function sharedQueryFile(url: { hash: string }, base = '/'): string | null {
  const path = new URLSearchParams(url.hash.replace(/^#/, '')).get('qf');
  if (path === null || !path.startsWith(base)) return null;
  return /^(en|fr|es)\/charts\/[a-z0-9-]+(\/[a-z0-9-]+)*\.sql$/.test(path.slice(base.length)) ? path : null;
}

/** The address of the console page showing `sql`: the old `?q=` dropped, the query in the fragment. */
export function consoleAddress(url: { pathname: string; search: string }, sql: string): string {
  const params = new URLSearchParams(url.search);
  params.delete('q');
  const rest = params.toString();
  return `${url.pathname}${rest ? `?${rest}` : ''}${sql ? sqlFragment(sql) : ''}`;
}

/** Functions that make rows or bytes from nothing, given a big enough number. */
const GENERATORS = ['generate_series', 'range', 'repeat', 'lpad', 'rpad'];
const BIG_NUMBER = 100_000;
const LONG_QUERY = 20_000;

export type ExpensiveReason = { kind: 'generator'; fn: string } | { kind: 'length'; chars: number };

/** Why a linked query should wait for a click, or null when it may run on open. */
export function expensiveReason(sql: string): ExpensiveReason | null {
  if (sql.length > LONG_QUERY) return { kind: 'length', chars: sql.length };
  // Comments and string literals cannot call anything: look at the code only.
  const code = sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''")
    .toLowerCase();
  const big = (code.match(/\b\d[\d_]*(?:\.\d+)?(?:e\d+)?\b/g) ?? []).some((n) => Number(n.replaceAll('_', '')) >= BIG_NUMBER);
  if (!big) return null;
  for (const fn of GENERATORS) if (new RegExp(`\\b${fn}\\s*\\(`).test(code)) return { kind: 'generator', fn };
  return null;
}
