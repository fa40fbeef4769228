/**
 * The State × year compliance matrix: cells show the ATT annual report status, or (clearly labelled
 * as another instrument) UN Register or EU COARM reporting; filter by region, sort by name, entry
 * into force or number of reports shown. All data comes in as props (computed at build time), so
 * the server-rendered table is complete without JavaScript.
 */
import { useMemo, useState } from 'react';
import { collator, formatDate, t, type Lang } from '../i18n/index.ts';
import { analyses } from '../i18n/strings/analyses.ts';
import type { CellCode, Flag, MatrixRow } from '../ui/complianceMatrix.ts';

const FLAG_SYMBOL: Record<Flag, string> = { restricted: 'R', nil: 'N', withheld: 'W' };

type Mode = 'att' | 'unroca' | 'coarm';
type Sort = 'name' | 'eif' | 'reports';

const SYMBOL: Record<CellCode, string> = { on_time: '✓', grace: '✓+', late: '!', date_unknown: '?', no_data: '·', not_yet_due: '…', voluntary: 'v', none: '' };
const POSITIVE = new Set<CellCode>(['on_time', 'grace', 'late', 'date_unknown', 'voluntary']);

interface Props {
  lang: Lang;
  years: number[];
  rows: MatrixRow[];
}

export default function ComplianceMatrix({ lang, years, rows }: Props) {
  const s = (k: keyof typeof analyses, v?: Record<string, string | number>) => t(lang, analyses, k, v);
  const [mode, setMode] = useState<Mode>('att');
  const [region, setRegion] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const regions = useMemo(() => [...new Map(rows.filter((r) => r.region).map((r) => [r.region!, r.regionLabel])).entries()].sort((a, b) => collator(lang).compare(a[1], b[1])), [rows, lang]);

  const cell = (r: MatrixRow, i: number): { code: string; symbol: string; label: string } => {
    const y = years[i]!;
    if (mode === 'att') {
      const c = r.att[i]!;
      const flags = r.flags[i] ?? [];
      return { code: c, symbol: [SYMBOL[c], ...flags.map((f) => FLAG_SYMBOL[f])].join(' '), label: [s(`status_${c}`), ...flags.map((f) => s(`flag_${f}`))].join(', ') };
    }
    const on = (mode === 'unroca' ? r.unroca : r.coarm).includes(y);
    return { code: on ? 'other_yes' : 'other_no', symbol: on ? (mode === 'unroca' ? 'UN' : 'EU') : '', label: s(on ? 'other_yes' : 'other_no') };
  };
  const positives = (r: MatrixRow) => (mode === 'att' ? r.att.filter((c) => POSITIVE.has(c)).length : years.filter((y) => (mode === 'unroca' ? r.unroca : r.coarm).includes(y)).length);

  const shown = useMemo(() => {
    const list = rows.filter((r) => !region || r.region === region);
    const byName = (a: MatrixRow, b: MatrixRow) => collator(lang).compare(a.name, b.name);
    if (sort === 'eif') return [...list].sort((a, b) => a.eif.localeCompare(b.eif) || byName(a, b));
    if (sort === 'reports') return [...list].sort((a, b) => positives(b) - positives(a) || byName(a, b));
    return [...list].sort(byName);
  }, [rows, region, sort, mode, lang]);

  const legendCodes: string[] = mode === 'att' ? ['on_time', 'grace', 'late', 'date_unknown', 'no_data', 'not_yet_due', 'voluntary'] : ['other_yes'];
  return (
    <div className="compliance-matrix" data-mode={mode} data-rows={shown.length}>
      <div className="matrix-controls">
        <label>
          {s('show')}{' '}
          <select value={mode} onChange={(e) => setMode(e.target.value as Mode)} name="mode">
            <option value="att">{s('showAtt')}</option>
            <option value="unroca">{s('showUnroca')}</option>
            <option value="coarm">{s('showCoarm')}</option>
          </select>
        </label>
        <label>
          {s('region')}{' '}
          <select value={region} onChange={(e) => setRegion(e.target.value)} name="region">
            <option value="">{s('allRegions')}</option>
            {regions.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s('sortBy')}{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as Sort)} name="sort">
            <option value="name">{s('sortName')}</option>
            <option value="eif">{s('sortEif')}</option>
            <option value="reports">{s('sortReports')}</option>
          </select>
        </label>
      </div>
      <p className="small" aria-live="polite">
        {s('statesShown', { n: shown.length })} {mode !== 'att' && <strong>{s(mode === 'unroca' ? 'showUnroca' : 'showCoarm')}.</strong>}
      </p>
      <p className="matrix-legend small">
        {s('legend')}:{' '}
        {legendCodes.map((c) => (
          <span key={c} className={`matrix-key cell-${c}`}>
            <span className="cell-symbol" aria-hidden="true">{c === 'other_yes' ? (mode === 'unroca' ? 'UN' : 'EU') : SYMBOL[c as CellCode]}</span> {c === 'other_yes' ? s('other_yes') : s(`status_${c}` as keyof typeof analyses)}
          </span>
        ))}
        {mode === 'att' &&
          (Object.keys(FLAG_SYMBOL) as Flag[]).map((f) => (
            <span key={f} className="matrix-key">
              <span className="cell-symbol" aria-hidden="true">{FLAG_SYMBOL[f]}</span> {s(`flag_${f}`)}
            </span>
          ))}
      </p>
      <div className="table-scroll" role="region" aria-label={s('matrixCaption')} tabIndex={0}>
        <table className="matrix">
          <caption className="visually-hidden">{s('matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{s('colState')}</th>
              <th scope="col">{s('colEif')}</th>
              <th scope="col">{s('colInitial')}</th>
              {years.map((y) => (
                <th scope="col" key={y} className="num">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.iso3} data-iso3={r.iso3}>
                <th scope="row">
                  {r.name} <span className="muted small">{r.regionLabel}</span>
                </th>
                <td className="nowrap">{formatDate(lang, r.eif, { dateStyle: 'medium' })}</td>
                <td className="small initial">{r.initial}</td>
                {years.map((y, i) => {
                  const c = cell(r, i);
                  return (
                    <td key={y} className={`cell cell-${c.code}`}>
                      <span aria-hidden="true">{c.symbol}</span>
                      <span className="visually-hidden">{c.label}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
