/**
 * "Chart this result" in the SQL console: pick the x column, a numeric y column and an optional
 * series column; a result with a `currency` column gets one chart per currency, so values in
 * different currencies never share an axis or a stack.
 */
import { useMemo, useState } from 'react';
import { chartPanels } from '../charts/exploreChartData.ts';
import type { ExploreChartKind } from '../charts/exploreChart.ts';
import type { ResultColumn, Row } from '../db/results.ts';
import { formatDate, formatNumber, t, type Lang } from '../i18n/index.ts';
import { explore } from '../i18n/strings/explore.ts';
import { sql } from '../i18n/strings/sql.ts';
import { ChartView } from './ChartView.tsx';
import { chartAlt } from './exploreFormat.ts';

interface Props {
  lang: Lang;
  columns: readonly ResultColumn[];
  rows: readonly Row[];
  builtAt: string;
}

const KINDS: ExploreChartKind[] = ['line', 'bar', 'stacked', 'multiples'];

function isYearColumn(c: ResultColumn, rows: readonly Row[]): boolean {
  return c.kind === 'number' && rows.every((r) => r[c.name] === null || (Number.isInteger(r[c.name]) && Number(r[c.name]) >= 1900 && Number(r[c.name]) <= 2100));
}

export function ChartBuilder({ lang, columns, rows, builtAt }: Props) {
  const s = (k: keyof typeof sql, v?: Record<string, string | number>) => t(lang, sql, k, v);
  const numeric = columns.filter((c) => c.kind === 'number');
  const firstX = columns.find((c) => c.name === 'year') ?? columns.find((c) => c.kind !== 'number') ?? columns[0];
  const [x, setX] = useState(firstX?.name ?? '');
  const [y, setY] = useState(numeric.find((c) => c.name !== firstX?.name)?.name ?? '');
  const [series, setSeries] = useState('');
  const [kind, setKind] = useState<ExploreChartKind>('line');
  const xCol = columns.find((c) => c.name === x);
  const xIsYear = xCol ? isYearColumn(xCol, rows) : false;
  const hasCurrency = columns.some((c) => c.name === 'currency') && y !== 'currency' && x !== 'currency' && series !== 'currency';
  const panels = useMemo(
    () =>
      x && y
        ? chartPanels({
            rows,
            x: (r) => (xIsYear ? Number(r[x]) : String(r[x] ?? '–')),
            series: series ? (r) => String(r[series] ?? '–') : null,
            y,
            panel: hasCurrency ? (r) => String(r.currency ?? '–') : null,
            xIsYear,
          })
        : [],
    [rows, x, y, series, xIsYear, hasCurrency],
  );
  if (!numeric.length || columns.length < 2) return <p className="small muted">{s('chartNeedsNumber')}</p>;
  const select = (label: string, value: string, set: (v: string) => void, opts: readonly ResultColumn[], none = false) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        {none && <option value="">{s('chartNone')}</option>}
        {opts.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
  const title = s('chartTitle', { y, x });
  const source = s('chartSource', { date: formatDate(lang, builtAt.slice(0, 10)) });
  return (
    <section aria-labelledby="chart-builder-heading">
      <h3 id="chart-builder-heading">{s('chartHeading')}</h3>
      <div className="chart-builder">
        {select(s('chartX'), x, setX, columns)}
        {select(s('chartY'), y, setY, numeric)}
        {select(s('chartSeries'), series, setSeries, columns.filter((c) => c.kind !== 'number' || c.name !== y), true)}
        <label>
          {s('chartKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as ExploreChartKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(lang, explore, `chart_${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {hasCurrency && <p className="small muted">{s('chartPerCurrency')}</p>}
      {panels.map((p, i) => (
        <ChartView
          key={`${p.key}-${i}`}
          id={`sql-chart-${i}`}
          lang={lang}
          panel={p}
          kind={kind}
          xIsYear={xIsYear}
          title={p.key ? `${title} — ${p.key}` : title}
          yLabel={p.key || y}
          meta={[t(lang, explore, 'chartUnit', { unit: p.key || y }), source]}
          alt={chartAlt(lang, { kind: t(lang, explore, `chart_${kind}`), measure: y, unit: p.key || y, x, series: series || null, panel: p })}
          note={p.hiddenSeries ? t(lang, explore, 'chartTopNote', { shown: p.series.length, total: p.totalSeries }) : p.hiddenBars ? t(lang, explore, 'chartBarsNote', { shown: formatNumber(lang, p.totalBars - p.hiddenBars), total: formatNumber(lang, p.totalBars) }) : undefined}
        />
      ))}
    </section>
  );
}
