/** The flows view's choices: source, reporting side, basis, figure and currency, years, category, top. */
import { t, type Lang } from '../i18n/index.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import { FLOW_MEASURES, TOP_CHOICES, type FlowsState } from '../queries/flowsState.ts';
import { ATT_CATEGORIES, BASES, DIRECTIONS, type AttCategory, type Basis, type Direction } from '../schema/index.ts';
import { attCategoryLabel, basisLabel } from '../ui/labels.ts';

interface Props {
  lang: Lang;
  options: ExploreOptions;
  state: FlowsState;
  onChange: (s: FlowsState) => void;
}

export function FlowsForm({ lang, options, state, onChange }: Props) {
  const s = (k: keyof typeof strings) => t(lang, strings, k);
  const source = options.sources.find((x) => x.id === state.source);
  const years: number[] = [];
  for (let y = source?.yearMin ?? 0; source && y <= source.yearMax; y++) years.push(y);
  const cover = options.coverage.filter((c) => c.source === state.source);
  const has = (pred: (c: (typeof cover)[number]) => boolean) => cover.some(pred);
  // A change of choice clears the selected flow: its facts would belong to other choices.
  const set = (patch: Partial<FlowsState>) => onChange({ ...state, flow: null, ...patch });
  const num = (v: string) => (v === '' ? null : Number(v));
  const setSource = (id: string) => {
    const src = options.sources.find((x) => x.id === id);
    const currency = src?.currencies[0] ?? null;
    const c = options.coverage.filter((x) => x.source === id);
    const reportedBy: Direction = c.some((x) => x.direction === state.reportedBy) ? state.reportedBy : (c[0]?.direction ?? 'export');
    const basis: Basis = c.some((x) => x.basis === state.basis && x.direction === reportedBy) ? state.basis : (c.find((x) => x.direction === reportedBy)?.basis ?? 'authorized');
    set({ source: id, currency, measure: currency ? 'value' : 'items', reportedBy, basis, yearFrom: null, yearTo: null, category: null });
  };
  return (
    <form className="flows-form" aria-labelledby="flows-form-heading" onSubmit={(e) => e.preventDefault()}>
      <h2 id="flows-form-heading">{s('filtersHeading')}</h2>
      <div className="explore-main-controls">
        <label>
          {s('source')}
          <select name="source" value={state.source} onChange={(e) => setSource(e.target.value)}>
            {options.sources.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s('reportedBy')}
          <select name="reported_by" value={state.reportedBy} onChange={(e) => set({ reportedBy: e.target.value as Direction })}>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d} disabled={!has((c) => c.direction === d)}>
                {s(`reportedBy_${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s('basis')}
          <select name="basis" value={state.basis} onChange={(e) => set({ basis: e.target.value as Basis })}>
            {BASES.map((b) => (
              <option key={b} value={b} disabled={!has((c) => c.basis === b && c.direction === state.reportedBy)}>
                {basisLabel(lang, b)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s('measure')}
          <select
            name="measure"
            value={state.measure}
            onChange={(e) => {
              const measure = e.target.value as FlowsState['measure'];
              set({ measure, currency: measure === 'value' ? (state.currency ?? source?.currencies[0] ?? null) : null });
            }}
          >
            {FLOW_MEASURES.map((m) => (
              <option key={m} value={m} disabled={m !== 'facts' && !has((c) => c.direction === state.reportedBy && c.basis === state.basis && c[m] > 0)}>
                {s(`measure_${m}`)}
              </option>
            ))}
          </select>
        </label>
        {state.measure === 'value' && (
          <label>
            {s('currency')}
            <select name="currency" value={state.currency ?? ''} onChange={(e) => set({ currency: e.target.value })}>
              {(source?.currencies ?? []).map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div className="explore-main-controls">
        <label>
          {s('yearFrom')}
          <select name="year_from" value={state.yearFrom ?? ''} onChange={(e) => set({ yearFrom: num(e.target.value) })}>
            <option value="">{s('anyYear')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s('yearTo')}
          <select name="year_to" value={state.yearTo ?? ''} onChange={(e) => set({ yearTo: num(e.target.value) })}>
            <option value="">{s('anyYear')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s('category')}
          <select
            name="category"
            value={state.category ? `${state.category.scheme}:${state.category.code}` : ''}
            onChange={(e) => {
              const [scheme, ...code] = e.target.value.split(':');
              set({ category: e.target.value ? { scheme: scheme!, code: code.join(':') } : null });
            }}
          >
            <option value="">{s('all')}</option>
            {options.categories.map((c) => (
              <option key={`${c.scheme}:${c.code}`} value={`${c.scheme}:${c.code}`}>
                {`${c.scheme} ${c.code}${c.label ? ` — ${c.label}` : ''}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s('attCategory')}
          <select name="att_category" value={state.attCategory ?? ''} onChange={(e) => set({ attCategory: (e.target.value || null) as AttCategory | null })}>
            <option value="">{s('all')}</option>
            {ATT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {attCategoryLabel(lang, c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s('top')}
          <select name="top" value={state.top} onChange={(e) => onChange({ ...state, top: Number(e.target.value) })}>
            {TOP_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
    </form>
  );
}
