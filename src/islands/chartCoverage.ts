/**
 * The coverage marks of one Explore chart panel: which years to hatch (a selected source has no
 * figures there, or covers only some months) and the note under the chart that names the source
 * and the years, in the reader's language. Derived from the data (src/queries/yearCoverage.ts).
 */
import type { CoverageBands } from '../charts/coverageBands.ts';
import type { ChartPanel } from '../charts/exploreChartData.ts';
import { yearSpan } from '../charts/yearGaps.ts';
import { t, type Lang } from '../i18n/index.ts';
import { chartClarity } from '../i18n/strings/chartClarity.ts';
import type { ExploreState } from '../queries/exploreState.ts';
import { uncoveredYears, type SourceYears } from '../queries/yearCoverage.ts';
import { formatYearRanges } from '../specs/series.ts';

export interface SourceInfo {
  id: string;
  title: string;
  currencies: string[];
}

function monthName(lang: Lang, month: number): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

export function panelCoverage(lang: Lang, s: ExploreState, panel: ChartPanel, coverage: readonly SourceYears[], sources: readonly SourceInfo[]): { bands: CoverageBands; note: string } | null {
  if (!panel.points.length) return null;
  const chosen = s.source.length ? s.source : sources.map((x) => x.id);
  // A money panel is drawn from the sources that publish in its currency only.
  const inPanel = s.measure === 'value' && panel.currency ? chosen.filter((id) => sources.find((x) => x.id === id)?.currencies.includes(panel.currency!)) : chosen;
  const gaps = uncoveredYears(coverage, { ...s, source: inPanel.length ? inPanel : chosen }, yearSpan(panel.points));
  if (!gaps.length) return null;
  const title = (id: string) => sources.find((x) => x.id === id)?.title ?? id;
  const c = (k: keyof typeof chartClarity, v?: Record<string, string | number>) => t(lang, chartClarity, k, v);
  const parts = gaps.flatMap((g) => [
    ...(g.years.length ? [`${title(g.source)}: ${formatYearRanges(g.years)}`] : []),
    ...g.partial.map((p) => c('partialYear', { year: String(p.year), source: title(g.source), from: monthName(lang, p.from), to: monthName(lang, p.to) })),
  ]);
  const years = gaps.flatMap((g) => [...g.years, ...g.partial.map((p) => p.year)]);
  return { bands: { years: [...new Set(years)].sort((a, b) => a - b), label: c('notCovered') }, note: c('notCoveredNote', { sources: parts.join('; ') }) };
}
