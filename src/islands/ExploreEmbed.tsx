/**
 * The embed page of any Explore state: reads the state from the URL (the same query string as
 * Explore), runs the Explore query on DuckDB-WASM in the page and draws the same chart, with the
 * filters in words, unit, source, "data as of" date and a link back to Explore with this state.
 */
import { useEffect, useMemo, useState } from 'react';
import { chartPanels } from '../charts/exploreChartData.ts';
import { rowsOf, type Row } from '../db/results.ts';
import { runQuery } from '../db/run.ts';
import { localePath, t, type Lang } from '../i18n/index.ts';
import { explore } from '../i18n/strings/explore.ts';
import { share } from '../i18n/strings/share.ts';
import { exploreQuery } from '../queries/explore.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import { parseExploreQuery, serializeExploreState, type ExploreState } from '../queries/exploreState.ts';
import { ChartView } from './ChartView.tsx';
import { ExploreMapView } from './ExploreMapView.tsx';
import { mapDimension } from '../charts/exploreMapData.ts';
import { chartAlt, exploreChartInput, labeller, type Labeller } from './exploreFormat.ts';
import { currentQuery } from './store.ts';
import { ParamNotice } from './ParamNotice.tsx';
import { notices } from '../i18n/strings/notices.ts';
import type { ParamProblem } from '../queries/exploreState.ts';
import { formatYearSpan } from '../specs/yearSpan.ts';

interface Props {
  lang: Lang;
  options: ExploreOptions;
  /** "Data as of …" in the page language (build date from the manifest). */
  dataAsOf: string;
  siteName: string;
}

/** The state's filters in words, e.g. "Reporter: Austria · Basis: Actual · 2008–2013". */
export function describeFilters(s: ExploreState, labels: Labeller): string {
  const parts: string[] = [];
  const list = (column: string, values: readonly string[]) => {
    if (values.length) parts.push(`${labels.column(column)}: ${values.map((v) => labels.cell(column, v)).join(', ')}`);
  };
  list('reporter_iso3', s.reporter);
  list('partner_iso3', s.partner);
  list('direction', s.direction ? [s.direction] : []);
  list('basis', s.basis);
  list('currency', s.currency ? [s.currency] : []);
  list('category_code', s.category);
  list('att_category', s.attCategory);
  if (s.yearFrom !== null || s.yearTo !== null) parts.push(formatYearSpan(s.yearFrom, s.yearTo));
  return parts.join(' · ');
}

export default function ExploreEmbed({ lang, options, dataAsOf, siteName }: Props) {
  const e = (k: keyof typeof explore, v?: Record<string, string | number>) => t(lang, explore, k, v);
  const sh = (k: keyof typeof share, v?: Record<string, string>) => t(lang, share, k, v);
  const labels = useMemo(() => labeller(lang, options), [lang, options]);
  const [state, setState] = useState<ExploreState | null>(null);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ParamProblem[]>([]);

  useEffect(() => {
    const parsed = parseExploreQuery(currentQuery());
    const s = parsed.state;
    setState(s);
    setProblems(parsed.problems);
    // A setting not understood falls back to its default (e.g. reporter=NORR → every reporter):
    // on another site, under this title, that chart would mislead. Say so and draw nothing.
    if (parsed.problems.length) return;
    runQuery(exploreQuery(s))
      .then((r) => setRows(rowsOf(r.table)))
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);

  const input = useMemo(() => (state && rows ? exploreChartInput(state, rows, labels) : null), [state, rows, labels]);
  const panels = useMemo(() => (input ? chartPanels(input) : []), [input]);
  if (!state) return <p className="note">{sh('embedLoading')}</p>;
  const measure = labels.measure(state.measure);
  const caption = state.group.length ? e('resultCaption', { measure, groups: state.group.map((g) => labels.dimension(g)).join(', ') }) : e('resultCaptionTotal', { measure });
  const filters = describeFilters(state, labels);
  const source = labels.sourceTitles(state.source);
  const back = `${localePath(lang, '/explore')}?${serializeExploreState(state)}`;
  const refused = problems.length > 0;
  const status = refused ? 'refused' : error ? 'error' : rows ? 'done' : 'pending';
  return (
    <div className="explore-embed" data-result-state={status}>
      <h1>{caption}</h1>
      {filters && <p className="meta">{filters}</p>}
      <ParamNotice lang={lang} problems={problems}>
        {' '}
        {t(lang, notices, 'embedRefused')}
      </ParamNotice>
      {!rows && !error && !refused && <p className="note">{sh('embedLoading')}</p>}
      {error && (
        <p className="error" role="alert">
          {sh('embedError', { error })}
        </p>
      )}
      {rows && !rows.length && <p className="note">{e('noRows')}</p>}
      {/* A map link (view=map) embeds the map when the result can be mapped, the chart otherwise. */}
      {input && rows && state.view === 'map' && mapDimension(state) && (
        <ExploreMapView lang={lang} labels={labels} state={state} rows={rows} caption={caption} fileBase={`att-explore-${state.measure}-map`} onGroup={() => undefined} />
      )}
      {input &&
        !(state.view === 'map' && mapDimension(state)) &&
        panels.map((p, i) => {
          const unit = labels.unit(state.measure, p.key || null);
          const title = p.key ? e('chartPanelTitle', { title: caption, currency: p.key }) : caption;
          const xLabel = input.xDimension ? labels.dimension(input.xDimension) : measure;
          const seriesLabel = input.seriesDimensions.length ? input.seriesDimensions.map((d) => labels.dimension(d)).join(', ') : null;
          return (
            <ChartView
              key={`${p.key}-${i}`}
              id={`embed-chart-${i}`}
              lang={lang}
              panel={p}
              kind={state.chart}
              xIsYear={input.xIsYear}
              title={title}
              yLabel={p.key || unit}
              meta={[e('chartUnit', { unit })]}
              alt={chartAlt(lang, { kind: e(`chart_${state.chart}`), measure, unit, x: xLabel, series: seriesLabel, panel: p })}
            />
          );
        })}
      <footer>
        <p>
          {e('chartSource', { source })} {dataAsOf}
        </p>
        <p>
          <a href={back} target="_blank" rel="noopener">
            {sh('viewOnPortal', { site: siteName })}
          </a>
        </p>
      </footer>
    </div>
  );
}
