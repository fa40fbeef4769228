/**
 * What makes a chart of the SQL console's result self-describing, like Explore's: the measure (the
 * schema's description when the y column is a column of a table the query read, the column's name
 * otherwise) and its unit, the x range, the series and their values, the tables the query read
 * and their sources, in the reader's language. Pure: the console passes the result, the query's
 * tables and which sources fill each table (computed at build time).
 */
import type { Row } from '../db/results.ts';
import { formatList, t, type Lang } from '../i18n/index.ts';
import { clarity } from '../i18n/strings/clarity.ts';
import { TABLES, type ColumnMeta } from '../schema/index.ts';
import { currencyUnit } from '../ui/labels.ts';
import { formatYearRanges } from './series.ts';
import type { SourceYears } from '../queries/yearCoverage.ts';
import { coverageMarks, drawnSourceGaps, type CoverageMarks, type DrawnSource } from './coverageMarks.ts';

/** What the page knows at build time about the published tables and their sources. */
export interface SqlChartContext {
  /** Source id → title (manifest). */
  sourceTitles: Record<string, string>;
  /** Table → ids of the sources with rows in it. */
  tableSources: Record<string, string[]>;
}

export interface SqlChartCaption {
  title: string;
  /** Measure, unit, x range and series: the line under the title. */
  subtitle: string;
  unit: string;
  /** "Tables read: …" and "Sources: …". */
  source: string;
  /** Sources the drawn rows come from: named by the result's source_id, else those of the tables read. */
  sourceIds: string[];
}

const NAMES_SHOWN = 3;

/** The schema's column of that name, in the first of `tables` that has it (the tables the query read first, then any). */
export function schemaColumn(name: string, tables: readonly string[]): ColumnMeta | null {
  const order = [...TABLES.filter((tb) => tables.includes(tb.name)), ...TABLES.filter((tb) => !tables.includes(tb.name))];
  for (const tb of order) {
    const c = (tb.columns as Record<string, ColumnMeta>)[name];
    if (c) return c;
  }
  return null;
}

function listed(lang: Lang, values: readonly string[]): string {
  if (values.length <= NAMES_SHOWN) return formatList(lang, values);
  return `${values.slice(0, NAMES_SHOWN).join(', ')} (+${values.length - NAMES_SHOWN})`;
}

export function sqlChartCaption(
  lang: Lang,
  o: { x: string; y: string; series: readonly string[]; xIsYear: boolean; rows: readonly Row[]; tables: readonly string[]; currency: string | null },
  ctx: SqlChartContext,
): SqlChartCaption {
  const c = (k: keyof typeof clarity, v?: Record<string, string | number>) => t(lang, clarity, k, v);
  // A result column named like a column of a table read (value, items, also `sum(value) AS value`) takes its description and unit; any other name is the query's own.
  const col = schemaColumn(o.y, o.tables);
  const measure = col && o.tables.length ? c('sqlMeasure', { column: o.y, description: col.description[lang].replace(/\.$/, '') }) : c('sqlMeasureOwn', { column: o.y });
  const unit =
    col && o.tables.length
      ? col.unit === 'currency'
        ? o.currency
          ? currencyUnit(lang, o.currency)
          : c('sqlUnitRowCurrency')
        : col.unit === 'count'
          ? c('sqlUnitCount')
          : col.unit === 'percent'
            ? c('sqlUnitPercent')
            : o.y
      : o.currency
        ? currencyUnit(lang, o.currency)
        : o.y;
  const parts = [measure];
  const xs = o.rows.map((r) => r[o.x]).filter((v) => v !== null && v !== undefined);
  if (o.xIsYear && xs.length) parts.push(`${o.x} ${formatYearRanges([...new Set(xs.map(Number))])}`);
  else if (xs.length) {
    const sorted = [...new Set(xs.map(String))].sort();
    parts.push(c('sqlXRange', { x: o.x, from: sorted[0]!, to: sorted.at(-1)! }));
  }
  const seriesValues = o.series.length ? [...new Set(o.rows.map((r) => o.series.map((s) => String(r[s] ?? '–')).join(' · ')))] : [];
  parts.push(o.series.length ? c('sqlSeries', { columns: o.series.join(', '), values: listed(lang, seriesValues) }) : c('sqlOneSeries'));
  const subtitle = `${parts.join(' · ')}.`;
  const sourceIds =
    o.rows.length && o.rows.some((r) => typeof r.source_id === 'string')
      ? [...new Set(o.rows.map((r) => r.source_id).filter((v): v is string => typeof v === 'string'))].sort()
      : [...new Set(o.tables.flatMap((tb) => ctx.tableSources[tb] ?? []))].sort();
  const titles = sourceIds.map((id) => ctx.sourceTitles[id] ?? id);
  const source = [c('sqlTables', { tables: o.tables.length ? o.tables.join(', ') : c('sqlNoTable') }), ...(titles.length ? [c('sqlSources', { sources: titles.join('; ') })] : [])].map((p) => `${p}.`).join(' ');
  return { title: c('sqlTitle', { measure: o.y, x: o.x }), subtitle, unit, source, sourceIds };
}

const FACT_TABLES = ['transfers', 'transfer_totals', 'transfer_partner_totals'];

/**
 * Coverage marks of a SQL chart with years on x whose rows name their source (a source_id column):
 * each source's facts (in the row's direction, when the result has one) — or its reports, for a
 * query of the reports table alone — over the chart's years. Null when the rows do not say which
 * source they come from: the chart cannot know what was covered.
 */
export function sqlChartCoverage(lang: Lang, o: { x: string; xIsYear: boolean; rows: readonly Row[]; tables: readonly string[] }, coverage: readonly SourceYears[], ctx: SqlChartContext): CoverageMarks | null {
  if (!o.xIsYear || !o.rows.length || !o.rows.some((r) => typeof r.source_id === 'string')) return null;
  const facts = o.tables.some((tb) => FACT_TABLES.includes(tb));
  if (!facts && !o.tables.includes('reports')) return null;
  const drawn: DrawnSource[] = o.rows.flatMap((r) => {
    if (typeof r.source_id !== 'string') return [];
    const direction = r.direction === 'export' || r.direction === 'import' ? r.direction : null;
    return [facts ? { source: r.source_id, direction } : { source: r.source_id, reports: true }];
  });
  const years = o.rows.map((r) => Number(r[o.x])).filter(Number.isInteger);
  if (!years.length) return null;
  return coverageMarks(lang, drawnSourceGaps(coverage, drawn, [Math.min(...years), Math.max(...years)]), (id) => ctx.sourceTitles[id] ?? id);
}
