/**
 * The divergences page's "your file" part: mirror pairs of a reader's own file (Your data page)
 * against the published reports, computed in this browser by the named query yourMirrors.ts, in a
 * section of its own that says the file is not published. Renders nothing, and loads no database,
 * when this browser holds no transfers of a reader's file.
 */
import { useEffect, useState } from 'react';
import { formatMoney, formatNumber, type Lang, t } from '../i18n/index.ts';
import { analyses } from '../i18n/strings/analyses.ts';
import { common } from '../i18n/strings/common.ts';
import { yourRows } from '../i18n/strings/yourRows.ts';
import { loadUserFiles } from '../db/userStore.ts';
import type { TableName } from '../schema/index.ts';
import { yourMirrorQuery, type YourMirrorRow } from '../queries/yourMirrors.ts';
import { MIRROR_COLUMNS } from '../queries/divergences.ts';
import { attCategoryLabel, basisLabel, instrumentLabel } from '../ui/labels.ts';
import { downloadCsv } from './csvDownload.ts';
import { sqlConsoleHref } from '../links/sqlConsole.ts';

/** The table a reader's file must have rows in for pairs (a type-checked name, without the schema's bytes). */
const TRANSFERS: TableName = 'transfers';

type Status = 'checking' | 'none' | 'running' | 'done' | 'error';

// The published mirror's columns, with the side that is the reader's and the partner's instrument after the pair's keys.
const CSV_COLUMNS = [...MIRROR_COLUMNS.slice(0, 5), 'your_side', 'partner_instrument', ...MIRROR_COLUMNS.slice(5)] as const;

export default function YourMirrorPairs({ lang }: { lang: Lang }) {
  const s = (k: keyof typeof analyses, v?: Record<string, string | number>) => t(lang, analyses, k, v);
  const y = (k: keyof typeof yourRows, v?: Record<string, string | number>) => t(lang, yourRows, k, v);
  const [status, setStatus] = useState<Status>('checking');
  const [rows, setRows] = useState<YourMirrorRow[]>([]);
  const [error, setError] = useState('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on hydration (the language is fixed for the page).
  useEffect(() => {
    let live = true;
    void (async () => {
      const files = await loadUserFiles();
      if (!files?.tables.includes(TRANSFERS)) {
        if (live) setStatus('none');
        return;
      }
      if (live) setStatus('running');
      try {
        // The query runner (and DuckDB with it) is loaded only for a reader who has a file.
        const { queryRows } = await import('../db/run.ts');
        const found = await queryRows<YourMirrorRow>(yourMirrorQuery(lang));
        if (!live) return;
        setRows(found);
        setStatus('done');
      } catch (e) {
        if (!live) return;
        setError(e instanceof Error ? e.message : String(e));
        setStatus('error');
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  if (status === 'checking' || status === 'none') return <div className="your-mirrors" data-state={status} hidden />;
  const n = (v: number | null) => formatNumber(lang, v);
  const dec = (v: number | null) => formatNumber(lang, v, { maximumFractionDigits: 3 });
  const money = (v: number | null, cur: string | null) => (v === null || cur === null ? '–' : formatMoney(lang, v, cur));
  const mark = (iso3: string, name: string | null, mine: boolean) => (
    <>
      {name ?? iso3}
      {mine && (
        <>
          {' '}
          <span aria-hidden="true">◆</span>
          <span className="visually-hidden"> ({t(lang, yourRows, 'yoursHeading')})</span>
        </>
      )}
    </>
  );
  return (
    <section className="note your-file-note your-mirrors" data-state={status} data-pairs={rows.length} aria-labelledby="your-mirrors-heading">
      <h3 id="your-mirrors-heading">◆ {y('mirrorHeading')}</h3>
      <p className="small">{y('mirrorIntro')}</p>
      {status === 'running' && <p role="status">{y('mirrorRunning')}</p>}
      {status === 'error' && <p>{y('mirrorFailed', { error })}</p>}
      {status === 'done' && <p aria-live="polite">{rows.length ? `${y('mirrorCount', { n: rows.length })} ${y('mirrorOrder')}` : y('mirrorNone')}</p>}
      {status === 'done' && rows.length > 0 && (
        <>
          <div className="table-scroll" role="region" aria-label={y('mirrorCaption')} tabIndex={0}>
            <table className="your-mirror-table">
              <caption className="visually-hidden">{y('mirrorCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{s('colExporter')}</th>
                  <th scope="col">{s('colImporter')}</th>
                  <th scope="col">{t(lang, common, 'colYear')}</th>
                  <th scope="col">{s('colBasis')}</th>
                  <th scope="col">{s('colAtt')}</th>
                  <th scope="col">{y('colPartnerInstrument')}</th>
                  <th scope="col" className="num">
                    {s('colItemsX')}
                  </th>
                  <th scope="col" className="num">
                    {s('colItemsM')}
                  </th>
                  <th scope="col" className="num">
                    {s('colDifference')}
                  </th>
                  <th scope="col" className="num">
                    {s('colRatio')}
                  </th>
                  <th scope="col" className="num">
                    {s('colSrd')}
                  </th>
                  <th scope="col" className="num">
                    {s('colValueX')}
                  </th>
                  <th scope="col" className="num">
                    {s('colValueM')}
                  </th>
                  <th scope="col" className="num">{`${s('colSrd')} (${t(lang, common, 'colValue')})`}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={`${r.exporter}:${r.importer}:${r.year}:${r.basis}:${r.att_category}:${r.partner_instrument}`}
                    data-exporter={r.exporter}
                    data-importer={r.importer}
                    data-year={r.year}
                    data-category={r.att_category}
                    data-instrument={r.partner_instrument}
                    data-difference={r.items_difference ?? ''}
                  >
                    <td>{mark(r.exporter, r.exporter_name, r.your_side === 'exporter')}</td>
                    <td>{mark(r.importer, r.importer_name, r.your_side === 'importer')}</td>
                    <td>{r.year}</td>
                    <td>{basisLabel(lang, r.basis)}</td>
                    <td>{attCategoryLabel(lang, r.att_category)}</td>
                    <td className="small">{instrumentLabel(lang, r.partner_instrument)}</td>
                    <td className="num">{n(r.exporter_items)}</td>
                    <td className="num">{n(r.importer_items)}</td>
                    <td className="num">{n(r.items_difference)}</td>
                    <td className="num">{dec(r.items_ratio)}</td>
                    <td className="num">{dec(r.items_srd)}</td>
                    <td className="num">{money(r.exporter_value, r.exporter_currency)}</td>
                    <td className="num">{money(r.importer_value, r.importer_currency)}</td>
                    <td className="num">{dec(r.value_srd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            onClick={() =>
              downloadCsv(
                'mirror-your-file.csv',
                CSV_COLUMNS,
                rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? null)),
              )
            }
          >
            {y('download')}
          </button>{' '}
          {/* The console sees the reader's rows too: the same query gives the same pairs there. */}
          <a href={sqlConsoleHref(lang, yourMirrorQuery(lang))}>{s('openInSql')}</a>
        </>
      )}
    </section>
  );
}
