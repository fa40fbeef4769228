/**
 * The Explore controls: what to measure, how to group and chart it, and the filters. Every change
 * goes straight to the state (and so to the URL and the query); there is no "apply" step.
 */
import { markedLabel } from '../ui/sourceWording.ts';
import { useEffect, useState } from 'react';
import { localePath, t, type Lang } from '../i18n/index.ts';
import { glossary } from '../i18n/strings/glossary.ts';
import { explore } from '../i18n/strings/explore.ts';
import { attCategoryLabel, basisLabel, directionLabel } from '../ui/labels.ts';
import { directionHasData, measureHasData, measureHasDataFor } from '../queries/exploreCoverage.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import { CHART_KINDS, DIMENSIONS, MAX_GROUPS, MEASURES, defaultState, type Dimension, type ExploreState } from '../queries/exploreState.ts';
import { ATT_CATEGORIES, BASES, CATEGORY_SCHEMES, DIRECTIONS, type AttCategory, type Basis, type CategoryScheme, type Direction } from '../schema/index.ts';
import { CheckList, type CheckOption } from './CheckList.tsx';

interface Props {
  lang: Lang;
  options: ExploreOptions;
  state: ExploreState;
  onChange: (next: ExploreState) => void;
}

export function ExploreForm({ lang, options, state, onChange }: Props) {
  const s = (k: keyof typeof explore, v?: Record<string, string | number>) => t(lang, explore, k, v);
  // Filters start folded (the server renders them so), so on a phone the result is not pushed
  // several screens down; on a wide screen they sit in the side panel beside the result and open.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (window.matchMedia('(min-width: 60rem)').matches) setOpen(true);
  }, []);
  const active =
    [state.source, state.reporter, state.partner, state.basis, state.category, state.attCategory].filter((x) => x.length).length +
    [state.direction, state.currency, state.categoryScheme, state.yearFrom, state.yearTo].filter((x) => x !== null).length;
  const set = (patch: Partial<ExploreState>) => onChange({ ...state, ...patch, sort: 'group' in patch || 'measure' in patch ? null : state.sort });
  const list = { searchLabel: '', clearLabel: s('clearSelection'), countLabel: (n: number) => s('selectedCount', { n }), showAllLabel: (n: number) => s('showAllOptions', { n }), hideAllLabel: s('hideAllOptions') };
  const years: number[] = [];
  if (options.yearMin !== null && options.yearMax !== null) for (let y = options.yearMin; y <= options.yearMax; y++) years.push(y);
  const stateOpts = (role: 'reporter' | 'partner'): CheckOption[] => options.states.filter((x) => x[role]).map((x) => ({ value: x.iso3, label: `${x.name} (${x.iso3})` }));
  const categoryOpts: CheckOption[] = options.categories
    .filter((c) => !state.categoryScheme || c.scheme === state.categoryScheme)
    .map((c) => ({ value: c.code, label: `${state.categoryScheme ? '' : `${c.scheme} `}${c.code}${c.label ? ` — ${markedLabel(lang, c.scheme, c.label)}` : ''}` }));
  const groups = [...state.group];
  const setGroup = (i: number, d: Dimension | '') => {
    const next = [...groups];
    if (d === '') next.splice(i, 1);
    else next[i] = d;
    set({ group: next.filter((g, j) => next.indexOf(g) === j) });
  };

  return (
    <form className="explore-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="explore-query-heading">
      <h2 id="explore-query-heading" className="visually-hidden">
        {s('queryHeading')}
      </h2>
      <div className="explore-main-controls">
        <label>
          {s('fieldMeasure')}
          <select value={state.measure} onChange={(e) => set({ measure: e.target.value as ExploreState['measure'], chart: e.target.value === 'reports' && state.chart === 'stacked' ? 'bar' : state.chart })}>
            {MEASURES.map((m) => {
              // A measure no fact of this build carries cannot return data: disabled, and says why.
              const none = !measureHasData(options.coverage, m);
              const noneHere = !none && !measureHasDataFor(options.coverage, m, state);
              return (
                <option key={m} value={m} disabled={none && state.measure !== m}>
                  {s(`measure_${m}`)}
                  {none ? s('optionNoData') : noneHere ? s('optionNoneForFilters') : ''}
                </option>
              );
            })}
          </select>
        </label>
        {Array.from({ length: Math.min(MAX_GROUPS, groups.length + 1) }, (_, i) => (
          <label key={i}>
            {s('fieldGroupN', { n: i + 1 })}
            <select value={groups[i] ?? ''} onChange={(e) => setGroup(i, e.target.value as Dimension | '')}>
              <option value="">{s('none')}</option>
              {DIMENSIONS.map((d) => (
                <option key={d} value={d} disabled={groups.includes(d) && groups[i] !== d}>
                  {s(`dim_${d}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          {s('fieldChart')}
          <select value={state.chart} onChange={(e) => set({ chart: e.target.value as ExploreState['chart'] })} aria-describedby={state.measure === 'reports' ? 'explore-stacked-note' : undefined}>
            {CHART_KINDS.map((k) => (
              <option key={k} value={k} disabled={k === 'stacked' && state.measure === 'reports'}>
                {s(`chart_${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state.measure === 'reports' && (
        <p className="small muted" id="explore-stacked-note">
          {s('stackedNotForReports')}
        </p>
      )}

      <details className="explore-filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {s('filtersHeading')}
          {active > 0 && <span className="checklist-count"> ({s('selectedCount', { n: active })})</span>}
        </summary>
        <div className="explore-filter-grid">
          <div className="explore-filter-row">
            <label>
              {s('fieldYearFrom')}
              <select value={state.yearFrom ?? ''} onChange={(e) => set({ yearFrom: e.target.value ? Number(e.target.value) : null })}>
                <option value="">{s('any')}</option>
                {years
                  .filter((y) => state.yearTo === null || y <= state.yearTo)
                  .map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
              </select>
            </label>
            <label>
              {s('fieldYearTo')}
              <select value={state.yearTo ?? ''} onChange={(e) => set({ yearTo: e.target.value ? Number(e.target.value) : null })}>
                <option value="">{s('any')}</option>
                {years
                  .filter((y) => state.yearFrom === null || y >= state.yearFrom)
                  .map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
              </select>
            </label>
            <label>
              {s('fieldDirection')}
              <select value={state.direction ?? ''} onChange={(e) => set({ direction: (e.target.value || null) as Direction | null })}>
                <option value="">{s('any')}</option>
                {DIRECTIONS.map((d) => {
                  const none = !directionHasData(options.coverage, d);
                  return (
                    <option key={d} value={d} disabled={none && state.direction !== d}>
                      {directionLabel(lang, d)}
                      {none ? s('optionNoData') : ''}
                    </option>
                  );
                })}
              </select>
            </label>
            <label>
              {s('fieldCurrency')}
              <select value={state.currency ?? ''} onChange={(e) => set({ currency: e.target.value || null })}>
                <option value="">{s('any')}</option>
                {options.currencies.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {s('fieldScheme')}
              <select value={state.categoryScheme ?? ''} onChange={(e) => set({ categoryScheme: (e.target.value || null) as CategoryScheme | null, category: [] })}>
                <option value="">{s('any')}</option>
                {CATEGORY_SCHEMES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <CheckList
            legend={s('fieldSource')}
            options={options.sources.map((x) => ({ value: x.id, label: x.title }))}
            selected={state.source}
            onChange={(v) => set({ source: v })}
            {...list}
            searchLabel={s('filterList', { list: s('fieldSource') })}
          />
          <CheckList legend={s('fieldBasis')} options={BASES.map((b) => ({ value: b, label: basisLabel(lang, b) }))} selected={state.basis} onChange={(v) => set({ basis: v as Basis[] })} {...list} />
          <CheckList legend={s('fieldReporter')} options={stateOpts('reporter')} selected={state.reporter} onChange={(v) => set({ reporter: v })} {...list} searchLabel={s('filterList', { list: s('fieldReporter') })} />
          <CheckList legend={s('fieldPartner')} options={stateOpts('partner')} selected={state.partner} onChange={(v) => set({ partner: v })} {...list} searchLabel={s('filterList', { list: s('fieldPartner') })} />
          <CheckList legend={s('fieldCategory')} options={categoryOpts} selected={state.category} onChange={(v) => set({ category: v })} {...list} searchLabel={s('filterList', { list: s('fieldCategory') })} />
          <div>
            <CheckList
              legend={s('fieldAttCategory')}
              options={ATT_CATEGORIES.map((c) => ({ value: c, label: attCategoryLabel(lang, c) }))}
              selected={state.attCategory}
              onChange={(v) => set({ attCategory: v as AttCategory[] })}
              {...list}
            />
            <p className="small muted">
              {s('attCategoryHelp')} <a href={localePath(lang, '/glossary')}>{t(lang, glossary, 'glossaryLink')}</a>
            </p>
          </div>
        </div>
        <p>
          <button type="button" className="button-secondary" onClick={() => onChange(defaultState())}>
            {s('resetAll')}
          </button>
        </p>
      </details>
    </form>
  );
}
