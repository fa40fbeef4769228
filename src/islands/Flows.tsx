/**
 * The flows island: state from the URL (a permalink), the form, the flows query on the page's
 * DuckDB, the chart and the ranked table, and the facts of the selected flow.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { warmUp } from '../db/duckdb.ts';
import { formatNumber, type Lang, t } from '../i18n/index.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import { share } from '../i18n/strings/share.ts';
import { iframeSnippet } from '../links/embed.ts';
import { flowsEmbedHref } from '../links/flows.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import { flowsQuery } from '../queries/flows.ts';
import { type FlowKey, type FlowsState, flowKeyText, type ParamProblem, parseFlowsQuery, serializeFlowsState } from '../queries/flowsState.ts';
import type { FlowInput } from '../specs/flowSankey.ts';
import { basisLabel } from '../ui/labels.ts';
import { DbStatusLine } from './DbStatusLine.tsx';
import { FlowChart } from './FlowChart.tsx';
import { FlowFacts } from './FlowFacts.tsx';
import { FlowsForm } from './FlowsForm.tsx';
import { flowLabels } from './flowsFormat.ts';
import { ParamNotice } from './ParamNotice.tsx';
import { currentQuery, replaceQuery } from './store.ts';
import { useQueryRows } from './useQueryRows.ts';
import './query.css';
import './flows.css';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { downloadCsv } from './csvDownload.ts';
import { useWidth } from './useWidth.ts';
import { QueryError } from './QueryError.tsx';
import { formatYearSpan } from '../specs/yearSpan.ts';

interface Props {
  lang: Lang;
  options: ExploreOptions;
  initial: FlowsState;
}

/** Rows listed in the table; the CSV has every flow. */
const TABLE_ROWS = 200;

