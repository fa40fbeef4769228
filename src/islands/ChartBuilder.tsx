/**
 * "Chart this result" in the SQL console: x, a numeric y, the series columns and the kind, chosen by
 * default from the result's types (src/charts/chartSettings.ts) and kept in the URL's fragment
 * beside the query (`chart_x`, `chart_y`, `chart_series`, `chart_kind`) so a shared link draws the same chart. A result with a
 * `currency` column gets one chart per currency: values in different currencies never share an axis.
 */
import { useEffect, useMemo, useState } from 'react';
import { CHART_SETTING_KINDS, chartSettingsParams, defaultChartSettings, isYearColumn, parseChartSettings, type ChartSettings } from '../charts/chartSettings.ts';
import { chartPanels } from '../charts/exploreChartData.ts';
import type { ExploreChartKind } from '../charts/exploreChart.ts';
import type { ResultColumn, Row } from '../db/results.ts';
import { formatDate, formatNumber, t, type Lang } from '../i18n/index.ts';
import { explore } from '../i18n/strings/explore.ts';
import { sql } from '../i18n/strings/sql.ts';
import { ChartView } from './ChartView.tsx';
import { chartAlt } from './exploreFormat.ts';
import { consoleParams, setFragmentParams } from '../links/sqlFragment.ts';
import { referencedTables } from '../db/tableRefs.ts';
import { TABLES } from '../schema/index.ts';
import type { SourceYears } from '../queries/yearCoverage.ts';
import { sqlChartCaption, sqlChartCoverage, type SqlChartContext } from '../specs/sqlChartCaption.ts';

interface Props {
  lang: Lang;
  columns: readonly ResultColumn[];
  rows: readonly Row[];
  builtAt: string;
  /** The query that made the result: the tables it read describe the chart. */
  sql: string;
  /** Sources of each table and the years each source covers (build time): the subtitle and coverage marks. */
  context?: SqlChartContext & { coverage: readonly SourceYears[] };
}

const TABLE_NAMES = TABLES.map((tb) => tb.name);
const NO_CONTEXT: SqlChartContext = { sourceTitles: {}, tableSources: {} };

// The chart settings of the link the page was opened with, read before the console rewrites the
// URL for its first run; the first chart of the page uses them if they fit its result.
let linkSettings: URLSearchParams | null = typeof window === 'undefined' ? null : consoleParams(window.location);

function initialSettings(columns: readonly ResultColumn[], rows: readonly Row[]): ChartSettings | null {
  const fromLink = linkSettings ? parseChartSettings(linkSettings, columns) : null;
  linkSettings = null;
  return fromLink ?? defaultChartSettings(columns, rows);
}

