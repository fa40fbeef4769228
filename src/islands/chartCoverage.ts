/**
 * The coverage marks of one Explore chart panel: which years to hatch (a selected source has no
 * figures there, or covers only some months) and the note under the chart that names the source
 * and the years, in the reader's language. Derived from the data (src/queries/yearCoverage.ts).
 */
import type { ChartPanel } from '../charts/exploreChartData.ts';
import { yearSpan } from '../charts/yearGaps.ts';
import type { Lang } from '../i18n/index.ts';
import type { ExploreState } from '../queries/exploreState.ts';
import { uncoveredYears, type SourceYears } from '../queries/yearCoverage.ts';
import { coverageMarks, type CoverageMarks } from '../specs/coverageMarks.ts';

export interface SourceInfo {
  id: string;
  title: string;
  currencies: string[];
}

export function panelCoverage(lang: Lang, s: ExploreState, panel: ChartPanel, coverage: readonly SourceYears[], sources: readonly SourceInfo[]): CoverageMarks | null {
  if (!panel.points.length) return null;
  const chosen = s.source.length ? s.source : sources.map((x) => x.id);
  // A money panel is drawn from the sources that publish in its currency only.
  const inPanel = s.measure === 'value' && panel.currency ? chosen.filter((id) => sources.find((x) => x.id === id)?.currencies.includes(panel.currency!)) : chosen;
  const gaps = uncoveredYears(coverage, { ...s, source: inPanel.length ? inPanel : chosen }, yearSpan(panel.points));
  return coverageMarks(lang, gaps, (id) => sources.find((x) => x.id === id)?.title ?? id);
}
