/**
 * Downloads of an Explore result (CSV, Parquet, the SQL), the link into the SQL console and the
 * permalink. Files are built in the page from the result already loaded: no request is made.
 */
import { useState } from 'react';
import type { Table } from 'apache-arrow';
import { arrowToParquet } from '../db/parquetCodec.ts';
import type { Row } from '../db/results.ts';
import { formatDate, localePath, t, type Lang } from '../i18n/index.ts';
import { explore } from '../i18n/strings/explore.ts';
import { toCsv } from '../lib/csv.ts';
import type { Query } from '../queries/query.ts';
import { inlineParams } from '../queries/sqlText.ts';
import { download } from './store.ts';

interface Props {
  lang: Lang;
  query: Query;
  columns: readonly string[];
  rows: readonly Row[];
  table: Table | null;
  fileBase: string;
}

/** The SQL as a reader would run it: a comment saying where it comes from, parameters written in. */
export function sqlFileText(lang: Lang, q: Query, now = new Date()): string {
  const comment = t(lang, explore, 'sqlComment', { date: formatDate(lang, now.toISOString().slice(0, 10)), tables: q.tables.join(', ') });
  return `-- ${comment}\n${inlineParams(q)};\n`;
}

export function ExploreDownloads({ lang, query, columns, rows, table, fileBase }: Props) {
  const s = (k: keyof typeof explore) => t(lang, explore, k);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const csv = () => download(`${fileBase}.csv`, `\uFEFF${toCsv(columns, rows.map((r) => columns.map((c) => (typeof r[c] === 'boolean' ? String(r[c]) : (r[c] as string | number | null)))))}`, 'text/csv;charset=utf-8');
  const parquet = async () => {
    if (!table) return;
    try {
      download(`${fileBase}.parquet`, (await arrowToParquet(table)) as Uint8Array<ArrayBuffer>, 'application/vnd.apache.parquet');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="explore-downloads" aria-labelledby="explore-downloads-heading">
      <h3 id="explore-downloads-heading">{s('downloadsHeading')}</h3>
      <ul className="button-row">
        <li>
          <button type="button" className="button-secondary" onClick={csv} data-download="csv">
            {s('downloadCsv')}
          </button>
        </li>
        <li>
          <button type="button" className="button-secondary" onClick={parquet} disabled={!table} data-download="parquet">
            {s('downloadParquet')}
          </button>
        </li>
        <li>
          <button type="button" className="button-secondary" onClick={() => download(`${fileBase}.sql`, sqlFileText(lang, query), 'application/sql;charset=utf-8')} data-download="sql">
            {s('downloadSql')}
          </button>
        </li>
        <li>
          <a className="open-in-sql" href={`${localePath(lang, '/sql')}?q=${encodeURIComponent(inlineParams(query))}`}>
            {s('openInSql')}
          </a>
        </li>
        <li>
          <button type="button" className="button-secondary" onClick={copy}>
            {s('copyLink')}
          </button>
          <span role="status" className="small muted">
            {copied ? ` ${s('copied')}` : ''}
          </span>
        </li>
      </ul>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
