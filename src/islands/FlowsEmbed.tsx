/**
 * The embed page of a flows view: the same query string as the flows page, the flows query on
 * DuckDB-WASM from this site's own files, the same chart, with unit, source, "data as of" date and
 * a link back to the flows page. A setting it does not understand draws nothing (a wrong chart
 * under this title on another site would mislead); selecting a band opens its facts on the portal.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { t, type Lang } from '../i18n/index.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import { notices } from '../i18n/strings/notices.ts';
import { share } from '../i18n/strings/share.ts';
import { flowsHref } from '../links/flows.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import { flowsQuery } from '../queries/flows.ts';
import { parseFlowsQuery, type FlowsState, type ParamProblem } from '../queries/flowsState.ts';
import type { FlowInput } from '../specs/flowSankey.ts';
import { formatYearSpan } from '../specs/yearSpan.ts';
import { basisLabel } from '../ui/labels.ts';
import { FlowChart } from './FlowChart.tsx';
import { flowLabels } from './flowsFormat.ts';
import { ParamNotice } from './ParamNotice.tsx';
import { currentQuery } from './store.ts';
import { useQueryRows } from './useQueryRows.ts';
import './flows.css';

interface Props {
  lang: Lang;
  options: ExploreOptions;
  initial: FlowsState;
  dataAsOf: string;
  siteName: string;
}

export default function FlowsEmbed({ lang, options, initial, dataAsOf, siteName }: Props) {
  const s = (k: keyof typeof strings, v?: Record<string, string | number>) => t(lang, strings, k, v);
  const [state, setState] = useState<FlowsState | null>(null);
  const [problems, setProblems] = useState<ParamProblem[]>([]);
  const [width, setWidth] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const parsed = parseFlowsQuery(currentQuery(), initial);
    setState(parsed.state);
    setProblems(parsed.problems);
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.floor(e?.contentRect.width ?? 0)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [initial]);
  const query = useMemo(() => (state ? flowsQuery(state) : null), [state]);
  const result = useQueryRows(query, state !== null && problems.length === 0);
  const st = state ?? initial;
  const labels = useMemo(() => flowLabels(lang, options, st.measure, st.currency), [lang, options, st.measure, st.currency]);
  const inputs = useMemo<FlowInput[]>(() => result.rows.map((r) => ({ exporter: r.exporter as string | null, importer: r.importer as string | null, amount: r.amount as number })), [result.rows]);
  const source = labels.source(st.source);
  const years = formatYearSpan(st.yearFrom, st.yearTo) || s('anyYear');
  const title = s('chartTitle', { measure: s(`measure_${st.measure}`), source, basis: basisLabel(lang, st.basis), years });
  const meta = [s('chartUnit', { unit: labels.unit }), s('chartSource', { source, side: s(`reportedBy_${st.reportedBy}`) }), dataAsOf];
  const status = problems.length ? 'refused' : result.error ? 'error' : result.runs > 0 && !result.running ? 'done' : 'pending';
  const open = (flow: FlowsState['flow']) => window.open(flowsHref(lang, { ...st, flow }), '_blank', 'noopener');
  return (
    <div className="flows-embed" data-result-state={status} ref={box}>
      <ParamNotice lang={lang} problems={problems}>
        {' '}
        {t(lang, notices, 'embedRefused')}
      </ParamNotice>
      {status === 'pending' && <p className="note">{t(lang, share, 'embedLoading')}</p>}
      {result.error && (
        <p className="error" role="alert">
          {t(lang, share, 'embedError', { error: result.error })}
        </p>
      )}
      {status === 'done' && !inputs.length && <p className="note">{s('noFlows')}</p>}
      {status === 'done' && inputs.length > 0 && width > 0 && (
        <FlowChart lang={lang} rows={inputs} top={st.top} width={width} title={title} meta={meta} labels={labels} selected={null} onSelect={open} fileBase={`att-flows-${st.source}`} />
      )}
      <footer>
        <p>
          <a href={flowsHref(lang, st)} target="_blank" rel="noopener">
            {t(lang, share, 'viewOnPortal', { site: siteName })}
          </a>
        </p>
      </footer>
    </div>
  );
}
