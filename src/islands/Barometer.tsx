/**
 * The barometer's reweighting: points per criterion (0 switches it off), the year ranked, a ranking
 * that updates as weights change, the configuration in the URL (`?year=…&w=id:points,…`) and a CSV of
 * every State-year's score under the current weights. Attainments per criterion were computed at build
 * time by the barometer SQL; the island only multiplies and adds — except for the States of a reader's
 * own file, whose rows the same SQL computes in the browser (yourBarometer.ts), marked as theirs.
 */
import { useEffect, useMemo, useState } from 'react';
import { formatNumber, type Lang, t } from '../i18n/index.ts';
import { analyses } from '../i18n/strings/analyses.ts';
import { chartClarity } from '../i18n/strings/chartClarity.ts';
import { CRITERIA, DEFAULT_WEIGHTS, parseWeights, rankRows, scoreOf, type Weights, weightsParam } from '../queries/barometer.ts';
import { barometerParamProblems } from '../queries/barometerParams.ts';
import type { ParamProblem } from '../queries/exploreState.ts';
import { formatScore } from '../ui/decimal.ts';
import { downloadCsv } from './csvDownload.ts';
import { DecimalInput } from './DecimalInput.tsx';
import { ParamNotice } from './ParamNotice.tsx';
import { currentQuery, replaceQuery } from './store.ts';
import { type ScoredRow, useYourBarometer, withYourRows } from './yourBarometer.ts';
import { YOURS_MARK, YourBarometerRows } from './YourBarometerRows.tsx';
import { yourData } from '../i18n/strings/yourData.ts';

export type { ScoredRow };

interface Props {
  lang: Lang;
  rows: ScoredRow[];
  names: Record<string, string>;
  defaultYear: number;
}

