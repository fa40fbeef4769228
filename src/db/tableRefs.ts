/**
 * Which published tables a SQL text may use, so the console loads only those before running it.
 * A word match over-approximates (a column or string named like a table loads a table that is
 * not needed), which costs a download but never a wrong answer; DuckDB itself reports unknown tables.
 */

/** Names from `names` that occur in `sql` as whole identifiers (case-insensitive, quoted or not). */
export function referencedTables(sql: string, names: readonly string[]): string[] {
  const text = stripComments(sql).toLowerCase();
  return names.filter((n) => new RegExp(`(^|[^a-z0-9_$])${escapeRegExp(n.toLowerCase())}($|[^a-z0-9_$])`).test(text));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes `-- …` and `/* … *\/` comments (outside string literals), so commented-out tables load nothing. */
export function stripComments(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const end = closing(sql, i, c);
      out += sql.slice(i, end);
      i = end;
    } else if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl;
    } else if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close < 0 ? sql.length : close + 2;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index just past the quote closing the literal that opens at `start` ('' and "" are escapes). */
function closing(sql: string, start: number, q: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === q) {
      if (sql[i + 1] === q) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}
