/**
 * The comparison itself, drawn from the States' files: ATT status, reporting history, then each
 * group of comparable flows (one source, one currency, one measure) by year per basis and by main
 * category. Cells are text formatted for the page language, exactly as the country profiles format them.
 */
import { formatDate, formatNumber, t, type Lang } from '../i18n/index.ts';
import { common } from '../i18n/strings/common.ts';
import { compare } from '../i18n/strings/compare.ts';
import { countries } from '../i18n/strings/countries.ts';
import { categoryTable, yearlyTable, type CompareGroup, type CompareState } from '../specs/compare.ts';
import { formatYearRanges } from '../specs/series.ts';
import { basisLabel, instrumentLabel } from '../ui/labels.ts';

interface Props {
  lang: Lang;
  states: CompareState[];
  groups: CompareGroup[];
  names: Record<string, string>;
  sourceTitles: Record<string, string>;
  categoryLabels: Record<string, string>;
}

interface TableProps {
  id: string;
  caption: string;
  columns: string[];
  rows: string[][];
  /** The basis the figures are on, as labelled in the page (tests join on it with the profile's chart table). */
  basis?: string;
  /** Figures, right-aligned in tabular digits (the default); false for words and dates (treaty facts, reporting). */
  numeric?: boolean;
}

/** The same markup as DataTable.astro: a focusable scrolling region, the first cell naming the row. */
function Table({ id, caption, columns, rows, basis, numeric = true }: TableProps) {
  const num = numeric ? 'num' : undefined;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table id={id} data-basis={basis}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i ? num : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r[0]}>
              {r.map((cell, i) =>
                i === 0 ? (
                  <th key="h" scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={columns[i]} className={num}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CompareTables({ lang, states, groups, names, sourceTitles, categoryLabels }: Props) {
  const s = (k: keyof typeof compare, v?: Record<string, string | number>) => t(lang, compare, k, v);
  const ct = (k: keyof typeof countries, v?: Record<string, string | number>) => t(lang, countries, k, v);
  const c = (k: keyof typeof common) => t(lang, common, k);
  const n = (v: number | null | undefined) => (v === undefined ? '' : formatNumber(lang, v, { maximumFractionDigits: 0 }));
  const date = (d: string | null) => (d ? formatDate(lang, d) : ct('notFound'));
  const stateNames = states.map((x) => names[x.iso3] ?? x.iso3);
  const status = (x: CompareState) => ct(`status_${x.treaty.status}` as keyof typeof countries);
  const consent = (x: CompareState) => `${date(x.treaty.consent)}${x.treaty.consent && x.treaty.consentType ? ` (${ct(`consentType_${x.treaty.consentType}` as keyof typeof countries)})` : ''}`;
  const treatyRows = [
    [ct('status'), ...states.map(status)],
    [ct('signature'), ...states.map((x) => date(x.treaty.signature))],
    [ct('consent'), ...states.map(consent)],
    [ct('entryIntoForce'), ...states.map((x) => date(x.treaty.entryIntoForce))],
  ];
  const instruments = [...new Set(states.flatMap((x) => x.reporting.map((r) => r.instrument)))].sort();
  const reportingCell = (x: CompareState, instrument: string) => {
    const r = x.reporting.find((l) => l.instrument === instrument);
    if (!r) return s('noReporting');
    const parts = [r.years.length ? formatYearRanges(r.years) : '', r.nilYears.length ? `(${ct('nilReports', { years: formatYearRanges(r.nilYears) })})` : '', r.undated ? ct('initialReports', { n: r.undated }) : ''];
    return `${parts.filter(Boolean).join(' ')} · ${ct('colReports')}: ${formatNumber(lang, r.reports)}`;
  };
  const unitOf = (g: CompareGroup) => (g.measure === 'value' ? g.currency! : g.measure === 'items' ? c('unitItems') : g.measure === 'licences' ? c('unitLicences') : c('unitCount'));
  return (
    <>
      <section aria-labelledby="compare-treaty-heading">
        <h2 id="compare-treaty-heading">{ct('treatyHeading')}</h2>
        <Table id="compare-treaty" caption={ct('treatyHeading')} columns={[s('colFact'), ...stateNames]} rows={treatyRows} numeric={false} />
      </section>
      <section aria-labelledby="compare-reporting-heading">
        <h2 id="compare-reporting-heading">{ct('reportingHeading')}</h2>
        {instruments.length ? (
          <Table
            id="compare-reporting"
            caption={ct('reportingHeading')}
            columns={[ct('colInstrument'), ...stateNames]}
            rows={instruments.map((i) => [instrumentLabel(lang, i), ...states.map((x) => reportingCell(x, i))])}
            numeric={false}
          />
        ) : (
          <p>{ct('noReports')}</p>
        )}
      </section>
      <section aria-labelledby="compare-groups-heading">
        <h2 id="compare-groups-heading">{s('groupsHeading')}</h2>
        {groups.length === 0 && <p>{s('noGroups')}</p>}
        {groups.map((g, gi) => {
          const memberNames = g.members.map((m) => names[m.iso3] ?? m.iso3);
          const unit = unitOf(g);
          const cats = categoryTable(g);
          const title = `${s(`group_${g.role}_${g.direction}`)} — ${sourceTitles[g.sourceId] ?? g.sourceId} — ${g.currency ?? unit}`;
          return (
            <section key={g.key} className="compare-group" aria-labelledby={`compare-group-${gi}`} data-group={g.key}>
              <h3 id={`compare-group-${gi}`}>{title}</h3>
              {g.absent.length > 0 && <p className="muted small">{s('absent', { names: g.absent.map((x) => names[x] ?? x).join(', ') })}</p>}
              {g.bases.map((basis) => {
                const y = yearlyTable(g, basis);
                return (
                  <Table
                    key={basis}
                    id={`compare-group-${gi}-${basis}`}
                    basis={basisLabel(lang, basis)}
                    caption={s('byYear', { basis: basisLabel(lang, basis), unit })}
                    columns={[c('colYear'), ...memberNames]}
                    rows={y.years.map((year, i) => [String(year), ...y.cells[i]!.map((v) => (v === null ? '–' : n(v)))])}
                  />
                );
              })}
              {cats.keys.length > 0 && (
                <>
                  <Table
                    id={`compare-group-${gi}-categories`}
                    caption={s('byCategory', { unit })}
                    columns={[ct('colCategory'), ...g.members.map((m, i) => `${memberNames[i]} (${basisLabel(lang, m.flow.basis)})`)]}
                    rows={cats.keys.map((k, i) => [categoryLabels[k] ?? k.slice(k.indexOf(':') + 1), ...cats.cells[i]!.map(n)])}
                  />
                  <p className="muted small">{s('categoryNote')}</p>
                </>
              )}
            </section>
          );
        })}
      </section>
    </>
  );
}
