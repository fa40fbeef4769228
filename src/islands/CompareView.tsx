/**
 * The compare page's island: the picked States (from `?states=`, kept in the address so it is always
 * a permalink), a picker with every State named in the page language, each State's file fetched from
 * the site (`/compare/{ISO3}.json`, built with the country profiles), a copy-link button and a CSV.
 */
import { useEffect, useMemo, useState } from 'react';
import { type Lang, localePath, t } from '../i18n/index.ts';
import { withBase } from '../i18n/sitePath.ts';
import { compare } from '../i18n/strings/compare.ts';
import { type CompareParam, compareQuery, parseCompareQuery } from '../links/compare.ts';
import { COMPARE_MAX, COMPARE_MIN, type CompareState, compareCsvRows, compareGroups } from '../specs/compare.ts';
import { CompareTables } from './CompareTables.tsx';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { downloadCsv } from './csvDownload.ts';
import { currentQuery, replaceQuery } from './store.ts';

interface Props {
  lang: Lang;
  /** Every State of the data, sorted by its name in the page language. */
  options: { iso3: string; name: string }[];
  sourceTitles: Record<string, string>;
  categoryLabels: Record<string, string>;
}

type Loaded = { ok: true; state: CompareState } | { ok: false; error: string };

const files = new Map<string, Promise<Loaded>>();

function loadState(iso3: string): Promise<Loaded> {
  let p = files.get(iso3);
  if (!p) {
    const url = withBase(`/compare/${iso3}.json`);
    p = fetch(url)
      .then(async (r) => (r.ok ? { ok: true as const, state: (await r.json()) as CompareState } : { ok: false as const, error: `HTTP ${r.status}` }))
      .catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }));
    files.set(iso3, p);
  }
  return p;
}

export function CompareView({ lang, options, sourceTitles, categoryLabels }: Props) {
  const s = (k: keyof typeof compare, v?: Record<string, string | number>) => t(lang, compare, k, v);
  const names = useMemo(() => Object.fromEntries(options.map((o) => [o.iso3, o.name])), [options]);
  // The address is read after hydration: the page is rendered at build time without a query string.
  const [initial, setInitial] = useState<CompareParam | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [choice, setChoice] = useState('');
  const [loaded, setLoaded] = useState<Record<string, Loaded>>({});

  useEffect(() => {
    const fromUrl = parseCompareQuery(currentQuery(), new Set(options.map((o) => o.iso3)));
    setInitial(fromUrl);
    setPicked(fromUrl.states);
  }, [options]);

  useEffect(() => {
    if (!initial) return;
    replaceQuery(compareQuery(picked));
    let live = true;
    for (const iso3 of picked) {
      loadState(iso3).then((l) => {
        if (live) setLoaded((prev) => (prev[iso3] === l ? prev : { ...prev, [iso3]: l }));
      });
    }
    return () => {
      live = false;
    };
  }, [picked, initial]);

  const ready = picked.map((iso3) => loaded[iso3]);
  const errors = picked.flatMap((iso3) => (loaded[iso3] && !loaded[iso3].ok ? [{ iso3, error: (loaded[iso3] as { error: string }).error }] : []));
  const states = ready.flatMap((l) => (l?.ok ? [l.state] : []));
  const complete = states.length === picked.length && picked.length >= COMPARE_MIN;
  const groups = complete ? compareGroups(states) : [];

  const add = () => {
    if (choice && !picked.includes(choice) && picked.length < COMPARE_MAX) setPicked([...picked, choice]);
    setChoice('');
  };
  const csv = () => {
    const { header, rows } = compareCsvRows(groups);
    downloadCsv(`compare-${picked.join('-')}.csv`, header, rows);
  };
  return (
    <div className="compare">
      {initial && (initial.unknown.length > 0 || initial.dropped.length > 0) && (
        <p className="note" role="status">
          {[initial.unknown.length ? s('unknownCodes', { codes: initial.unknown.join(', ') }) : '', initial.dropped.length ? s('full') : ''].filter(Boolean).join(' ')}
        </p>
      )}
      <section aria-labelledby="compare-picked-heading" className="compare-picker">
        <h2 id="compare-picked-heading" className="visually-hidden">
          {s('picked')}
        </h2>
        <ul className="compare-chips">
          {picked.map((iso3) => (
            <li key={iso3} data-iso3={iso3}>
              <a href={localePath(lang, `/countries/${iso3}`)}>{names[iso3] ?? iso3}</a>{' '}
              <button type="button" className="button-secondary" aria-label={s('remove', { name: names[iso3] ?? iso3 })} onClick={() => setPicked(picked.filter((x) => x !== iso3))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <form
          className="compare-add"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label htmlFor="compare-state">{s('pickerLabel')}</label>
          <select id="compare-state" value={choice} onChange={(e) => setChoice(e.target.value)} disabled={picked.length >= COMPARE_MAX}>
            <option value="">{s('pickerPlaceholder')}</option>
            {options
              .filter((o) => !picked.includes(o.iso3))
              .map((o) => (
                <option key={o.iso3} value={o.iso3}>
                  {o.name}
                </option>
              ))}
          </select>
          <button type="submit" className="button-secondary" disabled={!choice || picked.length >= COMPARE_MAX}>
            {s('add')}
          </button>
        </form>
        <p className="muted small" role="status">
          {!initial ? '' : picked.length < COMPARE_MIN ? s('pickMore') : picked.length >= COMPARE_MAX ? s('full') : ''}
        </p>
        <ul className="button-row">
          <li>
            <CopyLinkButton key={picked.join()} label={s('copyLink')} copiedLabel={s('copied')} disabled={picked.length === 0} />
          </li>
          <li>
            <button type="button" className="button-secondary" onClick={csv} disabled={!complete} data-download="csv">
              {s('downloadCsv')}
            </button>
          </li>
        </ul>
      </section>
      {errors.map((e) => (
        <p key={e.iso3} className="note" role="alert">
          {s('loadError', { file: `compare/${e.iso3}.json`, error: e.error })}
        </p>
      ))}
      {picked.length >= COMPARE_MIN && !complete && errors.length === 0 && <p aria-live="polite">{s('loading')}</p>}
      {complete && <CompareTables lang={lang} states={states} groups={groups} names={names} sourceTitles={sourceTitles} categoryLabels={categoryLabels} />}
    </div>
  );
}
