/**
 * An Explore result: one chart per currency (or one chart), then the sortable table of every row,
 * then the downloads. Reads the state the result was computed for, not the form's latest state,
 * so labels always describe the figures shown.
 */
import { useMemo } from 'react';
import type { Table } from 'apache-arrow';
import { chartPanels } from '../charts/exploreChartData.ts';
import type { Row } from '../db/results.ts';
import { t, type Lang } from '../i18n/index.ts';
import { explore } from '../i18n/strings/explore.ts';
import { share } from '../i18n/strings/share.ts';
import { sqlConsoleHref } from '../links/sqlConsole.ts';
import { exploreQuery } from '../queries/explore.ts';
import { provenanceQuery } from '../queries/provenance.ts';
import { countsAllReports } from '../queries/exploreReports.ts';
import { measuresWithData, measureHasDataFor, type CoverageCell } from '../queries/exploreCoverage.ts';
import { MEASURES, resultColumns, serializeExploreState, type Dimension, type ExploreState, type Measure, type SortState, type View } from '../queries/exploreState.ts';
import { canOfferMap } from '../charts/exploreMapData.ts';
import { map as mapStrings } from '../i18n/strings/map.ts';
import { ExploreMapView } from './ExploreMapView.tsx';
import { ChartView } from './ChartView.tsx';
import { chartSubtitle } from './chartSubtitle.ts';
import { categoryCellLinks } from './categoryLinks.ts';
import { panelCoverage, type SourceInfo } from './chartCoverage.ts';
import type { SourceYears } from '../queries/yearCoverage.ts';
import { ExploreDownloads } from './ExploreDownloads.tsx';
import { chartAlt, exploreChartInput, sortRows, type Labeller } from './exploreFormat.ts';
import { ResultTable } from './ResultTable.tsx';

export interface ExploreResultData {
  state: ExploreState;
  rows: Row[];
  table: Table | null;
  /** Computed at build time, directly from a pre-aggregated table before DuckDB was ready, or by DuckDB. */
  from: 'build' | 'direct' | 'duckdb';
}

interface Props {
  lang: Lang;
  labels: Labeller;
  result: ExploreResultData;
  /** The sort chosen in the form (it may be newer than the result). */
  sort: SortState | null;
  onSort: (s: SortState) => void;
  /** Facts per source, basis and direction (why a result is empty, which measure has figures). */
  coverage: readonly CoverageCell[];
  /** Switches the form to another measure ("show … instead"). */
  onMeasure: (m: Measure) => void;
  /** Switches between the chart and the map (and regroups the result when the map needs it). */
  onView: (v: View, group?: Dimension[]) => void;
  /** Years each source covers (from the data), and the sources with their currencies: years a chart's source does not cover are marked. */
  yearCoverage?: readonly SourceYears[];
  sources?: readonly SourceInfo[];
}

