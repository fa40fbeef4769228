/**
 * Downloads of an Explore result (CSV, Parquet, the SQL), the link into the SQL console and the
 * permalink. Files are built in the page from the result already loaded: no request is made.
 */

import type { Table } from 'apache-arrow';
import { useEffect, useState } from 'react';
import type { Query } from '../db/query.ts';
import type { Row } from '../db/results.ts';
import { toCsv } from '../formats/csv.ts';
import { formatDate, type Lang, localePath, t } from '../i18n/index.ts';
import { explore } from '../i18n/strings/explore.ts';
import { share } from '../i18n/strings/share.ts';
import { exploreEmbedHref, iframeSnippet } from '../links/embed.ts';
import { inlineParams } from '../queries/sqlText.ts';
import { download } from '../ui/download.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';

interface Props {
  lang: Lang;
  query: Query;
  columns: readonly string[];
  rows: readonly Row[];
  table: Table | null;
  fileBase: string;
  /** The result's state as a query string and its title, for the embed snippet. */
  embed?: { query: string; title: string };
}

/** The SQL as a reader would run it: a comment saying where it comes from, parameters written in. */
export function sqlFileText(lang: Lang, q: Query, now = new Date()): string {
  const comment = t(lang, explore, 'sqlComment', { date: formatDate(lang, now.toISOString().slice(0, 10)), tables: q.tables.join(', ') });
  return `-- ${comment}\n${inlineParams(q)};\n`;
}

export function ExploreDownloads({ lang, query, columns, rows, table, fileBase, embed }: Props) {
  const s = (k: keyof typeof explore) => t(lang, explore, k);
  const [error, setError] = useState<string | null>(null);
  const csv = () =>
    download(
      `${fileBase}.csv`,
      `\uFEFF${toCsv(
        columns,
        rows.map((r) => columns.map((c) => (typeof r[c] === 'boolean' ? String(r[c]) : (r[c] as string | number | null)))),
      )}`,
      'text/csv;charset=utf-8',
    );
  const parquet = async () => {
    if (!table) return;
    try {
      // The Parquet writer (parquet-wasm's glue and its wasm) loads on the first click, not with the page.
      const { arrowToParquet } = await import('../db/parquetCodec.ts');
      download(`${fileBase}.parquet`, (await arrowToParquet(table)) as Uint8Array<ArrayBuffer>, 'application/vnd.apache.parquet');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
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
          <CopyLinkButton label={s('copyLink')} copiedLabel={s('copied')} />
        </li>
      </ul>
      {embed && <EmbedSnippet lang={lang} query={embed.query} title={embed.title} />}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}

/** The <iframe> snippet of this result's embed page (the same state, re-run with DuckDB-WASM in the embed). */
function EmbedSnippet({ lang, query, title }: { lang: Lang; query: string; title: string }) {
  const sh = (k: keyof typeof share) => t(lang, share, k);
  const [status, setStatus] = useState('');
  // The page's own origin, known after hydration (the server render has none).
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  const href = exploreEmbedHref(lang, query);
  const snippet = iframeSnippet(`${origin}${href}`, title);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(sh('copied'));
    } catch {
      setStatus(sh('copyFailed'));
    }
  };
  return (
    <div className="share-field">
      <label htmlFor="explore-embed">{sh('embedCode')}</label>
      <span className="share-row">
        <textarea id="explore-embed" readOnly rows={3} value={snippet} aria-describedby="explore-embed-help" data-snippet />
        <button type="button" className="share-copy" onClick={copy}>
          {sh('copy')}
        </button>
      </span>
      <span className="small muted" id="explore-embed-help">
        {sh('embedHelp')} <a href={href}>{sh('previewEmbed')}</a>
      </span>
      <span role="status" className="small">
        {status}
      </span>
    </div>
  );
}