export default function Flows({ lang, options, initial }: Props) {
  const s = (k: keyof typeof strings, v?: Record<string, string | number>) => t(lang, strings, k, v);
  const [state, setState] = useState<FlowsState>(initial);
  const [problems, setProblems] = useState<ParamProblem[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const [snippetStatus, setSnippetStatus] = useState('');
  // The page's own origin, known after hydration (the server render has none).
  const [origin, setOrigin] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address is read once, on hydration
  useEffect(() => {
    const parsed = parseFlowsQuery(currentQuery(), initial);
    setState(parsed.state);
    setProblems(parsed.problems);
    setHydrated(true);
    setOrigin(window.location.origin);
    warmUp();
  }, []);
  useEffect(() => {
    if (hydrated) replaceQuery(serializeFlowsState(state));
  }, [hydrated, state]);
  // The flows depend on the filters only: selecting a flow or changing the chart's top re-runs nothing.
  const filters = useMemo(() => ({ ...state, flow: null, top: 0 }), [state]);
  const query = useMemo(() => flowsQuery(filters), [filters]);
  const result = useQueryRows(query, hydrated);
  const { rows, running, error, runs } = result;

  const labels = useMemo(() => flowLabels(lang, options, state.measure, state.currency), [lang, options, state.measure, state.currency]);
  const inputs = useMemo<FlowInput[]>(() => rows.map((r) => ({ exporter: r.exporter as string | null, importer: r.importer as string | null, amount: r.amount as number })), [rows]);
  const select = (flow: FlowKey) => {
    setState({ ...state, flow });
    // Move to the facts once they are drawn (the section takes focus so a keyboard user lands there).
    requestAnimationFrame(() => document.getElementById('flow-facts')?.focus());
  };
  const sourceTitle = labels.source(state.source);
  const years = formatYearSpan(state.yearFrom, state.yearTo) || s('anyYear');
  const title = s('chartTitle', { measure: s(`measure_${state.measure}`), source: sourceTitle, basis: basisLabel(lang, state.basis), years });
  const meta = [s('chartUnit', { unit: labels.unit }), s('chartSource', { source: sourceTitle, side: s(`reportedBy_${state.reportedBy}`) })];
  const fileBase = `att-flows-${state.source}-${state.basis}-${state.measure}`;
  const csv = () => {
    const header = ['exporter', 'importer', state.measure === 'value' ? `value_${state.currency}` : state.measure, 'facts', 'year_min', 'year_max'];
    const body = rows.map((r) => [r.exporter, r.importer, r.amount, r.facts, r.year_min, r.year_max] as (string | number | null)[]);
    downloadCsv(`${fileBase}.csv`, header, body);
  };
  const embedHref = flowsEmbedHref(lang, state);
  const snippet = iframeSnippet(`${origin}${embedHref}`, title);
  const copySnippet = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setSnippetStatus(t(lang, share, 'copied'));
    } catch {
      setSnippetStatus(t(lang, share, 'copyFailed'));
    }
  };
  const done = !running && runs > 0;
  return (
    <div className="flows" data-hydrated={hydrated ? 'true' : 'false'}>
      <ParamNotice lang={lang} problems={problems} />
      <FlowsForm lang={lang} options={options} state={state} onChange={setState} />
      <section className="flows-result" aria-labelledby="flows-result-heading" aria-busy={running} data-result-state={done ? (error ? 'error' : 'done') : 'pending'} data-runs={runs} data-flows={rows.length}>
        <h2 id="flows-result-heading" className="visually-hidden">
          {s('tableCaption', { n: rows.length })}
        </h2>
        <DbStatusLine lang={lang} running={running} />
        {error && <QueryError heading={s('errorHeading')} message={error} />}
        <div ref={box}>{done && !error && rows.length === 0 && <p className="note">{s('noFlows')}</p>}</div>
        {rows.length > 0 && width > 0 && (
          <FlowChart lang={lang} rows={inputs} top={state.top} width={Math.min(width, 1000)} title={title} meta={meta} labels={labels} selected={state.flow} onSelect={select} fileBase={fileBase} />
        )}
        {state.flow && <FlowFacts key={flowKeyText(state.flow)} lang={lang} state={state} flow={state.flow} labels={labels} onClose={() => setState({ ...state, flow: null })} />}
        {rows.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="flows-table-caption" tabIndex={0}>
            <table className="result-table flows-table">
              <caption id="flows-table-caption">{s('tableCaption', { n: formatNumber(lang, rows.length) })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {s('colRank')}
                  </th>
                  <th scope="col">{s('colExporter')}</th>
                  <th scope="col">{s('colImporter')}</th>
                  <th scope="col" className="num">
                    {`${s('colAmount')} (${labels.unit})`}
                  </th>
                  <th scope="col" className="num">
                    {s('colFacts')}
                  </th>
                  <th scope="col">{s('colYears')}</th>
                  <th scope="col">{s('showFacts')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, TABLE_ROWS).map((r, i) => {
                  const k: FlowKey = { exporter: r.exporter as string | null, importer: r.importer as string | null };
                  const name = labels.flow(k);
                  return (
                    <tr key={flowKeyText(k)} data-flow={flowKeyText(k)} data-amount={r.amount as number} data-facts={r.facts as number}>
                      <td className="num">{i + 1}</td>
                      <td>{labels.state(k.exporter)}</td>
                      <td>{labels.state(k.importer)}</td>
                      <td className="num">{labels.amount(r.amount as number)}</td>
                      <td className="num">{formatNumber(lang, r.facts as number)}</td>
                      <td>{r.year_min === r.year_max ? String(r.year_min) : `${r.year_min}–${r.year_max}`}</td>
                      <td>
                        <button type="button" className="link-button" aria-label={s('showFactsOf', { flow: name })} onClick={() => select(k)}>
                          {s('showFacts')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {rows.length > TABLE_ROWS && <p className="small muted">{s('tableShown', { shown: TABLE_ROWS, n: formatNumber(lang, rows.length) })}</p>}
        <section className="explore-downloads" aria-labelledby="flows-downloads-heading">
          <h3 id="flows-downloads-heading">{s('downloadsHeading')}</h3>
          <ul className="button-row">
            <li>
              <button type="button" className="button-secondary" onClick={csv} disabled={!rows.length} data-download="csv">
                {s('downloadCsv')}
              </button>
            </li>
            <li>
              <CopyLinkButton label={s('copyLink')} copiedLabel={s('copied')} />
            </li>
          </ul>
          <div className="share-field">
            <label htmlFor="flows-embed">{t(lang, share, 'embedCode')}</label>
            <span className="share-row">
              <textarea id="flows-embed" readOnly rows={3} value={snippet} aria-describedby="flows-embed-help" data-snippet />
              <button type="button" className="share-copy" onClick={() => void copySnippet()}>
                {t(lang, share, 'copy')}
              </button>
            </span>
            <span className="small muted" id="flows-embed-help">
              {t(lang, share, 'embedHelp')} <a href={embedHref}>{t(lang, share, 'previewEmbed')}</a>
            </span>
            <span role="status" className="small">
              {snippetStatus}
            </span>
          </div>
        </section>
      </section>
    </div>
  );
}