export default function Barometer({ lang, rows: published, names: publishedNames, defaultYear }: Props) {
  const s = (k: keyof typeof analyses, v?: Record<string, string | number>) => t(lang, analyses, k, v);
  // A reader's own file, if this browser holds one: its States' rows recomputed in the page.
  const yours = useYourBarometer(lang, published);
  const rows = useMemo(() => withYourRows(published, yours), [published, yours]);
  const names = useMemo(() => ({ ...yours.names, ...publishedNames }), [yours.names, publishedNames]);
  const isYours = (iso3: string, y: number) => yours.marked.has(`${iso3}:${y}`);
  const label = (id: string) => CRITERIA.find((c) => c.id === id)!.label[lang];
  const years = useMemo(() => [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a), [rows]);
  const [weights, setWeights] = useState<Weights>(DEFAULT_WEIGHTS);
  const [year, setYear] = useState(defaultYear);
  const [ready, setReady] = useState(false);
  const [problems, setProblems] = useState<ParamProblem[]>([]);

  // Read the configuration from the URL once, then keep the URL in step with it. Once only: the
  // years change again when a reader's file is merged in, and by then the URL holds what was understood.
  useEffect(() => {
    if (ready) return;
    const q = currentQuery();
    setWeights(parseWeights(q));
    // Settings the link got wrong are said, not silently dropped (as in Explore).
    setProblems(barometerParamProblems(q, years));
    const y = Number(new URLSearchParams(q).get('year'));
    if (years.includes(y)) setYear(y);
    setReady(true);
  }, [years, ready]);
  useEffect(() => {
    if (!ready) return;
    const p = new URLSearchParams();
    if (year !== defaultYear) p.set('year', String(year));
    const w = weightsParam(weights);
    if (w) p.set('w', w);
    replaceQuery(p.toString().replaceAll('%2C', ',').replaceAll('%3A', ':'));
  }, [weights, year, ready, defaultYear]);

  const ofYear = useMemo(() => rows.filter((r) => r.year === year), [rows, year]);
  const defaultRank = useMemo(() => new Map(rankRows(ofYear.map((r) => ({ iso3: r.iso3, score: scoreOf(r, DEFAULT_WEIGHTS) }))).map((r) => [r.iso3, r.rank])), [ofYear]);
  const ranked = useMemo(() => rankRows(ofYear.map((r) => ({ iso3: r.iso3, score: scoreOf(r, weights) }))), [ofYear, weights]);
  const max = CRITERIA.reduce((n, c) => n + (weights[c.id] ?? 0), 0);
  const instrumentsOf = new Map(ofYear.map((r) => [r.iso3, r.instruments]));
  const num = (v: number) => formatNumber(lang, v, { maximumFractionDigits: 2 });
  const rankedIn = (y: number) => rankRows(rows.filter((r) => r.year === y).map((r) => ({ iso3: r.iso3, score: scoreOf(r, weights) })));
  const setWeight = (id: string, v: number) => setWeights((w) => ({ ...w, [id]: Number.isFinite(v) && v >= 0 ? Math.min(v, 100) : 0 }));

  // Every year, or only the year shown; each row names the State in the page language.
  const csv = (only?: number) => {
    // A reader's own State-years say so in a last column (only when there are some).
    const mine = yours.marked.size > 0;
    const header = ['iso3', 'year', 'state', 'instruments', ...CRITERIA.map((c) => `${c.id}_attainment`), ...CRITERIA.map((c) => `${c.id}_weight`), 'score', 'rank', ...(mine ? ['your_file'] : [])];
    const out: (string | number)[][] = [];
    for (const y of [...years].sort((a, b) => a - b).filter((x) => only === undefined || x === only)) {
      const rs = rows.filter((r) => r.year === y);
      const rank = new Map(rankRows(rs.map((r) => ({ iso3: r.iso3, score: scoreOf(r, weights) }))).map((r) => [r.iso3, r]));
      for (const r of rs.sort((a, b) => rank.get(a.iso3)!.rank - rank.get(b.iso3)!.rank))
        out.push([
          r.iso3,
          y,
          names[r.iso3] ?? r.iso3,
          r.instruments,
          ...CRITERIA.map((c) => r[c.id] as number),
          ...CRITERIA.map((c) => weights[c.id] ?? 0),
          rank.get(r.iso3)!.score,
          rank.get(r.iso3)!.rank,
          ...(mine ? [isYours(r.iso3, y) ? 'yes' : ''] : []),
        ]);
    }
    downloadCsv(only === undefined ? 'barometer-scores.csv' : `barometer-scores-${only}.csv`, header, out);
  };

  return (
    <div className="barometer" data-ready={ready ? 'true' : 'false'} data-yours={yours.status}>
      <ParamNotice lang={lang} problems={problems} />
      <YourBarometerRows lang={lang} yours={yours} rankedIn={rankedIn} nameOf={(iso3) => names[iso3] ?? iso3} onShowYear={setYear} />
      <fieldset className="barometer-weights">
        <legend>{s('weightsHeading')}</legend>
        <p className="small">{s('weightsIntro')}</p>
        <div className="weights-grid">
          {CRITERIA.map((c) => (
            <div key={c.id} className="weight">
              <input type="checkbox" id={`on-${c.id}`} aria-label={s('criterionOn', { label: label(c.id) })} checked={(weights[c.id] ?? 0) > 0} onChange={(e) => setWeight(c.id, e.target.checked ? c.points : 0)} />
              <label htmlFor={`w-${c.id}`}>{label(c.id)}</label>
              <DecimalInput lang={lang} id={`w-${c.id}`} name={c.id} min={0} max={100} value={weights[c.id] ?? 0} aria-label={s('criterionPoints', { label: label(c.id) })} onValue={(v) => setWeight(c.id, v)} />
            </div>
          ))}
        </div>
        <button type="button" className="button-secondary" onClick={() => setWeights({ ...DEFAULT_WEIGHTS })}>
          {s('resetWeights')}
        </button>
      </fieldset>
      <div className="barometer-controls">
        <label>
          {s('year')}{' '}
          <select name="year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button-secondary" onClick={() => csv()}>
          {s('downloadScores')}
        </button>
        <button type="button" className="button-secondary" data-csv-year={year} onClick={() => csv(year)}>
          {t(lang, chartClarity, 'downloadYearScores', { year: String(year) })}
        </button>
      </div>
      <div className="table-scroll" role="region" aria-label={s('rankingCaption', { year: String(year), n: ranked.length, max: num(max) })} tabIndex={0}>
        <table className="barometer-ranking">
          <caption aria-live="polite">{s('rankingCaption', { year: String(year), n: ranked.length, max: num(max) })}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {s('colRank')}
              </th>
              <th scope="col">{s('colState')}</th>
              <th scope="col" className="num">
                {s('colScore')}
              </th>
              <th scope="col" className="num">
                {s('colDefaultRank')}
              </th>
              <th scope="col">{s('colInstruments')}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((r) => (
              <tr key={r.iso3} data-iso3={r.iso3} data-rank={r.rank} data-score={r.score} data-source={isYours(r.iso3, year) ? 'your-file' : undefined}>
                <td className="num">{r.rank}</td>
                <th scope="row">
                  {names[r.iso3] ?? r.iso3}
                  {isYours(r.iso3, year) && (
                    <span className="your-file-mark">
                      {' '}
                      <span aria-hidden="true">{YOURS_MARK}</span> <span className="small">{t(lang, yourData, 'fromYourFile')}</span>
                    </span>
                  )}
                </th>
                <td className="num">{formatScore(lang, r.score)}</td>
                <td className="num">{defaultRank.get(r.iso3)}</td>
                <td className="small mono">{instrumentsOf.get(r.iso3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
