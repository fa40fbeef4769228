/**
 * The line under an Explore chart's title that makes it self-describing: direction, basis, years,
 * reporters and partners, in the reader's language (the unit and source follow on their own lines).
 */
import { formatList, t, type Lang } from '../i18n/index.ts';
import { chartClarity } from '../i18n/strings/chartClarity.ts';
import type { ExploreState } from '../queries/exploreState.ts';
import { formatYearRanges } from '../specs/series.ts';
import { basisLabel, directionLabel } from '../ui/labels.ts';
import type { Labeller } from './exploreFormat.ts';
import { formatYearSpan } from '../specs/yearSpan.ts';

const NAMES_SHOWN = 3;

function names(lang: Lang, list: readonly string[]): string {
  if (list.length <= NAMES_SHOWN) return formatList(lang, list);
  return t(lang, chartClarity, 'moreNames', { list: list.slice(0, NAMES_SHOWN).join(', '), n: list.length - NAMES_SHOWN });
}

/** `years`: the years the result has figures for (empty when years are not a dimension of the result). */
export function chartSubtitle(lang: Lang, s: ExploreState, l: Labeller, years: readonly number[]): string {
  const c = (k: keyof typeof chartClarity, v?: Record<string, string | number>) => t(lang, chartClarity, k, v);
  const parts: string[] = [];
  parts.push(s.direction ? directionLabel(lang, s.direction) : c('bothDirections'));
  parts.push(
    s.basis.length
      ? c('basisList', {
          list: formatList(
            lang,
            s.basis.map((b) => basisLabel(lang, b)),
          ),
        })
      : c('allBases'),
  );
  const span = years.length ? formatYearRanges(years) : formatYearSpan(s.yearFrom, s.yearTo);
  if (span) parts.push(c('subtitleYears', { years: span }));
  parts.push(
    s.reporter.length
      ? c('reporterList', {
          list: names(
            lang,
            s.reporter.map((r) => l.cell('reporter_iso3', r)),
          ),
        })
      : c('allReporters'),
  );
  parts.push(
    s.partner.length
      ? c('partnerList', {
          list: names(
            lang,
            s.partner.map((p) => l.cell('partner_iso3', p)),
          ),
        })
      : c('allPartners'),
  );
  const text = parts.join(' · ');
  return `${text.charAt(0).toLocaleUpperCase(lang)}${text.slice(1)}.`;
}
