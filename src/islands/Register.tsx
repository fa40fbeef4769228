/**
 * The trade register island: filters from the URL, one page of reported facts (never the whole
 * table), the count for the pager, and downloads of every filtered fact as CSV (the project's one
 * CSV writer) or Parquet (built in the page from the query's Arrow result).
 */
import { useEffect, useMemo, useState } from 'react';
import { DATA_PATH } from '../db/constants.ts';
import { warmUp } from '../db/duckdb.ts';
import { arrowToParquet } from '../db/parquetCodec.ts';
import { rowsOf } from '../db/results.ts';
import { runQuery } from '../db/run.ts';
import { formatNumber, type Lang, t } from '../i18n/index.ts';
import { withBase } from '../i18n/sitePath.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import type { ParamProblem } from '../queries/flowsState.ts';
import { REGISTER_COLUMNS, registerCountQuery, registerQuery } from '../queries/register.ts';
import { defaultRegisterState, PAGE_SIZE, parseRegisterQuery, type RegisterState, serializeRegisterState } from '../queries/registerState.ts';
import { download } from '../ui/download.ts';
import { DbStatusLine } from './DbStatusLine.tsx';
import { flowLabels } from './flowsFormat.ts';
import { ParamNotice } from './ParamNotice.tsx';
import { RegisterForm } from './RegisterForm.tsx';
import { registerCaption } from './registerCaption.ts';
import { RegisterTable } from './RegisterTable.tsx';
import { currentQuery, replaceQuery } from './store.ts';
import { useQueryRows } from './useQueryRows.ts';
import './query.css';
import './flows.css';
import { downloadCsv } from './csvDownload.ts';
import { QueryError } from './QueryError.tsx';

interface Props {
  lang: Lang;
  options: ExploreOptions;
}

export default function Register({ lang, options }: Props) {
  const s = (k: keyof typeof strings, v?: Record<string, string | number>) => t(lang, strings, k, v);
  const [state, setState] = useState<RegisterState>(defaultRegisterState);
  const [problems, setProblems] = useState<ParamProblem[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  useEffect(() => {
    const parsed = parseRegisterQuery(currentQuery());
    setState(parsed.state);
    setProblems(parsed.problems);
    setHydrated(true);
    warmUp();
  }, []);
  useEffect(() => {
    if (hydrated) replaceQuery(serializeRegisterState(state));
  }, [hydrated, state]);
  const page = useQueryRows(
    useMemo(() => registerQuery(state, lang, PAGE_SIZE), [state, lang]),
    hydrated,
  );
  const count = useQueryRows(
    useMemo(() => registerCountQuery({ ...state, page: 1 }), [state]),
    hydrated,
  );
  const total = (count.rows[0]?.facts as number | undefined) ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const labels = useMemo(() => flowLabels(lang, options, 'items', null), [lang, options]);
  const fileBase = `att-register${state.supplier ? `-${state.supplier}` : ''}${state.recipient ? `-to-${state.recipient}` : ''}`;
  const save = async (kind: 'csv' | 'parquet') => {
    setDownloadError(null);
    try {
      const r = await runQuery(registerQuery(state, lang, null));
      if (kind === 'parquet') download(`${fileBase}.parquet`, (await arrowToParquet(r.table)) as Uint8Array<ArrayBuffer>, 'application/vnd.apache.parquet');
      else {
        const rows = rowsOf(r.table).map((row) => REGISTER_COLUMNS.map((c) => (typeof row[c] === 'boolean' ? String(row[c]) : (row[c] as string | number | null))));
        downloadCsv(`${fileBase}.csv`, REGISTER_COLUMNS, rows);
      }
    } catch (e) {
      setDownloadError(e instanceof Error ? e.message : String(e));
    }
  };
  const running = page.running || count.running;
  const done = !running && page.runs > 0 && count.runs > 0;
  const from = total ? (state.page - 1) * PAGE_SIZE + 1 : 0;
  const to = Math.min(state.page * PAGE_SIZE, total);
  const go = (p: number) => setState({ ...state, page: p });
  return (
    <div className="register" data-hydrated={hydrated ? 'true' : 'false'}>
      <ParamNotice lang={lang} problems={problems} />
      <RegisterForm lang={lang} options={options} state={state} onChange={(next) => setState({ ...next, page: 1 })} />
      <section
        className="register-result"
        aria-labelledby="register-caption"
        aria-busy={running}
        data-result-state={done ? (page.error || count.error ? 'error' : 'done') : 'pending'}
        data-runs={page.runs + count.runs}
        data-total={total}
      >
        <DbStatusLine lang={lang} running={running} />
        {(page.error || count.error) && (
          <QueryError
            heading={s('errorHeading')}
            message={(page.error ?? count.error)!}
            retry={{
              label: s('retry'),
              onClick: () => {
                page.retry();
                count.retry();
              },
            }}
          />
        )}
        {done && total === 0 && <p className="note">{s('registerEmpty')}</p>}
        <RegisterTable lang={lang} rows={page.rows} labels={labels} caption={registerCaption(lang, { status: done ? (page.error || count.error ? 'error' : 'done') : 'pending', from, to, total })} />
        {pages > 1 && (
          <nav className="button-row" aria-label={s('pager')}>
            <button type="button" className="button-secondary" disabled={state.page <= 1} onClick={() => go(state.page - 1)} data-page="previous">
              {s('previous')}
            </button>
            <span>{s('pageOf', { page: formatNumber(lang, Math.min(state.page, pages)), pages: formatNumber(lang, pages) })}</span>
            <button type="button" className="button-secondary" disabled={state.page >= pages} onClick={() => go(state.page + 1)} data-page="next">
              {s('next')}
            </button>
          </nav>
        )}
        <section className="explore-downloads" aria-labelledby="register-downloads-heading">
          <h2 id="register-downloads-heading">{s('downloadsHeading')}</h2>
          <ul className="button-row">
            <li>
              <button type="button" className="button-secondary" disabled={!total} onClick={() => void save('csv')} data-download="csv">
                {s('downloadRegisterCsv', { n: formatNumber(lang, total) })}
              </button>
            </li>
            <li>
              <button type="button" className="button-secondary" disabled={!total} onClick={() => void save('parquet')} data-download="parquet">
                {s('downloadRegisterParquet', { n: formatNumber(lang, total) })}
              </button>
            </li>
            <li>
              <a href={withBase(`${DATA_PATH}/transfers.parquet`)} download>
                {s('wholeTable')}
              </a>
            </li>
          </ul>
          {downloadError && (
            <p role="alert" className="error-text">
              {downloadError}
            </p>
          )}
        </section>
      </section>
    </div>
  );
}
