/**
 * The reader's SIPRI register beside reported data (src/queries/sipriComparison.ts), in this page's
 * DuckDB: the SIPRI table is created from the stored rows, the published transfers load as usual.
 * Every row says its crosswalk is approximate (or that there is none).
 */
import { useState } from 'react';
import { formatNumber, t, type Lang } from '../i18n/index.ts';
import { yourData } from '../i18n/strings/yourData.ts';
import { database } from '../db/duckdb.ts';
import { queryRows } from '../db/run.ts';
import { ensureSipriTable } from '../db/userTables.ts';
import { sipriComparisonQuery, type SipriComparisonRow } from '../queries/sipriComparison.ts';

export function SipriComparison({ lang }: { lang: Lang }) {
  const s = (key: keyof typeof yourData) => t(lang, yourData, key);
  const [started, setStarted] = useState(false);
  const [rows, setRows] = useState<SipriComparisonRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // On request: the comparison loads the published transfers table (a few megabytes) into DuckDB.
  async function compare() {
    setStarted(true);
    try {
      await ensureSipriTable(await database());
      setRows(await queryRows<SipriComparisonRow>(sipriComparisonQuery()));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  const n = (v: number | null) => (v === null ? '—' : formatNumber(lang, v));
  return (
    <section aria-labelledby="sipri-heading" className="sipri-comparison">
      <h3 id="sipri-heading">{s('sipriHeading')}</h3>
      <p className="note">{s('sipriNote')}</p>
      {error && <p className="error">{error}</p>}
      {!started && (
        <button type="button" className="sipri-compare" onClick={() => void compare()}>
          {s('sipriCompare')}
        </button>
      )}
      {started && !rows && !error && <p role="status">{s('sipriLoading')}</p>}
      {rows && (
        <div className="table-scroll" role="region" aria-labelledby="sipri-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{s('colSupplier')}</th>
                <th scope="col">{s('colRecipient')}</th>
                <th scope="col" className="num">
                  {s('colYear')}
                </th>
                <th scope="col">{s('colCategory')}</th>
                <th scope="col">{s('colSipriCategories')}</th>
                <th scope="col" className="num">
                  {s('colSipri')}
                </th>
                <th scope="col" className="num">
                  {s('colBySupplier')}
                </th>
                <th scope="col" className="num">
                  {s('colByRecipient')}
                </th>
                <th scope="col">{s('colSources')}</th>
                <th scope="col">{s('colCrosswalk')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.supplier}-${r.recipient}-${r.year}-${r.category ?? r.sipri_categories}`}>
                  <td>{r.supplier}</td>
                  <td>{r.recipient}</td>
                  <td className="num">{r.year}</td>
                  <td>{r.category ?? '—'}</td>
                  <td>{r.sipri_categories}</td>
                  <td className="num">
                    {n(r.sipri_delivered)} {r.sipri_estimate && s('estimate')}
                  </td>
                  <td className="num">{r.supplier_rows ? n(r.reported_by_supplier) : s('notReported')}</td>
                  <td className="num">{r.recipient_rows ? n(r.reported_by_recipient) : s('notReported')}</td>
                  <td>{r.reported_sources}</td>
                  <td>{r.crosswalk === 'none' ? s('crosswalkNone') : s('crosswalkApproximate')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="small">{s('sipriCredit')}</p>
    </section>
  );
}
