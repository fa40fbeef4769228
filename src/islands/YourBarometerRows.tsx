/**
 * The barometer's "your file" panel: the State-years a reader's own file adds or changes, with their
 * score under the weights set above and their rank in their year, and a button to show that year.
 */
import { formatNumber, type Lang, t } from '../i18n/index.ts';
import { analyses } from '../i18n/strings/analyses.ts';
import { common } from '../i18n/strings/common.ts';
import { yourRows } from '../i18n/strings/yourRows.ts';
import { barometerQuery, CRITERIA, type Ranked } from '../queries/barometer.ts';
import { sqlConsoleHref } from '../links/sqlConsole.ts';
import type { YourBarometer } from './yourBarometer.ts';

interface Props {
  lang: Lang;
  yours: YourBarometer;
  /** Ranked State-years per year, under the current weights (published and the reader's). */
  rankedIn: (year: number) => Ranked[];
  nameOf: (iso3: string) => string;
  onShowYear: (year: number) => void;
}

export const YOURS_MARK = '◆';

export function YourBarometerRows({ lang, yours, rankedIn, nameOf, onShowYear }: Props) {
  const y = (k: keyof typeof yourRows, v?: Record<string, string | number>) => t(lang, yourRows, k, v);
  if (yours.status === 'checking' || yours.status === 'none') return null;
  if (yours.status === 'running')
    return (
      <p className="note your-file-note" role="status">
        {y('scoring')}
      </p>
    );
  if (yours.status === 'error') return <p className="note your-file-note">{y('failed', { error: yours.error ?? '' })}</p>;
  const rows = [...yours.marked]
    .map((k) => {
      const [iso3, year] = k.split(':');
      return { iso3: iso3!, year: Number(year) };
    })
    .sort((a, b) => a.year - b.year || a.iso3.localeCompare(b.iso3));
  return (
    <section className="note your-file-note your-barometer" aria-labelledby="your-barometer-heading">
      <h3 id="your-barometer-heading">
        {YOURS_MARK} {y('yoursHeading')}
      </h3>
      <p className="small">{y('barometerIntro')}</p>
      <div className="table-scroll" role="region" aria-labelledby="your-barometer-heading" tabIndex={0}>
        <table className="your-barometer-rows">
          <caption className="visually-hidden">{y('yoursCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, analyses, 'colState')}</th>
              <th scope="col" className="num">
                {t(lang, common, 'colYear')}
              </th>
              <th scope="col" className="num">
                {t(lang, analyses, 'colScore')}
              </th>
              <th scope="col" className="num">
                {t(lang, analyses, 'colRank')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{y('showYear', { year: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const ranked = rankedIn(r.year);
              const mine = ranked.find((x) => x.iso3 === r.iso3);
              if (!mine) return null;
              return (
                <tr key={`${r.iso3}:${r.year}`} data-iso3={r.iso3} data-year={r.year} data-score={mine.score}>
                  <th scope="row">{nameOf(r.iso3)}</th>
                  <td className="num">{r.year}</td>
                  <td className="num">{formatNumber(lang, mine.score, { maximumFractionDigits: 2 })}</td>
                  <td className="num">{y('rankOf', { rank: mine.rank, n: ranked.length })}</td>
                  <td>
                    {/* A short word on the button (phones); its accessible name says which year. */}
                    <button type="button" aria-label={y('showYear', { year: String(r.year) })} onClick={() => onShowYear(r.year)}>
                      {y('show')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {/* The same SQL in the console, narrowed to the file's States: it sees the reader's rows too. */}
      <p className="small">
        <a href={sqlConsoleHref(lang, barometerQuery(CRITERIA, { states: [...yours.states] }))}>{t(lang, analyses, 'openInSql')}</a>
      </p>
    </section>
  );
}
