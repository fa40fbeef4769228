/**
 * A DuckDB error as a reader can use it: its kind, its message, and — when DuckDB says where — the
 * line and column in the SQL text with that line and a caret under the spot. Never raw JSON.
 */
import { parseDbError, spotInSql } from '../db/dbError.ts';
import { t, type Lang } from '../i18n/index.ts';
import { sql as strings } from '../i18n/strings/sql.ts';

export function DbErrorText({ lang, message, sql }: { lang: Lang; message: string; sql?: string }) {
  const e = parseDbError(message);
  const spot = sql !== undefined && e.position !== null ? spotInSql(sql, e.position) : null;
  return (
    <>
      <p className="error-text db-error-message">
        {e.kind && <strong>{t(lang, strings, 'errorKind', { kind: e.kind })}: </strong>}
        {e.message}
      </p>
      {spot && (
        <>
          <p className="small db-error-position">{t(lang, strings, 'errorAt', { line: spot.line, column: spot.column })}</p>
          <pre className="db-error-spot">{`${spot.text}\n${spot.caret}`}</pre>
        </>
      )}
    </>
  );
}
