/**
 * The State × year compliance matrix: cells show the ATT annual report status, or (clearly labelled
 * as another instrument) UN Register or EU COARM reporting; filter by region, sort by name, entry
 * into force or number of reports shown. All data comes in as props (computed at build time), so
 * the server-rendered table is complete without JavaScript.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { collator, formatDate, t, type Lang } from '../i18n/index.ts';
import { analyses } from '../i18n/strings/analyses.ts';
import type { CellCode, Flag, MatrixRow } from '../ui/complianceMatrix.ts';

const FLAG_SYMBOL: Record<Flag, string> = { restricted: 'R', nil: 'N', withheld: 'W' };

type Mode = 'att' | 'unroca' | 'coarm';
type Sort = 'name' | 'eif' | 'reports';
const MODES: readonly Mode[] = ['att', 'unroca', 'coarm'];
const SORTS: readonly Sort[] = ['name', 'eif', 'reports'];

/**
 * The controls live in the URL (`cells`, `region`, `sort`; defaults left out), so a link shows the
 * same matrix. The island hydrates when visible: a reader may already have changed a control of the
 * server-rendered form. Those choices are read from the page when this module loads (before React
 * hydrates and puts the selects back to the server's defaults) and win over the URL.
 */
interface Controls {
  mode: Mode;
  region: string;
  sort: Sort;
}
const DEFAULTS: Controls = { mode: 'att', region: '', sort: 'name' };
const URL_KEYS = { mode: 'cells', region: 'region', sort: 'sort' } as const;

function chosenBeforeHydration(): Partial<Controls> {
  if (typeof document === 'undefined') return {};
  const value = (name: string) => document.querySelector<HTMLSelectElement>(`.compliance-matrix select[name="${name}"]`)?.value;
  const out: Partial<Controls> = {};
  const mode = value('mode') as Mode | undefined;
  const region = value('region');
  const sort = value('sort') as Sort | undefined;
  if (mode && mode !== DEFAULTS.mode && MODES.includes(mode)) out.mode = mode;
  if (region) out.region = region;
  if (sort && sort !== DEFAULTS.sort && SORTS.includes(sort)) out.sort = sort;
  return out;
}
const early = chosenBeforeHydration();

function fromUrl(regions: ReadonlySet<string>): Partial<Controls> {
  const p = new URLSearchParams(window.location.search);
  const out: Partial<Controls> = {};
  const mode = p.get(URL_KEYS.mode) as Mode | null;
  const region = p.get(URL_KEYS.region);
  const sort = p.get(URL_KEYS.sort) as Sort | null;
  if (mode && MODES.includes(mode)) out.mode = mode;
  if (region && regions.has(region)) out.region = region;
  if (sort && SORTS.includes(sort)) out.sort = sort;
  return out;
}

const SYMBOL: Record<CellCode, string> = { on_time: '✓', grace: '✓+', late: '!', date_unknown: '?', no_data: '·', not_yet_due: '…', voluntary: 'v', none: '' };
const POSITIVE = new Set<CellCode>(['on_time', 'grace', 'late', 'date_unknown', 'voluntary']);

interface Props {
  lang: Lang;
  years: number[];
  rows: MatrixRow[];
}

export default function ComplianceMatrix({ lang, years, rows }: Props) {
  const s = (k: keyof typeof analyses, v?: Record<string, string | number>) => t(lang, analyses, k, v);
  // The first render matches the server's HTML; the URL and early choices apply right after.
  const [mode, setMode] = useState<Mode>(DEFAULTS.mode);
  const [region, setRegion] = useState(DEFAULTS.region);
  const [sort, setSort] = useState<Sort>(DEFAULTS.sort);
  const [ready, setReady] = useState(false);
  const regions = useMemo(() => [...new Map(rows.filter((r) => r.region).map((r) => [r.region!, r.regionLabel])).entries()].sort((a, b) => collator(lang).compare(a[1], b[1])), [rows, lang]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on hydration: later changes of the choices must not be overwritten by the URL.
  useEffect(() => {
    const c = { ...DEFAULTS, ...fromUrl(new Set(regions.map(([code]) => code))), ...early };
    setMode(c.mode);
    setRegion(c.region);
    setSort(c.sort);
    setReady(true);
  }, []);
  useEffect(() => {
    if (!ready) return;
    const p = new URLSearchParams(window.location.search);
    const put = (k: string, v: string, d: string) => (v === d ? p.delete(k) : p.set(k, v));
    put(URL_KEYS.mode, mode, DEFAULTS.mode);
    put(URL_KEYS.region, region, DEFAULTS.region);
    put(URL_KEYS.sort, sort, DEFAULTS.sort);
    const q = p.toString();
    const url = `${window.location.pathname}${q ? `?${q}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', url);
  }, [ready, mode, region, sort]);

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
  const positives = useCallback((r: MatrixRow) => (mode === 'att' ? r.att.filter((c) => POSITIVE.has(c)).length : years.filter((y) => (mode === 'unroca' ? r.unroca : r.coarm).includes(y)).length), [mode, years]);

  const shown = useMemo(() => {
    const list = rows.filter((r) => !region || r.region === region);
    const byName = (a: MatrixRow, b: MatrixRow) => collator(lang).compare(a.name, b.name);
    if (sort === 'eif') return [...list].sort((a, b) => a.eif.localeCompare(b.eif) || byName(a, b));
    if (sort === 'reports') return [...list].sort((a, b) => positives(b) - positives(a) || byName(a, b));
    return [...list].sort(byName);
  }, [rows, region, sort, positives, lang]);

  const legendCodes: string[] = mode === 'att' ? ['on_time', 'grace', 'late', 'date_unknown', 'no_data', 'not_yet_due', 'voluntary'] : ['other_yes'];
  return (
    <div className="compliance-matrix" data-mode={mode} data-rows={shown.length} data-hydrated={ready ? 'true' : 'false'}>
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
            <span className="cell-symbol" aria-hidden="true">
              {c === 'other_yes' ? (mode === 'unroca' ? 'UN' : 'EU') : SYMBOL[c as CellCode]}
            </span>{' '}
            {c === 'other_yes' ? s('other_yes') : s(`status_${c}` as keyof typeof analyses)}
          </span>
        ))}
        {mode === 'att' &&
          (Object.keys(FLAG_SYMBOL) as Flag[]).map((f) => (
            <span key={f} className="matrix-key">
              <span className="cell-symbol" aria-hidden="true">
                {FLAG_SYMBOL[f]}
              </span>{' '}
              {s(`flag_${f}`)}
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