export function ChartBuilder({ lang, columns, rows, builtAt, sql: query, context }: Props) {
  const s = (k: keyof typeof sql, v?: Record<string, string | number>) => t(lang, sql, k, v);
  const numeric = columns.filter((c) => c.kind === 'number');
  const [settings, setSettings] = useState<ChartSettings | null>(() => initialSettings(columns, rows));
  useEffect(() => {
    // In the fragment beside the query (src/links/sqlFragment.ts): never sent to the host.
    if (settings) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${setFragmentParams(window.location.hash, chartSettingsParams(settings))}`);
  }, [settings]);
  const { x = '', y = '', series = [], kind = 'line' } = settings ?? {};
  const set = (patch: Partial<ChartSettings>) => setSettings((old) => (old ? { ...old, ...patch } : old));
  const xCol = columns.find((c) => c.name === x);
  const xIsYear = xCol ? isYearColumn(xCol, rows) : false;
  const hasCurrency = columns.some((c) => c.name === 'currency') && y !== 'currency' && x !== 'currency' && !series.includes('currency');
  const panels = useMemo(
    () =>
      x && y
        ? chartPanels({
            rows,
            x: (r) => (xIsYear ? Number(r[x]) : String(r[x] ?? '–')),
            series: series.length ? (r) => series.map((c) => String(r[c] ?? '–')).join(' · ') : null,
            y,
            panel: hasCurrency ? (r) => String(r.currency ?? '–') : null,
            xIsYear,
          })
        : [],
    [rows, x, y, series, xIsYear, hasCurrency],
  );
  const tables = useMemo(() => referencedTables(query, TABLE_NAMES), [query]);
  // Per panel: its rows (one currency's, when the result is split by currency), what the chart shows and which years its sources do not cover.
  const described = useMemo(
    () =>
      panels.map((p) => {
        const own = hasCurrency && p.key ? rows.filter((r) => String(r.currency ?? '–') === p.key) : rows;
        const caption = sqlChartCaption(lang, { x, y, series, xIsYear, rows: own, tables, currency: hasCurrency ? p.key || null : null }, context ?? NO_CONTEXT);
        const coverage = context ? sqlChartCoverage(lang, { x, xIsYear, rows: own, tables }, context.coverage, context) : null;
        return { caption, coverage };
      }),
    [panels, hasCurrency, rows, lang, x, y, series, xIsYear, tables, context],
  );
  if (!settings || !numeric.length || columns.length < 2) return <p className="small muted">{s('chartNeedsNumber')}</p>;
  const select = (label: string, value: string, onPick: (v: string) => void, opts: readonly ResultColumn[]) => (
    <label>
      {label}
      <select value={value} onChange={(e) => onPick(e.target.value)}>
        {opts.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
  const seriesLabel = series.join(' · ');
  const source = s('chartSource', { date: formatDate(lang, builtAt.slice(0, 10)) });
  return (
    <section aria-labelledby="chart-builder-heading">
      <h3 id="chart-builder-heading">{s('chartHeading')}</h3>
      <div className="chart-builder">
        {select(s('chartX'), x, (v) => set({ x: v, series: series.filter((c) => c !== v) }), columns)}
        {select(s('chartY'), y, (v) => set({ y: v }), numeric)}
        <label>
          {s('chartKind')}
          <select value={kind} onChange={(e) => set({ kind: e.target.value as ExploreChartKind })}>
            {CHART_SETTING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(lang, explore, `chart_${k}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="chart-builder-series">
          <legend>{s('chartSeries')}</legend>
          {columns
            .filter((c) => c.name !== x && c.name !== y)
            .map((c) => (
              <label key={c.name} className="checklist-option">
                <input type="checkbox" value={c.name} checked={series.includes(c.name)} onChange={(e) => set({ series: e.target.checked ? [...series, c.name] : series.filter((n) => n !== c.name) })} />
                <span>{c.name}</span>
              </label>
            ))}
        </fieldset>
      </div>
      {hasCurrency && <p className="small muted">{s('chartPerCurrency')}</p>}
      {panels.map((p, i) => {
        const { caption, coverage } = described[i]!;
        return (
          <ChartView
            key={`${p.key}-${i}`}
            id={`sql-chart-${i}`}
            lang={lang}
            panel={p}
            kind={kind}
            xIsYear={xIsYear}
            title={p.key ? `${caption.title} — ${p.key}` : caption.title}
            yLabel={p.key || y}
            meta={[caption.subtitle, t(lang, explore, 'chartUnit', { unit: caption.unit }), caption.source, source]}
            alt={chartAlt(lang, { kind: t(lang, explore, `chart_${kind}`), measure: y, unit: caption.unit, x, series: seriesLabel || null, panel: p })}
            coverage={coverage}
            note={
              p.hiddenSeries
                ? t(lang, explore, 'chartTopNote', { shown: p.series.length, total: p.totalSeries })
                : p.hiddenBars
                  ? t(lang, explore, 'chartBarsNote', { shown: formatNumber(lang, p.totalBars - p.hiddenBars), total: formatNumber(lang, p.totalBars) })
                  : undefined
            }
            fileBase={`att-query-chart${panels.length > 1 ? `-${p.key || i + 1}` : ''}`}
          />
        );
      })}
    </section>
  );
}
