/**
 * The reader's SIPRI register beside reported data (src/queries/sipriComparison.ts), in this page's
 * DuckDB: the SIPRI table is created from the stored rows, the published transfers load as usual.
 * Every row says its crosswalk is approximate (or that there is none).
 */
import { useEffect, useState } from 'react';
import { formatNumber, t, type Lang } from '../i18n/index.ts';
import { yourData } from '../i18n/strings/yourData.ts';
import { database } from '../db/duckdb.ts';
import { queryRows } from '../db/run.ts';
import { ensureSipriTable } from '../db/userTables.ts';
import { sipriComparisonQuery, type SipriComparisonRow } from '../queries/sipriComparison.ts';

export function SipriComparison({ lang, savedAt }: { lang: Lang; savedAt: string }) {
  const s = (key: keyof typeof yourData) => t(lang, yourData, key);
  const [rows, setRows] = useState<SipriComparisonRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: savedAt is the trigger: newly stored files, a new comparison
  useEffect(() => {
    let live = true;
    setRows(null);
    (async () => {
      await ensureSipriTable(await database());
      const r = await queryRows<SipriComparisonRow>(sipriComparisonQuery());
      if (live) setRows(r);
    })().catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [savedAt]);
  const n = (v: number | null) => (v === null ? '—' : formatNumber(lang, v));
  return (
    <section aria-labelledby="sipri-heading" className="sipri-comparison">
      <h3 id="sipri-heading">{s('sipriHeading')}</h3>
      <p className="note">{s('sipriNote')}</p>
      {error && <p className="error">{error}</p>}
      {!rows && !error && <p role="status">{s('sipriLoading')}</p>}
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
