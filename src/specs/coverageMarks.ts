/**
 * Coverage marks of any chart with years on x — Explore, the SQL console's chart and the charts drawn
 * at build time alike: which years to hatch (a source of the chart has no figures there, or covers
 * only some months) and the note that names each source and its years, in the reader's language.
 * The years come from the data (src/queries/yearCoverage.ts), never from a list written by hand.
 */
import type { CoverageBands } from '../charts/coverageBands.ts';
import { t, type Lang } from '../i18n/index.ts';
import { chartClarity } from '../i18n/strings/chartClarity.ts';
import { uncoveredYears, type SourceYears, type Uncovered } from '../queries/yearCoverage.ts';
import { formatYearRanges } from './series.ts';

export interface CoverageMarks {
  bands: CoverageBands;
  note: string;
}

/** One source drawn in a chart: its facts in one direction (null: either), or its reports. */
export interface DrawnSource {
  source: string;
  direction?: 'export' | 'import' | null;
  reports?: boolean;
}

function monthName(lang: Lang, month: number): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/**
 * The years of `span` each drawn source does not cover, and its partly covered years. With
 * `leading: false` the years before a source's first year are left out: on a chart of several
 * instruments, one that began later (ATT annual reports, 2015) has not "stopped covering" the
 * years before it; a source that ends (the UN Register index, 2022) or skips years is marked.
 */
export function drawnSourceGaps(coverage: readonly SourceYears[], drawn: readonly DrawnSource[], span: [number, number], opts: { leading?: boolean } = {}): Uncovered[] {
  const out: Uncovered[] = [];
  const seen = new Set<string>();
  for (const d of drawn) {
    const key = `${d.source}|${d.direction ?? ''}|${d.reports ? 'r' : 'f'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [gap] = uncoveredYears(coverage, { source: [d.source], direction: d.direction ?? null, measure: d.reports ? 'reports' : 'facts' }, span);
    if (!gap) continue;
    const own = coverage.filter((c) => c.source === d.source && (d.reports ? c.direction === null : c.direction !== null && (!d.direction || c.direction === d.direction))).flatMap((c) => c.years);
    const first = own.length ? Math.min(...own) : Number.POSITIVE_INFINITY;
    const years = opts.leading === false ? gap.years.filter((y) => y > first) : gap.years;
    if (years.length || gap.partial.length) out.push({ ...gap, years });
  }
  return out;
}

/** Bands and note for the gaps (null when every year is covered); `title` names a source. */
export function coverageMarks(lang: Lang, gaps: readonly Uncovered[], title: (source: string) => string): CoverageMarks | null {
  if (!gaps.length) return null;
  const c = (k: keyof typeof chartClarity, v?: Record<string, string | number>) => t(lang, chartClarity, k, v);
  const parts = gaps.flatMap((g) => [
    // French sets a space before the colon.
    ...(g.years.length ? [`${title(g.source)}${lang === 'fr' ? ' :' : ':'} ${formatYearRanges(g.years)}`] : []),
    ...g.partial.map((p) => c('partialYear', { year: String(p.year), source: title(g.source), from: monthName(lang, p.from), to: monthName(lang, p.to) })),
  ]);
  if (!parts.length) return null;
  const years = gaps.flatMap((g) => [...g.years, ...g.partial.map((p) => p.year)]);
  return { bands: { years: [...new Set(years)].sort((a, b) => a - b), label: c('notCovered') }, note: c('notCoveredNote', { sources: parts.join('; ') }) };
}
