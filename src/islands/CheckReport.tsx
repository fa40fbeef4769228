/**
 * The check report of the reader's files: per file, rows read, loaded and rejected; each rejected
 * row with its file, line and reason (and the nearest known spellings); names no reference knew;
 * the rejects as CSV; links to the loaded rows in Explore, the SQL console and the compliance matrix.
 * Reasons are the pipeline's own words, the same lines `npm run check-file` prints.
 */
import { formatNumber, localePath, t, type Lang } from '../i18n/index.ts';
import { yourData } from '../i18n/strings/yourData.ts';
import { exploreHref } from '../links/explore.ts';
import { sqlConsoleHref } from '../links/sqlConsole.ts';
import { download } from '../ui/download.ts';
import type { CheckAnswer } from '../workers/fileCheckMessages.ts';
import { yourRowsQuery } from '../queries/yourRows.ts';

export type DoneAnswer = Extract<CheckAnswer, { type: 'done' }>;

export function CheckReport({ lang, answer }: { lang: Lang; answer: DoneAnswer }) {
  const s = (key: keyof typeof yourData, vars?: Record<string, string | number>) => t(lang, yourData, key, vars);
  const loadedTransfers = (answer.rowCounts.transfers ?? 0) > 0;
  return (
    <section aria-labelledby="check-report-heading" className="check-report">
      <h2 id="check-report-heading">{s('reportHeading')}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{s('colFile')}</th>
              <th scope="col">{s('colFormat')}</th>
              <th scope="col" className="num">
                {s('colRead')}
              </th>
              <th scope="col" className="num">
                {s('colLoaded')}
              </th>
              <th scope="col" className="num">
                {s('colRejected')}
              </th>
            </tr>
          </thead>
          <tbody>
            {answer.files.map((f) => (
              <tr key={f.file}>
                <th scope="row">
                  <bdi>{f.file}</bdi>
                </th>
                {f.error ? (
                  <td colSpan={4} className="error">
                    {s('notRead', { message: f.error })}
                  </td>
                ) : (
                  <>
                    <td>{f.format}</td>
                    <td className="num">{formatNumber(lang, f.rowsRead)}</td>
                    <td className="num">{formatNumber(lang, f.rowsLoaded)}</td>
                    <td className="num">{formatNumber(lang, f.rowsRejected)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {answer.rejectCount === 0 ? (
        <p>{s('allLoaded')}</p>
      ) : (
        <>
          <h3>{s('rejectsHeading', { count: answer.rejectCount })}</h3>
          <p className="note">
            {s('reasonsEnglish')} {answer.rejectCount > answer.rejects.length && s('rejectsShown', { shown: answer.rejects.length })}
          </p>
          <ol className="reject-list">
            {answer.rejects.map((r) => (
              <li key={`${r.file}:${r.line}`} data-line={r.line}>
                <bdi>{r.file}</bdi> line {r.line}: <span dir="auto">{r.reason}</span>
                {r.hint && <span className="reject-hint"> — {r.hint}</span>}
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => download('rejects.csv', answer.rejectsCsv, 'text/csv;charset=utf-8')}>
            {s('rejectsCsv')}
          </button>
        </>
      )}
      {answer.unknownNames.length > 0 && (
        <>
          <h3>{s('unknownHeading')}</h3>
          <ul>
            {answer.unknownNames.map((n) => (
              <li key={n.name}>
                <bdi>{s('unknownItem', { name: n.name, lines: n.lines })}</bdi>
                {n.suggestions.length > 0 && <> — {s('didYouMean', { names: n.suggestions.join(' / ') })}</>}
              </li>
            ))}
          </ul>
        </>
      )}
      {loadedTransfers && (
        <p>
          {s('seeIn')} <a href={exploreHref(lang, { source: 'your-file', group: 'year,reporter', measure: 'facts' })}>{s('inExplore')}</a> · <a href={sqlConsoleHref(lang, yourRowsQuery())}>{s('inSql')}</a> ·{' '}
          <a href={localePath(lang, '/analyses/compliance')}>{s('inCompliance')}</a>
        </p>
      )}
    </section>
  );
}