export function ExploreResult({ lang, labels, result, sort, onSort, coverage, onMeasure, onView, yearCoverage = [], sources = [] }: Props) {
  const s = (k: keyof typeof explore, v?: Record<string, string | number>) => t(lang, explore, k, v);
  const sh = (k: keyof typeof share, v?: Record<string, string>) => t(lang, share, k, v);
  const { state, rows } = result;
  const columns = resultColumns(state);
  const measure = labels.measure(state.measure);
  const caption = state.group.length ? s('resultCaption', { measure, groups: state.group.map((g) => labels.dimension(g)).join(', ') }) : s('resultCaptionTotal', { measure });
  const input = useMemo(() => exploreChartInput(state, rows, labels), [state, rows, labels]);
  const panels = useMemo(() => chartPanels(input), [input]);
  const covered = useMemo(() => panels.map((p) => (input.xIsYear && yearCoverage.length ? panelCoverage(lang, state, p, yearCoverage, sources) : null)), [panels, input, yearCoverage, sources, lang, state]);
  const sorted = useMemo(() => (sort && columns.includes(sort.column) ? sortRows(rows, sort.column, sort.desc, lang, (c, v, r) => labels.cell(c, v, r)) : rows), [rows, sort, columns, lang, labels]);
  const cells = useMemo(() => sorted.map((r) => columns.map((c) => labels.cell(c, r[c] ?? null, r))), [sorted, columns, labels]);
  const xLabel = input.xDimension ? labels.dimension(input.xDimension) : measure;
  const seriesLabel = input.seriesDimensions.length ? input.seriesDimensions.map((d) => labels.dimension(d)).join(', ') : null;

  const fileBase = `att-explore-${state.measure}${state.group.length ? `-by-${state.group.join('-')}` : ''}`;
  if (!rows.length) {
    // Empty because the selected facts do not carry this measure: say so, and offer one that has figures.
    const others = measureHasDataFor(coverage, state.measure, state) ? [] : measuresWithData(coverage, state, MEASURES);
    if (!others.length) return <p className="note">{s('noRows')}</p>;
    return (
      <div className="note explore-empty-measure">
        <p>{s('emptyForMeasure', { measure, others: others.map((m) => labels.measure(m)).join(', ') })}</p>
        <p>
          <button type="button" className="button-secondary" data-use-measure={others[0]} onClick={() => onMeasure(others[0]!)}>
            {s('useMeasure', { measure: labels.measure(others[0]!) })}
          </button>
        </p>
      </div>
    );
  }
  return (
    <>
      {state.measure === 'reports' && <p className="small muted explore-reports-note">{s(countsAllReports(state) ? 'reportsAllCounted' : 'reportsWithFacts')}</p>}
      <h3 className="visually-hidden">{s('chartHeading')}</h3>
      {canOfferMap(state) && (
        <div className="explore-view-switch" role="group" aria-label={t(lang, mapStrings, 'viewLabel')}>
          {(['chart', 'map'] as const).map((v) => (
            <button key={v} type="button" className="button-secondary" aria-pressed={state.view === v} data-view={v} onClick={() => onView(v)}>
              {t(lang, mapStrings, v === 'chart' ? 'viewChart' : 'viewMap')}
            </button>
          ))}
        </div>
      )}
      {canOfferMap(state) && state.view === 'map' ? (
        <ExploreMapView lang={lang} labels={labels} state={state} rows={rows} caption={caption} fileBase={fileBase} onGroup={(group) => onView('map', group)} />
      ) : (
        <div className={panels.length > 1 ? 'chart-grid' : undefined}>
          {panels.map((p, i) => {
            const unit = labels.unit(state.measure, p.currency);
            const title = p.key ? s('chartPanelTitle', { title: caption, currency: p.key }) : caption;
            const note = p.hiddenSeries ? s('chartTopNote', { shown: p.series.length, total: p.totalSeries }) : p.hiddenBars ? s('chartBarsNote', { shown: p.totalBars - p.hiddenBars, total: p.totalBars }) : undefined;
            return (
              <ChartView
                key={`${p.key}-${i}`}
                id={`explore-chart-${i}`}
                lang={lang}
                panel={p}
                kind={state.chart}
                xIsYear={input.xIsYear}
                title={title}
                yLabel={p.currency ?? unit}
                meta={[chartSubtitle(lang, state, labels, yearsOf(p.points, input.xIsYear)), s('chartUnit', { unit }), s('chartSource', { source: labels.sourceTitles(state.source, p.currency) })]}
                alt={chartAlt(lang, { kind: s(`chart_${state.chart}`), measure, unit, x: xLabel, series: seriesLabel, panel: p })}
                note={note}
                coverage={covered[i]}
                fileBase={`${fileBase}${panels.length > 1 ? `-${p.key || i + 1}` : ''}`}
              />
            );
          })}
        </div>
      )}
      <ResultTable
        caption={caption}
        columns={columns.map((c) => ({ name: c, label: labels.column(c), numeric: labels.isNumeric(c) }))}
        rows={cells}
        sort={sort}
        onSort={onSort}
        sortLabel={(c) => s('sortBy', { column: c })}
        showAllLabel={(n) => s('showAll', { n })}
        cellLink={categoryCellLinks(lang, columns, sorted)}
        rowLink={{
          header: sh('colSources'),
          link: (i) => ({
            href: sqlConsoleHref(lang, provenanceQuery(state, sorted[i])),
            label: sh('sourceRowsShort'),
            context: cells[i]!.join(', '),
          }),
        }}
      />
      <ExploreDownloads lang={lang} query={exploreQuery(state)} columns={columns} rows={sorted} table={result.table} fileBase={fileBase} embed={{ query: serializeExploreState(state), title: caption }} />
    </>
  );
}

/** The years a panel has figures for, when years are on x. */
function yearsOf(points: readonly { x: string | number }[], xIsYear: boolean): number[] {
  return xIsYear ? [...new Set(points.map((p) => Number(p.x)))] : [];
}
